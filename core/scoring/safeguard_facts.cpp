#include "core/scoring/evaluator.h"
#include "core/scoring/scoring_parts.h"

namespace dpia::scoring::detail {
namespace {

/// The document's own status of a safeguard the questionnaire answers: only "planned" and
/// "not applicable" say something the answer does not (docs/SCORING.md, "One fact, one
/// place"); an implemented/not implemented status from an older document is a leftover.
bool storedStatusCounts(SafeguardState stored) {
    return stored == SafeguardState::planned || stored == SafeguardState::notApplicable;
}

SafeguardState factState(const baseline::SafeguardFact& fact, const rules::AnswerLookup& answers,
                         SafeguardState stored) {
    if (!isAnswered(answers(fact.question))) {
        return storedStatusCounts(stored) ? stored : SafeguardState::unset;
    }
    if (fact.implementedWhen.evaluate(answers)) {
        return SafeguardState::implemented;
    }
    return stored == SafeguardState::planned ? SafeguardState::planned
                                             : SafeguardState::notImplemented;
}

/// Offered by the licence answered; while the licence question is open nothing is refused.
bool available(const baseline::Safeguard& safeguard, const rules::AnswerLookup& answers) {
    if (!safeguard.availability) {
        return true;
    }
    for (const std::string& id : safeguard.availability->when.questionIds()) {
        if (!isAnswered(answers(id))) {
            return true;
        }
    }
    return safeguard.availability->when.evaluate(answers);
}

Finding licenceFinding(const baseline::Safeguard& safeguard, SafeguardState state) {
    const LocalText& needs = safeguard.availability->needs;
    if (state == SafeguardState::implemented) {
        return {safeguard.id,
                {"'" + safeguard.title.nl +
                     "' telt als getroffen, maar de gekozen licentie biedt deze maatregel "
                     "niet; daarvoor is nodig: " +
                     needs.nl + ". Controleer de licentie of de status.",
                 "'" + safeguard.title.en +
                     "' counts as implemented, but the licence chosen does not offer it; it "
                     "needs: " +
                     needs.en + ". Check the licence or the status."}};
    }
    return {safeguard.id,
            {"'" + safeguard.title.nl +
                 "' is gepland, maar de gekozen licentie biedt deze maatregel niet; daarvoor is "
                 "nodig: " +
                 needs.nl + ".",
             "'" + safeguard.title.en +
                 "' is planned, but the licence chosen does not offer it; it needs: " + needs.en +
                 "."}};
}

Finding leftoverFinding(const baseline::Safeguard& safeguard, const baseline::Question* question) {
    const LocalText text = question != nullptr ? question->text : LocalText{};
    return {safeguard.id,
            {"De status van '" + safeguard.title.nl +
                 "' bij de maatregelen wijkt af van het antwoord op de vraag '" + text.nl +
                 "'. Het antwoord telt; pas het aan als het niet klopt.",
             "The status of '" + safeguard.title.en +
                 "' among the safeguards differs from the answer to the question '" + text.en +
                 "'. The answer counts; change it if it is wrong."}};
}

} // namespace

std::vector<SafeguardResult> judgeSafeguards(const baseline::Baseline& baseline,
                                             const rules::AnswerLookup& answers,
                                             const ScoringInput& input,
                                             std::vector<Finding>& findings) {
    std::vector<SafeguardResult> results;
    results.reserve(baseline.safeguards().size());
    for (const baseline::Safeguard& safeguard : baseline.safeguards()) {
        const SafeguardState stored = input.safeguard(safeguard.id);
        SafeguardResult result{safeguard.id, stored, {}, available(safeguard, answers)};
        if (safeguard.fact) {
            result.answeredBy = safeguard.fact->question;
            result.state = factState(*safeguard.fact, answers, stored);
            const bool leftover =
                stored == SafeguardState::implemented || stored == SafeguardState::notImplemented;
            if (leftover && isAnswered(answers(safeguard.fact->question)) &&
                stored != result.state) {
                findings.push_back(
                    leftoverFinding(safeguard, baseline.question(safeguard.fact->question)));
            }
        }
        if (!result.available && (result.state == SafeguardState::implemented ||
                                  result.state == SafeguardState::planned)) {
            findings.push_back(licenceFinding(safeguard, result.state));
        }
        results.push_back(std::move(result));
    }
    return results;
}

} // namespace dpia::scoring::detail
