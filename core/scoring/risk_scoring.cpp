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

/// The first answered question a rule reads: the answer a person can point at.
std::string sourceOf(const rules::Rule& rule, const rules::AnswerLookup& answers) {
    const auto ids = rule.questionIds();
    for (const std::string& id : ids) {
        if (isAnswered(answers(id))) {
            return id;
        }
    }
    return ids.empty() ? std::string("rule") : ids.front();
}

/// Adds a step that records how clamping changed the raw sum, so the trace adds up.
void clampInto(int& likelihood, int& impact, int lowLikelihood, int lowImpact,
               std::vector<TraceStep>& trace, const LocalText& why, const char* source) {
    const int clampedLikelihood = std::clamp(likelihood, lowLikelihood, Matrix::kSize);
    const int clampedImpact = std::clamp(impact, lowImpact, Matrix::kSize);
    if (clampedLikelihood != likelihood || clampedImpact != impact) {
        trace.push_back({source, why, clampedLikelihood - likelihood, clampedImpact - impact});
    }
    likelihood = clampedLikelihood;
    impact = clampedImpact;
}

const LocalText kScaleLimit{"Begrensd tot de schaal van de risicomatrix (1 tot en met 4).",
                            "Limited to the scale of the risk matrix (1 to 4)."};
const LocalText kFloor{"Dit risico komt met deze maatregelen niet lager uit (zie de "
                       "risicobeschrijving).",
                       "This risk does not come out lower with these safeguards (see the risk "
                       "description)."};

struct Residual {
    Score score;
    std::vector<TraceStep> trace;
};

Residual residual(const Matrix& matrix, const baseline::Risk& risk, const Score& inherent,
                  const ScoringInput& input, bool countPlanned) {
    Residual result;
    int likelihood = inherent.likelihood;
    int impact = inherent.impact;
    for (const baseline::Mitigation& mitigation : risk.mitigations) {
        const SafeguardState state = input.safeguard(mitigation.safeguard);
        const bool counts = state == SafeguardState::implemented ||
                            (countPlanned && state == SafeguardState::planned);
        if (counts) {
            likelihood += mitigation.likelihood;
            impact += mitigation.impact;
            result.trace.push_back({mitigation.safeguard, mitigation.reason, mitigation.likelihood,
                                    mitigation.impact});
        }
    }
    const int floorLikelihood = std::min(risk.floorLikelihood, inherent.likelihood);
    const int floorImpact = std::min(risk.floorImpact, inherent.impact);
    clampInto(likelihood, impact, 1, 1, result.trace, kScaleLimit, "matrix");
    clampInto(likelihood, impact, floorLikelihood, floorImpact, result.trace, kFloor, "floor");
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

} // namespace

std::vector<RiskResult> scoreRisks(const baseline::Baseline& baseline,
                                   const rules::AnswerLookup& answers, const ScoringInput& input) {
    const Matrix& matrix = baseline.matrix();
    std::vector<RiskResult> results;
    results.reserve(baseline.risks().size() + input.customRisks.size());
    for (const baseline::Risk& risk : baseline.risks()) {
        RiskResult result;
        result.id = risk.id;
        result.title = risk.title;
        int likelihood = risk.likelihood;
        int impact = risk.impact;
        result.inherentTrace.push_back(
            {"base",
             {"Uitgangspunt volgens de baseline.", "Starting point from the baseline."},
             risk.likelihood,
             risk.impact});
        for (const baseline::Driver& driver : risk.drivers) {
            if (driver.when.evaluate(answers)) {
                likelihood += driver.likelihood;
                impact += driver.impact;
                result.inherentTrace.push_back({sourceOf(driver.when, answers), driver.reason,
                                                driver.likelihood, driver.impact});
            }
        }
        clampInto(likelihood, impact, 1, 1, result.inherentTrace, kScaleLimit, "matrix");
        result.inherent = scoreOf(matrix, likelihood, impact);

        Residual current = residual(matrix, risk, result.inherent, input, false);
        Residual planned = residual(matrix, risk, result.inherent, input, true);
        result.current = current.score;
        result.currentTrace = std::move(current.trace);
        result.planned = planned.score;
        result.plannedTrace = std::move(planned.trace);
        applyOverride(result, matrix, input);
        results.push_back(std::move(result));
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
