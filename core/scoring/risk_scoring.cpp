#include "core/scoring/evaluator.h"
#include "core/scoring/scoring_parts.h"

#include <algorithm>

namespace dpia::scoring::detail {
namespace {

using baseline::Matrix;

Score scoreOf(const Matrix& matrix, int likelihood, int impact) {
    const baseline::Level& level = matrix.levelAt(likelihood, impact);
    return {likelihood, impact, level.code, level.rank};
}

/// The first answer that made a driver's rule hold: the answer a person can point at. A rule
/// that holds only through a `not` names the first question it reads.
std::string sourceOf(const rules::Rule& rule, const rules::AnswerLookup& answers) {
    const auto firing = rule.firingQuestions(answers);
    if (!firing.empty()) {
        return firing.front();
    }
    const auto ids = rule.questionIds();
    return ids.empty() ? std::string("rule") : ids.front();
}

/// Keeps a score inside [low, kSize] and records the step, so the trace adds up; `raise`
/// and `cap` say in words what happened in each direction.
void clampInto(int& likelihood, int& impact, int lowLikelihood, int lowImpact,
               std::vector<TraceStep>& trace, const LocalText& raise, const LocalText& cap,
               const char* source) {
    const int clampedLikelihood = std::clamp(likelihood, lowLikelihood, Matrix::kSize);
    const int clampedImpact = std::clamp(impact, lowImpact, Matrix::kSize);
    const int dl = clampedLikelihood - likelihood;
    const int di = clampedImpact - impact;
    if (dl != 0 || di != 0) {
        trace.push_back({source, dl > 0 || di > 0 ? raise : cap, dl, di});
    }
    likelihood = clampedLikelihood;
    impact = clampedImpact;
}

const LocalText kAboveScale{
    "De factoren samen komen boven het hoogste niveau van de schaal uit; de score blijft op "
    "het hoogste niveau (4).",
    "Together the factors go beyond the top of the scale; the score stays at the highest "
    "level (4)."};
const LocalText kBelowScale{
    "De maatregelen samen verlagen meer dan de schaal toelaat; de score blijft op het laagste "
    "niveau (1), het overschot telt niet mee.",
    "Together the safeguards lower more than the scale allows; the score stays at the lowest "
    "level (1) and the excess does not count."};
const LocalText kFloor{"Ondergrens: dit risico komt met deze maatregelen niet lager uit (zie de "
                       "risicobeschrijving).",
                       "Floor: this risk does not come out lower with these safeguards (see the "
                       "risk description)."};
const LocalText kStart{"Uitgangspunt volgens de baseline.", "Starting point from the baseline."};

struct Residual {
    Score score;
    std::vector<TraceStep> trace;
};

bool counts(SafeguardState state, bool countPlanned) {
    return state == SafeguardState::implemented ||
           (countPlanned && state == SafeguardState::planned);
}

/// A floor's text says it is a floor; the baseline's own reason follows.
LocalText floorReason(const baseline::Floor& floor) {
    if (floor.reason.nl.empty()) {
        return kFloor;
    }
    return {"Ondergrens: " + floor.reason.nl, "Floor: " + floor.reason.en};
}

Residual residual(const Matrix& matrix, const baseline::Risk& risk, const Score& inherent,
                  const rules::AnswerLookup& answers, const ScoringInput& input,
                  bool countPlanned) {
    Residual result;
    int likelihood = inherent.likelihood;
    int impact = inherent.impact;
    for (const baseline::Mitigation& mitigation : risk.mitigations) {
        if (mitigation.when && !mitigation.when->evaluate(answers)) {
            continue;
        }
        if (counts(input.safeguard(mitigation.safeguard), countPlanned)) {
            likelihood += mitigation.likelihood;
            impact += mitigation.impact;
            result.trace.push_back({mitigation.safeguard, mitigation.reason, mitigation.likelihood,
                                    mitigation.impact});
        }
    }
    clampInto(likelihood, impact, 1, 1, result.trace, kBelowScale, kAboveScale, "matrix");
    // A floor never lifts a residual above the inherent score it started from.
    const int floorLikelihood = std::min(risk.floorLikelihood, inherent.likelihood);
    const int floorImpact = std::min(risk.floorImpact, inherent.impact);
    clampInto(likelihood, impact, floorLikelihood, floorImpact, result.trace, kFloor, kFloor,
              "floor");
    for (const baseline::Floor& floor : risk.floors) {
        const bool holds = !floor.when || floor.when->evaluate(answers);
        const bool lifted =
            std::any_of(floor.liftedBy.begin(), floor.liftedBy.end(), [&](const std::string& id) {
                return counts(input.safeguard(id), countPlanned);
            });
        if (holds && !lifted) {
            const LocalText why = floorReason(floor);
            clampInto(likelihood, impact, std::min(floor.likelihood, inherent.likelihood),
                      std::min(floor.impact, inherent.impact), result.trace, why, why, "floor");
        }
    }
    result.score = scoreOf(matrix, likelihood, impact);
    return result;
}

void applyOverride(RiskResult& result, const Matrix& matrix, const ScoringInput& input) {
    const RiskOverrideInput* override_ = input.override_ ? input.override_(result.id) : nullptr;
    // An override without a justification is not an expert judgement; it is ignored.
    if (override_ != nullptr &&
        override_->justification.find_first_not_of(" \t\r\n") != std::string::npos) {
        result.override_ = scoreOf(matrix, std::clamp(override_->likelihood, 1, Matrix::kSize),
                                   std::clamp(override_->impact, 1, Matrix::kSize));
        result.overrideJustification = override_->justification;
    }
}

/// Whether the risk exists for this processing. A rule that says "no" only decides once
/// every question it reads is answered; until then the risk stays, with a note.
void judgeApplicability(RiskResult& result, const baseline::Risk& risk,
                        const rules::AnswerLookup& answers) {
    if (!risk.appliesWhen || risk.appliesWhen->evaluate(answers)) {
        return;
    }
    std::vector<std::string> open;
    std::vector<std::string> answered;
    for (const std::string& id : risk.appliesWhen->questionIds()) {
        (isAnswered(answers(id)) ? answered : open).push_back(id);
    }
    if (open.empty()) {
        result.applies = false;
        result.decidedBy = std::move(answered);
    } else {
        result.undecidedBy = std::move(open);
    }
}

RiskResult scoreBaselineRisk(const Matrix& matrix, const baseline::Risk& risk,
                             const rules::AnswerLookup& answers, const ScoringInput& input) {
    RiskResult result;
    result.id = risk.id;
    result.title = risk.title;
    result.concern = risk.concern;
    judgeApplicability(result, risk, answers);
    int likelihood = risk.likelihood;
    int impact = risk.impact;
    result.inherentTrace.push_back({"base", risk.baseReason.nl.empty() ? kStart : risk.baseReason,
                                    risk.likelihood, risk.impact});
    for (const baseline::Driver& driver : risk.drivers) {
        if (driver.when.evaluate(answers)) {
            likelihood += driver.likelihood;
            impact += driver.impact;
            result.inherentTrace.push_back(
                {sourceOf(driver.when, answers), driver.reason, driver.likelihood, driver.impact});
        }
    }
    clampInto(likelihood, impact, 1, 1, result.inherentTrace, kBelowScale, kAboveScale, "matrix");
    result.inherent = scoreOf(matrix, likelihood, impact);

    Residual current = residual(matrix, risk, result.inherent, answers, input, false);
    Residual planned = residual(matrix, risk, result.inherent, answers, input, true);
    result.current = current.score;
    result.currentTrace = std::move(current.trace);
    result.planned = planned.score;
    result.plannedTrace = std::move(planned.trace);
    applyOverride(result, matrix, input);
    return result;
}

} // namespace

std::vector<RiskResult> scoreRisks(const baseline::Baseline& baseline,
                                   const rules::AnswerLookup& answers, const ScoringInput& input) {
    const Matrix& matrix = baseline.matrix();
    std::vector<RiskResult> results;
    results.reserve(baseline.risks().size() + input.customRisks.size());
    for (const baseline::Risk& risk : baseline.risks()) {
        results.push_back(scoreBaselineRisk(matrix, risk, answers, input));
    }
    for (const CustomRiskInput& custom : input.customRisks) {
        RiskResult result;
        result.id = custom.id;
        result.title = {custom.title, custom.title};
        result.custom = true;
        const int likelihood = std::clamp(custom.likelihood, 1, Matrix::kSize);
        const int impact = std::clamp(custom.impact, 1, Matrix::kSize);
        result.inherent = scoreOf(matrix, likelihood, impact);
        result.inherentTrace.push_back(
            {"custom",
             {"Door de opsteller zelf ingeschat.", "Rated by the author of the assessment."},
             likelihood,
             impact});
        result.current = result.inherent;
        result.planned = result.inherent;
        applyOverride(result, matrix, input);
        results.push_back(std::move(result));
    }
    return results;
}

} // namespace dpia::scoring::detail
