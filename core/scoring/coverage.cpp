#include "core/scoring/evaluator.h"
#include "core/scoring/scoring_parts.h"

#include <nlohmann/json.hpp>

namespace dpia::scoring::detail {
namespace {

/// The BBN level chosen in the classification (1..3), or 0 when none applies: then every
/// BIO requirement counts (BIO2 no longer has levels).
int chosenBbn(const baseline::Baseline& baseline, const rules::AnswerLookup& answers) {
    const std::string& question = baseline.info().roles.bbnQuestion;
    if (question.empty()) {
        return 0;
    }
    const nlohmann::json* answer = answers(question);
    if (answer == nullptr || !answer->is_string() ||
        answer->get_ref<const std::string&>().empty()) {
        return 0;
    }
    const char last = answer->get_ref<const std::string&>().back();
    return last >= '1' && last <= '3' ? last - '0' : 0;
}

} // namespace

std::vector<RequirementCoverage> cover(const baseline::Baseline& baseline,
                                       const rules::AnswerLookup& answers,
                                       const ScoringInput& input) {
    const int bbn = chosenBbn(baseline, answers);
    std::map<std::string, RequirementCoverage, std::less<>> byRequirement;
    for (const baseline::Requirement& requirement : baseline.requirements()) {
        RequirementCoverage coverage;
        coverage.requirement = requirement.id;
        coverage.applies =
            requirement.framework != baseline::Framework::bio || bbn == 0 || requirement.bbn <= bbn;
        byRequirement.emplace(requirement.id, std::move(coverage));
    }
    for (const baseline::Safeguard& safeguard : baseline.safeguards()) {
        const SafeguardState state = input.safeguard(safeguard.id);
        if (state != SafeguardState::implemented && state != SafeguardState::planned) {
            continue;
        }
        for (const std::string& requirement : safeguard.meets) {
            const auto found = byRequirement.find(requirement);
            if (found == byRequirement.end()) {
                continue;
            }
            (state == SafeguardState::implemented ? found->second.by : found->second.planned)
                .push_back(safeguard.id);
        }
    }
    std::vector<RequirementCoverage> result;
    result.reserve(byRequirement.size());
    for (const baseline::Requirement& requirement : baseline.requirements()) {
        RequirementCoverage& coverage = byRequirement.at(requirement.id);
        coverage.status = !coverage.by.empty()        ? Coverage::met
                          : !coverage.planned.empty() ? Coverage::partial
                                                      : Coverage::open;
        result.push_back(std::move(coverage));
    }
    return result;
}

} // namespace dpia::scoring::detail
