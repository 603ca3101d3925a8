#include "core/scoring/assessment_scoring.h"

#include "core/scoring/advice_records.h"
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
    Evaluation evaluation = evaluate(baseline, input);
    adviceFindings(baseline, assessment, evaluation, evaluation.findings);
    return evaluation;
}

SafeguardView viewSafeguard(const baseline::Baseline& baseline,
                            const storage::Assessment& assessment, const Evaluation& evaluation,
                            std::string_view safeguardId) {
    SafeguardView view;
    const std::string id(safeguardId);
    const SafeguardResult* result = evaluation.safeguard(id);
    const baseline::Safeguard* safeguard = baseline.safeguard(id);
    if (result != nullptr) {
        view.answeredBy = result->answeredBy;
        view.available = result->available;
        switch (result->state) {
        case SafeguardState::implemented:
            view.status = storage::SafeguardStatus::implemented;
            break;
        case SafeguardState::planned:
            view.status = storage::SafeguardStatus::planned;
            break;
        case SafeguardState::notImplemented:
            view.status = storage::SafeguardStatus::notImplemented;
            break;
        case SafeguardState::notApplicable:
            view.status = storage::SafeguardStatus::notApplicable;
            break;
        case SafeguardState::unset:
            break;
        }
    }
    if (safeguard != nullptr && safeguard->fact) {
        const auto note = assessment.notes.find(safeguard->fact->question);
        view.evidence = note != assessment.notes.end() ? note->second : std::string();
    } else {
        // A stored status is read from the document itself, so a view taken between an edit
        // and the next evaluation is not out of date.
        const auto entry = assessment.safeguards.find(id);
        view.status = entry != assessment.safeguards.end() ? std::optional(entry->second.status)
                                                           : std::nullopt;
        view.evidence = entry != assessment.safeguards.end() ? entry->second.evidence : "";
    }
    return view;
}

} // namespace dpia::scoring
