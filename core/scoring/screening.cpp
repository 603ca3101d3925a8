#include "core/scoring/evaluator.h"
#include "core/scoring/scoring_parts.h"

namespace dpia::scoring::detail {
namespace {

LocalText verdictReason(Verdict verdict, int ap, int wp248, int art35, bool byRule) {
    const std::string counts = std::to_string(ap);
    const std::string wp = std::to_string(wp248);
    const std::string art = std::to_string(art35);
    switch (verdict) {
    case Verdict::required:
        if (byRule && ap == 0 && wp248 < 2 && art35 == 0) {
            return {"Een DPIA is verplicht volgens de regels van de pre-scan (bijvoorbeeld bij "
                    "nieuwe regelgeving).",
                    "A DPIA is required by the pre-scan rules (for example for new "
                    "legislation)."};
        }
        return {"Een DPIA is verplicht: " + counts + " categorie(ën) van de AP-lijst, " + wp +
                    " WP248-criteria en " + art +
                    " geval(len) van art. 35 lid 3 AVG zijn van "
                    "toepassing.",
                "A DPIA is required: " + counts + " AP-list categor(y/ies), " + wp +
                    " WP248 criteria and " + art + " GDPR art. 35(3) case(s) apply."};
    case Verdict::recommended:
        return {"Een DPIA wordt aangeraden: één WP248-criterium is van toepassing. Leg vast "
                "waarom u wel of geen DPIA uitvoert.",
                "A DPIA is recommended: one WP248 criterion applies. Record why you do or do "
                "not carry one out."};
    case Verdict::notRequired:
        break;
    }
    return {"Op grond van de antwoorden is een DPIA niet verplicht. Leg deze afweging vast in "
            "het verwerkingsregister.",
            "Based on the answers a DPIA is not required. Record this assessment in the "
            "register of processing activities."};
}

} // namespace

Screening screen(const baseline::Baseline& baseline, const rules::AnswerLookup& answers) {
    Screening screening;
    int ap = 0;
    int wp248 = 0;
    int art35 = 0;
    for (const baseline::Criterion& criterion : baseline.criteria()) {
        CriterionResult result{criterion.id, criterion.when.evaluate(answers), {}};
        if (result.triggered) {
            for (const std::string& id : criterion.when.questionIds()) {
                if (isAnswered(answers(id))) {
                    result.because.push_back(id);
                }
            }
            switch (criterion.framework) {
            case baseline::CriterionFramework::ap:
                ++ap;
                break;
            case baseline::CriterionFramework::wp248:
                ++wp248;
                break;
            case baseline::CriterionFramework::art35_3:
                ++art35;
                break;
            }
        }
        screening.criteria.push_back(std::move(result));
    }
    const baseline::VerdictRules& rules = baseline.verdict();
    scorePrescan(baseline, answers, screening);
    const bool byScore =
        rules.requiredScoreAbove && screening.riskScore > *rules.requiredScoreAbove;
    const bool byRule = (rules.requiredWhen && rules.requiredWhen->evaluate(answers)) || byScore;
    if (ap >= rules.requiredAp || wp248 >= rules.requiredWp248 || art35 >= rules.requiredArt35 ||
        byRule) {
        screening.verdict = Verdict::required;
    } else if (wp248 >= rules.recommendedWp248) {
        screening.verdict = Verdict::recommended;
    }
    screening.reason = verdictReason(screening.verdict, ap, wp248, art35, byRule);
    if (byScore) {
        addScoreReason(screening);
    }
    for (const baseline::Hint& hint : baseline.hints()) {
        if (hint.when.evaluate(answers)) {
            screening.hints.push_back(hint.id);
        }
    }
    return screening;
}

} // namespace dpia::scoring::detail
