#include "app/cli/score_text.h"

#include "core/scoring/advice.h"

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
        !screening.decided() ? LocalText{"nog niet te bepalen", "not yet decided"}
        : screening.verdict == Verdict::required    ? LocalText{"verplicht", "required"}
        : screening.verdict == Verdict::recommended ? LocalText{"aanbevolen", "recommended"}
                                                    : LocalText{"niet verplicht", "not required"};
    context.out << context.say({"DPIA: ", "DPIA: "}) << context.say(verdict) << "\n  "
                << context.say(screening.reason) << "\n";
    if (!screening.decided()) {
        context.out << context.say({"  Nog te beantwoorden:", "  Still to answer:"}) << "\n";
        for (const std::string& id : screening.undecidedBy) {
            const baseline::Question* question = baseline.question(id);
            context.out << "    - " << id << ": "
                        << (question != nullptr ? question->text.in(context.lang) : "") << "\n";
        }
    }
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
    if (screening.riskScoreAbove) {
        context.out << context.say({"  Risicoscore van de pre-scan: ", "  Pre-scan risk score: "})
                    << screening.riskScore
                    << context.say({" (verplicht boven ", " (required above "})
                    << *screening.riskScoreAbove << ")\n";
        for (const ScorePointResult& point : screening.riskScorePoints) {
            context.out << "    +" << point.points << " " << context.say(point.reason) << "\n";
        }
    }
    for (const baseline::Hint& hint : baseline.hints()) {
        if (std::find(screening.hints.begin(), screening.hints.end(), hint.id) !=
            screening.hints.end()) {
            context.out << context.say({"  Let op: ", "  Note: "}) << hint.title.in(context.lang)
                        << "\n";
        }
    }
}

std::string signedDelta(int value) {
    return value > 0 ? "+" + std::to_string(value) : std::to_string(value);
}

/// The steps that moved a score, one line each, so plain `score` explains itself.
void printTrace(CliContext& context, const std::vector<TraceStep>& trace) {
    for (const TraceStep& step : trace) {
        context.out << "      " << context.say({"kans ", "likelihood "})
                    << signedDelta(step.likelihoodDelta) << ", "
                    << context.say({"impact ", "impact "}) << signedDelta(step.impactDelta) << ": "
                    << context.say(step.effect) << " [" << step.source << "]\n";
    }
}

void printRiskLine(CliContext& context, const baseline::Baseline& baseline,
                   const RiskResult& risk) {
    context.out << "  " << levelLabel(baseline, risk.inherent.level, context.lang) << " → "
                << levelLabel(baseline, risk.residual().level, context.lang)
                << (risk.override_ ? context.say({" (eigen oordeel)", " (expert judgement)"}) : "")
                << " → " << levelLabel(baseline, risk.planned.level, context.lang) << "  "
                << risk.id << "  " << risk.title.in(context.lang) << "\n";
    if (!risk.undecidedBy.empty()) {
        context.out << context.say({"      Telt mee tot deze vragen beantwoord zijn: ",
                                    "      Counts until these questions are answered: "});
        for (std::size_t i = 0; i < risk.undecidedBy.size(); ++i) {
            context.out << (i > 0 ? ", " : "") << risk.undecidedBy[i];
        }
        context.out << "\n";
    }
    printTrace(context, risk.inherentTrace);
    printTrace(context, risk.currentTrace);
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
    const auto group = [&](const LocalText& heading, baseline::Concern concern) {
        bool any = false;
        for (const RiskResult* risk : sorted) {
            if (!risk->applies || risk->concern != concern) {
                continue;
            }
            if (!any) {
                context.out << "\n" << context.say(heading) << "\n";
                any = true;
            }
            printRiskLine(context, baseline, *risk);
        }
    };
    group({"Risico's voor betrokkenen (inherent → restrisico nu → na geplande maatregelen):",
           "Risks to data subjects (inherent → residual now → after planned safeguards):"},
          baseline::Concern::dataSubjects);
    group({"Risico's voor de gemeente zelf (naar het plan van aanpak, niet naar art. 36):",
           "Risks to the municipality itself (for the action plan, not for Art. 36):"},
          baseline::Concern::organisation);
    bool anyNotApplying = false;
    for (const RiskResult& risk : evaluation.risks) {
        const baseline::Risk* source = baseline.risk(risk.id);
        if (risk.applies || source == nullptr) {
            continue;
        }
        if (!anyNotApplying) {
            context.out << "\n"
                        << context.say({"Niet van toepassing (telt nergens mee):",
                                        "Not applicable (counts nowhere):"})
                        << "\n";
            anyNotApplying = true;
        }
        context.out << "  " << risk.id << "  " << risk.title.in(context.lang) << " — "
                    << context.say({"omdat ", "because "}) << source->notApplicable.in(context.lang)
                    << "\n";
    }
    context.out << "\n"
                << context.say({"Voorafgaande raadpleging van de AP (art. 36 AVG): ",
                                "Prior consultation of the Dutch DPA (GDPR Art. 36): "});
    if (evaluation.priorConsultation) {
        context.out << context.say({"nodig — deze restrisico's voor betrokkenen blijven hoog: ",
                                    "needed — these residual risks to data subjects stay "
                                    "high: "});
        for (std::size_t i = 0; i < evaluation.priorConsultationRisks.size(); ++i) {
            context.out << (i > 0 ? ", " : "") << evaluation.priorConsultationRisks[i];
        }
        context.out << context.say({". Raadpleeg de AP vóór de verwerking begint.",
                                    ". Consult the AP before the processing starts."});
    } else {
        context.out << context.say({"niet nodig — geen restrisico voor betrokkenen is hoog",
                                    "not needed — no residual risk to data subjects is high"});
    }
    context.out << "\n";
}

void printFindings(CliContext& context, const Evaluation& evaluation) {
    if (evaluation.findings.empty()) {
        return;
    }
    context.out << "\n" << context.say({"Let op:", "Warnings:"}) << "\n";
    for (const Finding& finding : evaluation.findings) {
        context.out << "  - " << context.say(finding.text) << "\n";
    }
}

void printNextSteps(CliContext& context, const baseline::Baseline& baseline,
                    const Evaluation& evaluation) {
    const std::vector<Advice> advice = adviseSafeguards(baseline, evaluation, 5);
    if (advice.empty()) {
        return;
    }
    context.out << "\n"
                << context.say({"Maatregelen die de risico's het meest verlagen:",
                                "Safeguards that lower the risks the most:"})
                << "\n";
    for (const Advice& item : advice) {
        const baseline::Safeguard* safeguard = baseline.safeguard(item.safeguard);
        context.out << "  - " << item.safeguard << "  "
                    << (safeguard != nullptr ? safeguard->title.in(context.lang) : "") << " (";
        for (std::size_t i = 0; i < item.risks.size(); ++i) {
            context.out << (i > 0 ? ", " : "") << item.risks[i];
        }
        context.out << ")\n";
    }
}

} // namespace

void printScore(CliContext& context, const baseline::Baseline& baseline,
                const storage::Assessment& /*assessment*/, const Evaluation& evaluation) {
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
    printFindings(context, evaluation);
    printNextSteps(context, baseline, evaluation);
}

} // namespace dpia::cli
