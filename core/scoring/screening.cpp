#include "core/scoring/evaluator.h"
#include "core/scoring/scoring_parts.h"

#include <set>
#include <string>
#include <vector>

namespace dpia::scoring::detail {
namespace {

/// "1 WP248-criterium" / "3 WP248-criteria": a count with the word in its right number.
struct Counted {
    int count = 0;
    LocalText one;
    LocalText many;
};

/// The counts that are not zero, as one list ("a, b en c" / "a, b and c").
LocalText listOf(const std::vector<Counted>& parts) {
    LocalText out;
    std::size_t shown = 0;
    std::size_t total = 0;
    for (const Counted& part : parts) {
        total += part.count > 0 ? 1 : 0;
    }
    for (const Counted& part : parts) {
        if (part.count <= 0) {
            continue;
        }
        const std::string number = std::to_string(part.count) + " ";
        const LocalText& word = part.count == 1 ? part.one : part.many;
        ++shown;
        const bool last = shown == total && shown > 1;
        out.nl += (shown == 1 ? "" : last ? " en " : ", ") + number + word.nl;
        out.en += (shown == 1 ? "" : last ? " and " : ", ") + number + word.en;
    }
    return out;
}

/// Why the verdict is what it is. The verdict itself is said by whoever shows the reason
/// (report, pre-scan box, CLI), so the reason never repeats it.
LocalText verdictReason(Verdict verdict, int ap, int wp248, int art35, bool byRule) {
    const Counted apPart{ap,
                         {"categorie van de AP-lijst", "category of the AP list"},
                         {"categorieën van de AP-lijst", "categories of the AP list"}};
    const Counted wpPart{
        wp248, {"WP248-criterium", "WP248 criterion"}, {"WP248-criteria", "WP248 criteria"}};
    const Counted artPart{art35,
                          {"geval van art. 35 lid 3 AVG", "case under GDPR Art. 35(3)"},
                          {"gevallen van art. 35 lid 3 AVG", "cases under GDPR Art. 35(3)"}};
    switch (verdict) {
    case Verdict::required:
        if (byRule && ap == 0 && wp248 < 2 && art35 == 0) {
            return {"Dit volgt uit de regels van de pre-scan (bijvoorbeeld bij nieuwe "
                    "regelgeving).",
                    "This follows from the pre-scan rules (for example for new legislation)."};
        }
        break;
    case Verdict::recommended: {
        const LocalText list = listOf({wpPart});
        return {"Dit volgt uit " + list.nl + ". Leg vast waarom u wel of geen DPIA uitvoert.",
                "This follows from " + list.en + ". Record why you do or do not carry one out."};
    }
    case Verdict::notRequired:
        return {"De antwoorden komen aan geen enkele drempel van de pre-scan. Leg deze afweging "
                "vast in het verwerkingsregister.",
                "The answers reach none of the pre-scan's thresholds. Record this assessment in "
                "the register of processing activities."};
    }
    const LocalText list = listOf({apPart, wpPart, artPart});
    if (list.nl.empty()) { // required by thresholds of zero: nothing to count
        return {"Dit volgt uit de regels van de pre-scan.",
                "This follows from the pre-scan rules."};
    }
    return {"Dit volgt uit " + list.nl + ".", "This follows from " + list.en + "."};
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
            result.because = criterion.when.firingQuestions(answers);
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

void markUndecided(const baseline::Baseline& baseline,
                   const std::vector<std::string>& missingRequired, Screening& screening) {
    // Criteria, the pre-scan rule and the score rules only add up as answers come in, so a
    // verdict "required" stands; any other verdict can still change while one is open.
    if (screening.verdict == Verdict::required) {
        return;
    }
    std::set<std::string, std::less<>> deciding;
    const auto add = [&](const rules::Rule& rule) {
        for (std::string& id : rule.questionIds()) {
            deciding.insert(std::move(id));
        }
    };
    for (const baseline::Criterion& criterion : baseline.criteria()) {
        add(criterion.when);
    }
    for (const baseline::ScorePoint& point : baseline.prescanScore()) {
        add(point.when);
    }
    if (baseline.verdict().requiredWhen) {
        add(*baseline.verdict().requiredWhen);
    }
    for (const std::string& id : missingRequired) {
        if (deciding.count(id) != 0) {
            screening.undecidedBy.push_back(id);
        }
    }
    if (screening.undecidedBy.empty()) {
        return;
    }
    const std::string open = std::to_string(screening.undecidedBy.size());
    const bool one = screening.undecidedBy.size() == 1;
    screening.reason = {one ? "Nog 1 vraag die de uitkomst bepaalt, is open."
                            : "Nog " + open + " vragen die de uitkomst bepalen, zijn open.",
                        one ? "1 question that decides the outcome is still open."
                            : open + " questions that decide the outcome are still open."};
    if (screening.verdict == Verdict::recommended) {
        screening.reason.nl += " Met de antwoorden tot nu toe is een DPIA aan te bevelen.";
        screening.reason.en += " With the answers so far a DPIA is recommended.";
    }
}

} // namespace dpia::scoring::detail
