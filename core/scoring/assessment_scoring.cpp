#include "core/scoring/assessment_scoring.h"

#include "core/scoring/evaluator.h"

namespace dpia::scoring {
namespace {

SafeguardState stateOf(storage::SafeguardStatus status) {
    switch (status) {
    case storage::SafeguardStatus::implemented:
        return SafeguardState::implemented;
    case storage::SafeguardStatus::planned:
        return SafeguardState::planned;
    case storage::SafeguardStatus::notImplemented:
        return SafeguardState::notImplemented;
    case storage::SafeguardStatus::notApplicable:
        return SafeguardState::notApplicable;
    }
    return SafeguardState::unset;
}

} // namespace

Evaluation evaluate(const baseline::Baseline& baseline, const storage::Assessment& assessment) {
    // The overrides are copied once into the scoring shape; answers are read in place.
    std::map<std::string, RiskOverrideInput, std::less<>> overrides;
    for (const auto& [id, override_] : assessment.riskOverrides) {
        overrides.emplace(
            id, RiskOverrideInput{override_.likelihood, override_.impact, override_.justification});
    }
    ScoringInput input;
    input.answer = [&](std::string_view id) -> const nlohmann::json* {
        const auto found = assessment.answers.find(std::string(id));
        return found != assessment.answers.end() ? &found->second : nullptr;
    };
    input.safeguard = [&](std::string_view id) {
        const auto found = assessment.safeguards.find(std::string(id));
        return found != assessment.safeguards.end() ? stateOf(found->second.status)
                                                    : SafeguardState::unset;
    };
    input.override_ = [&](std::string_view id) -> const RiskOverrideInput* {
        const auto found = overrides.find(id);
        return found != overrides.end() ? &found->second : nullptr;
    };
    for (const storage::CustomRisk& risk : assessment.customRisks) {
        input.customRisks.push_back({risk.id, risk.title, risk.likelihood, risk.impact});
    }
    return evaluate(baseline, input);
}

} // namespace dpia::scoring
