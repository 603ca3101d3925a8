#include "core/scoring/advice.h"

#include <algorithm>
#include <map>

namespace dpia::scoring {
namespace {

/// A safeguard the questionnaire answers with a question these answers hide is no advice
/// for this processing: "keep special data in the line-of-business system" where there are
/// no special data, end-to-end encryption of Teams calls where Teams is not used.
bool askedOfAnotherProcessing(const baseline::Baseline& baseline, const Evaluation& evaluation,
                              std::string_view safeguardId) {
    const baseline::Safeguard* safeguard = baseline.safeguard(safeguardId);
    return safeguard != nullptr && safeguard->fact &&
           std::find(evaluation.visibleQuestions.begin(), evaluation.visibleQuestions.end(),
                     safeguard->fact->question) == evaluation.visibleQuestions.end();
}

} // namespace

std::vector<Advice> adviseSafeguards(const baseline::Baseline& baseline,
                                     const Evaluation& evaluation, std::size_t limit) {
    std::map<std::string, const RiskResult*, std::less<>> results;
    for (const RiskResult& risk : evaluation.risks) {
        results.emplace(risk.id, &risk);
    }
    std::vector<Advice> advice;
    for (const SafeguardResult& safeguard : evaluation.safeguards) {
        if (safeguard.state == SafeguardState::implemented ||
            safeguard.state == SafeguardState::notApplicable || !safeguard.available ||
            askedOfAnotherProcessing(baseline, evaluation, safeguard.id)) {
            continue;
        }
        Advice item{safeguard.id, {}, 0};
        for (const baseline::Risk& risk : baseline.risks()) {
            const auto found = results.find(risk.id);
            if (found == results.end() || !found->second->applies ||
                found->second->residual().rank <= 1) {
                continue;
            }
            for (const baseline::Mitigation& mitigation : risk.mitigations) {
                if (mitigation.safeguard != safeguard.id) {
                    continue;
                }
                const int lowers = -(mitigation.likelihood + mitigation.impact);
                const int weight =
                    risk.concern == baseline::Concern::dataSubjects ? 2 * lowers : lowers;
                item.weight += weight * found->second->residual().rank;
                item.risks.push_back(risk.id);
            }
        }
        if (!item.risks.empty()) {
            advice.push_back(std::move(item));
        }
    }
    std::stable_sort(advice.begin(), advice.end(), [](const Advice& a, const Advice& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.risks.size() > b.risks.size();
    });
    if (advice.size() > limit) {
        advice.resize(limit);
    }
    return advice;
}

} // namespace dpia::scoring
