#include "app/cli/score_text.h"

#include <algorithm>
#include <cmath>

namespace dpia::cli {

using namespace dpia::scoring;

namespace {

std::string levelLabel(const baseline::Baseline& baseline, const std::string& code, Lang lang) {
    const baseline::Level* level = baseline.matrix().level(code);
    return level != nullptr ? level->label.in(lang) : code;
}

void printScreening(CliContext& context, const baseline::Baseline& baseline,
                    const Evaluation& evaluation) {
    const Screening& screening = evaluation.screening;
    const LocalText verdict =
        screening.verdict == Verdict::required      ? LocalText{"verplicht", "required"}
        : screening.verdict == Verdict::recommended ? LocalText{"aanbevolen", "recommended"}
                                                    : LocalText{"niet verplicht", "not required"};
    context.out << context.say({"DPIA: ", "DPIA: "}) << context.say(verdict) << "\n  "
                << context.say(screening.reason) << "\n";
    for (const CriterionResult& criterion : screening.criteria) {
        if (!criterion.triggered) {
            continue;
        }
        const baseline::Criterion* item = baseline.criterion(criterion.id);
        context.out << "  - " << criterion.id << " " << (item ? item->title.in(context.lang) : "");
        if (!criterion.because.empty()) {
            context.out << context.say({" (door ", " (because of "});
            for (std::size_t i = 0; i < criterion.because.size(); ++i) {
                context.out << (i > 0 ? ", " : "") << criterion.because[i];
            }
            context.out << ")";
        }
        context.out << "\n";
    }
    for (const baseline::Hint& hint : baseline.hints()) {
        if (std::find(screening.hints.begin(), screening.hints.end(), hint.id) !=
            screening.hints.end()) {
            context.out << context.say({"  Let op: ", "  Note: "}) << hint.title.in(context.lang)
                        << "\n";
        }
    }
}

void printRisks(CliContext& context, const baseline::Baseline& baseline,
                const Evaluation& evaluation) {
    std::vector<const RiskResult*> sorted;
    for (const RiskResult& risk : evaluation.risks) {
        sorted.push_back(&risk);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const RiskResult* a, const RiskResult* b) {
        return a->residual().rank != b->residual().rank ? a->residual().rank > b->residual().rank
                                                        : a->inherent.rank > b->inherent.rank;
    });
    context.out << "\n"
                << context.say({"Risico's (inherent → restrisico nu → na geplande maatregelen):",
                                "Risks (inherent → residual now → after planned safeguards):"})
                << "\n";
    for (const RiskResult* risk : sorted) {
        context.out << "  " << levelLabel(baseline, risk->inherent.level, context.lang) << " → "
                    << levelLabel(baseline, risk->residual().level, context.lang)
                    << (risk->override_ ? context.say({" (eigen oordeel)", " (expert judgement)"})
                                        : "")
                    << " → " << levelLabel(baseline, risk->planned.level, context.lang) << "  "
                    << risk->id << "  " << risk->title.in(context.lang) << "\n";
    }
    context.out << "\n"
                << context.say({"Voorafgaande raadpleging van de AP (art. 36 AVG): ",
                                "Prior consultation of the Dutch DPA (GDPR art. 36): "})
                << (evaluation.priorConsultation
                        ? context.say({"nodig — een restrisico blijft hoog. Raadpleeg de AP vóór "
                                       "de verwerking begint.",
                                       "needed — a residual risk stays high. Consult the AP "
                                       "before the processing starts."})
                        : context.say({"niet nodig", "not needed"}))
                << "\n";
}

void printNextSteps(CliContext& context, const baseline::Baseline& baseline,
                    const storage::Assessment& assessment, const Evaluation& evaluation) {
    // A safeguard not yet in place helps as many risks as it mitigates that are still above low.
    std::vector<std::pair<int, const baseline::Safeguard*>> helpful;
    for (const baseline::Safeguard& safeguard : baseline.safeguards()) {
        const auto entry = assessment.safeguards.find(safeguard.id);
        if (entry != assessment.safeguards.end() &&
            (entry->second.status == storage::SafeguardStatus::implemented ||
             entry->second.status == storage::SafeguardStatus::notApplicable)) {
            continue;
        }
        int count = 0;
        for (const baseline::Risk& risk : baseline.risks()) {
            const auto result = std::find_if(evaluation.risks.begin(), evaluation.risks.end(),
                                             [&](const RiskResult& r) { return r.id == risk.id; });
            const bool mitigates = std::any_of(
                risk.mitigations.begin(), risk.mitigations.end(),
                [&](const baseline::Mitigation& m) { return m.safeguard == safeguard.id; });
            if (mitigates && result != evaluation.risks.end() && result->current.rank > 1) {
                ++count;
            }
        }
        if (count > 0) {
            helpful.emplace_back(count, &safeguard);
        }
    }
    std::stable_sort(helpful.begin(), helpful.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    if (helpful.empty()) {
        return;
    }
    context.out << "\n"
                << context.say({"Maatregelen die de meeste risico's verlagen:",
                                "Safeguards that lower the most risks:"})
                << "\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(5, helpful.size()); ++i) {
        context.out << "  - " << helpful[i].second->id << "  "
                    << helpful[i].second->title.in(context.lang) << context.say({" (", " ("})
                    << helpful[i].first << context.say({" risico's)", " risks)"}) << "\n";
    }
}

} // namespace

void printScore(CliContext& context, const baseline::Baseline& baseline,
                const storage::Assessment& assessment, const Evaluation& evaluation) {
    printScreening(context, baseline, evaluation);
    printRisks(context, baseline, evaluation);

    int open = 0;
    int applicable = 0;
    for (const RequirementCoverage& item : evaluation.coverage) {
        if (item.applies) {
            ++applicable;
            open += item.status == Coverage::open ? 1 : 0;
        }
    }
    context.out << context.say({"Eisen zonder maatregel: ", "Requirements without a safeguard: "})
                << open << context.say({" van ", " of "}) << applicable << "\n";
    context.out << context.say({"Volledigheid: ", "Completeness: "})
                << static_cast<int>(std::lround(evaluation.completeness.overall * 100)) << "%";
    if (!evaluation.completeness.missingRequired.empty()) {
        context.out << context.say({" — verplichte vragen zonder antwoord: ",
                                    " — required questions without an answer: "})
                    << evaluation.completeness.missingRequired.size();
    }
    context.out << "\n";
    printNextSteps(context, baseline, assessment, evaluation);
}

} // namespace dpia::cli
