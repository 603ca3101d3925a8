#include "core/scoring/evaluator.h"

#include "core/baseline/visibility.h"
#include "core/scoring/scoring_parts.h"

#include <nlohmann/json.hpp>
#include <set>

namespace dpia::scoring {
namespace {

Completeness complete(const baseline::Baseline& baseline,
                      const std::set<std::string, std::less<>>& visible,
                      const rules::AnswerLookup& answers) {
    Completeness result;
    std::map<std::string, std::pair<int, int>> counts; // section -> answered, asked
    int answeredAll = 0;
    int askedAll = 0;
    for (const baseline::Question& question : baseline.questions()) {
        auto& [answered, asked] = counts[question.section];
        if (visible.count(question.id) == 0) {
            continue;
        }
        const bool given = isAnswered(answers(question.id));
        ++asked;
        ++askedAll;
        answered += given ? 1 : 0;
        answeredAll += given ? 1 : 0;
        if (question.required && !given) {
            result.missingRequired.push_back(question.id);
        }
    }
    for (const auto& [section, count] : counts) {
        result.sections[section] =
            count.second == 0 ? 1.0 : static_cast<double>(count.first) / count.second;
    }
    result.overall = askedAll == 0 ? 1.0 : static_cast<double>(answeredAll) / askedAll;
    return result;
}

} // namespace

bool isAnswered(const nlohmann::json* value) {
    if (value == nullptr || value->is_null()) {
        return false;
    }
    if (value->is_string() || value->is_array() || value->is_object()) {
        return !value->empty() &&
               !(value->is_string() && value->get_ref<const std::string&>().find_first_not_of(
                                           " \t\r\n") == std::string::npos);
    }
    return true;
}

Evaluation evaluate(const baseline::Baseline& baseline, const ScoringInput& input) {
    Evaluation evaluation;
    const auto visible = baseline::visibleQuestions(baseline, input.answer);
    const rules::AnswerLookup answers = [&](std::string_view id) -> const nlohmann::json* {
        return visible.count(id) != 0 ? input.answer(id) : nullptr;
    };
    evaluation.visibleQuestions.assign(visible.begin(), visible.end());
    evaluation.screening = detail::screen(baseline, answers);
    evaluation.safeguards = detail::judgeSafeguards(baseline, answers, input, evaluation.findings);
    // Risks and coverage count what the safeguards' results say, not the stored statuses.
    std::map<std::string_view, SafeguardState, std::less<>> states;
    for (const SafeguardResult& result : evaluation.safeguards) {
        states.emplace(result.id, result.state);
    }
    ScoringInput counted = input;
    counted.safeguard = [&states](std::string_view id) {
        const auto found = states.find(id);
        return found != states.end() ? found->second : SafeguardState::unset;
    };
    evaluation.risks = detail::scoreRisks(baseline, answers, counted);
    evaluation.coverage = detail::cover(baseline, answers, counted);
    evaluation.completeness = complete(baseline, visible, answers);
    detail::markUndecided(baseline, evaluation.completeness.missingRequired, evaluation.screening);

    const baseline::Level* threshold =
        baseline.matrix().level(baseline.matrix().priorConsultationFrom);
    int highest = 0;
    for (const RiskResult& risk : evaluation.risks) {
        if (!risk.applies) {
            continue;
        }
        const Score& residual = risk.residual();
        if (residual.rank > highest) {
            highest = residual.rank;
            evaluation.highestResidualLevel = residual.level;
        }
        // Art. 36(1): a high risk to data subjects; the organisation's own risks do not count.
        if (threshold != nullptr && residual.rank >= threshold->rank &&
            risk.concern == baseline::Concern::dataSubjects) {
            evaluation.priorConsultation = true;
            evaluation.priorConsultationRisks.push_back(risk.id);
        }
    }
    return evaluation;
}

} // namespace dpia::scoring
