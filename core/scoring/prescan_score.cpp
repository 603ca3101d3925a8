#include "core/scoring/evaluator.h"
#include "core/scoring/scoring_parts.h"

namespace dpia::scoring::detail {

void scorePrescan(const baseline::Baseline& baseline, const rules::AnswerLookup& answers,
                  Screening& screening) {
    screening.riskScoreAbove = baseline.verdict().requiredScoreAbove;
    for (const baseline::ScorePoint& point : baseline.prescanScore()) {
        if (!point.when.evaluate(answers)) {
            continue;
        }
        ScorePointResult result{point.points, point.reason, {}};
        for (const std::string& id : point.when.questionIds()) {
            if (isAnswered(answers(id))) {
                result.because.push_back(id);
            }
        }
        screening.riskScore += point.points;
        screening.riskScorePoints.push_back(std::move(result));
    }
}

void addScoreReason(Screening& screening) {
    const std::string score = std::to_string(screening.riskScore);
    const std::string above = std::to_string(screening.riskScoreAbove.value_or(0));
    screening.reason.nl += " De risicoscore van de pre-scan is " + score + ", meer dan " + above +
                           ": ook dat maakt een DPIA verplicht.";
    screening.reason.en += " The pre-scan's risk score is " + score + ", more than " + above +
                           ": that alone makes a DPIA required.";
}

} // namespace dpia::scoring::detail
