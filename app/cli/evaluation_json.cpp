#include "app/cli/evaluation_json.h"

#include "app/cli/baseline_json.h"

#include <nlohmann/json.hpp>

namespace dpia::cli {

using namespace dpia::scoring;

std::string_view verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::required:
        return "required";
    case Verdict::recommended:
        return "recommended";
    case Verdict::notRequired:
        return "not-required";
    }
    return "not-required";
}

std::string_view coverageName(Coverage coverage) {
    switch (coverage) {
    case Coverage::met:
        return "met";
    case Coverage::partial:
        return "partial";
    case Coverage::open:
        return "open";
    }
    return "open";
}

namespace {

nlohmann::json scoreJson(const Score& score) {
    return {{"likelihood", score.likelihood},
            {"impact", score.impact},
            {"level", score.level},
            {"rank", score.rank}};
}

nlohmann::json traceJson(const std::vector<TraceStep>& trace, Lang lang) {
    nlohmann::json steps = nlohmann::json::array();
    for (const TraceStep& step : trace) {
        steps.push_back({{"source", step.source},
                         {"effect", step.effect.in(lang)},
                         {"effect_i18n", localJson(step.effect)},
                         {"delta", step.likelihoodDelta + step.impactDelta},
                         {"likelihood_delta", step.likelihoodDelta},
                         {"impact_delta", step.impactDelta}});
    }
    return steps;
}

/// The explanation of the residual that counts: inherent steps, then the safeguards.
nlohmann::json explanationJson(const RiskResult& risk, Lang lang) {
    nlohmann::json steps = traceJson(risk.inherentTrace, lang);
    for (auto& step : traceJson(risk.currentTrace, lang)) {
        steps.push_back(std::move(step));
    }
    if (risk.override_) {
        steps.push_back({{"source", "override"},
                         {"effect", risk.overrideJustification},
                         {"delta", (risk.override_->likelihood - risk.current.likelihood) +
                                       (risk.override_->impact - risk.current.impact)},
                         {"likelihood_delta", risk.override_->likelihood - risk.current.likelihood},
                         {"impact_delta", risk.override_->impact - risk.current.impact}});
    }
    return steps;
}

nlohmann::json riskScoreJson(const Screening& screening, Lang lang) {
    nlohmann::json points = nlohmann::json::array();
    for (const ScorePointResult& point : screening.riskScorePoints) {
        points.push_back({{"points", point.points},
                          {"reason", point.reason.in(lang)},
                          {"because", point.because}});
    }
    nlohmann::json score = {{"total", screening.riskScore}, {"points", points}};
    score["required_above"] = screening.riskScoreAbove ? nlohmann::json(*screening.riskScoreAbove)
                                                       : nlohmann::json(nullptr);
    return score;
}

nlohmann::json findingsJson(const Evaluation& evaluation, Lang lang) {
    nlohmann::json findings = nlohmann::json::array();
    for (const Finding& finding : evaluation.findings) {
        findings.push_back({{"about", finding.subject}, {"text", finding.text.in(lang)}});
    }
    return findings;
}

} // namespace

nlohmann::json evaluationJson(const baseline::Baseline& baseline, const Evaluation& evaluation,
                              Lang lang) {
    nlohmann::json criteria = nlohmann::json::array();
    for (const CriterionResult& criterion : evaluation.screening.criteria) {
        criteria.push_back({{"id", criterion.id},
                            {"triggered", criterion.triggered},
                            {"because", criterion.because}});
    }
    nlohmann::json risks = nlohmann::json::array();
    for (const RiskResult& risk : evaluation.risks) {
        nlohmann::json entry = {{"id", risk.id},
                                {"title", risk.title.in(lang)},
                                {"custom", risk.custom},
                                {"inherent", scoreJson(risk.inherent)},
                                {"residual", scoreJson(risk.residual())},
                                {"current", scoreJson(risk.current)},
                                {"planned", scoreJson(risk.planned)},
                                {"overridden", risk.override_.has_value()},
                                {"explanation", explanationJson(risk, lang)},
                                {"inherent_explanation", traceJson(risk.inherentTrace, lang)},
                                {"planned_explanation", traceJson(risk.plannedTrace, lang)}};
        if (risk.override_) {
            entry["override_justification"] = risk.overrideJustification;
        }
        entry["kind"] =
            risk.concern == baseline::Concern::organisation ? "organisation" : "data-subject";
        entry["applies"] = risk.applies;
        if (!risk.applies) {
            const baseline::Risk* source = baseline.risk(risk.id);
            entry["applies_because"] = source != nullptr ? source->notApplicable.in(lang) : "";
            entry["decided_by"] = risk.decidedBy;
        } else if (!risk.undecidedBy.empty()) {
            entry["undecided_by"] = risk.undecidedBy;
        }
        risks.push_back(std::move(entry));
    }
    nlohmann::json coverage = nlohmann::json::array();
    for (const RequirementCoverage& item : evaluation.coverage) {
        coverage.push_back({{"requirement", item.requirement},
                            {"status", coverageName(item.status)},
                            {"by", item.by},
                            {"planned", item.planned},
                            {"applies", item.applies}});
    }
    nlohmann::json sections = nlohmann::json::object();
    for (const auto& [id, fraction] : evaluation.completeness.sections) {
        sections[id] = fraction;
    }
    const baseline::BaselineInfo& info = baseline.info();
    return {{"baseline", {{"id", info.id}, {"version", info.version}, {"hash", info.hash}}},
            {"screening",
             {{"verdict", verdictName(evaluation.screening.verdict)},
              {"decided", evaluation.screening.decided()},
              {"undecided_by", evaluation.screening.undecidedBy},
              {"reason", evaluation.screening.reason.in(lang)},
              {"criteria", criteria},
              {"risk_score", riskScoreJson(evaluation.screening, lang)},
              {"hints", evaluation.screening.hints}}},
            {"risks", risks},
            {"coverage", coverage},
            {"completeness",
             {{"overall", evaluation.completeness.overall},
              {"sections", sections},
              {"missing_required", evaluation.completeness.missingRequired}}},
            {"prior_consultation", evaluation.priorConsultation},
            {"prior_consultation_because", evaluation.priorConsultationRisks},
            {"findings", findingsJson(evaluation, lang)},
            {"highest_residual", evaluation.highestResidualLevel}};
}

} // namespace dpia::cli
