#include "app/cli/cli_upgrade.h"

#include "app/cli/cli_support.h"
#include "core/storage/assessment_file.h"
#include "core/storage/assessment_service.h"
#include "core/storage/baseline_upgrade.h"
#include "core/storage/change_log.h"
#include "core/storage/file_ops.h"

namespace dpia::cli {
namespace {

void printChanges(CliContext& context, const LocalText& kind, const storage::ItemChanges& changes) {
    const auto list = [&](const LocalText& label, const std::vector<std::string>& ids) {
        if (ids.empty()) {
            return;
        }
        context.out << "  " << context.say(label) << ":";
        for (const std::string& id : ids) {
            context.out << " " << id;
        }
        context.out << "\n";
    };
    context.out << context.say(kind) << "\n";
    if (changes.empty()) {
        context.out << "  " << context.say({"geen wijzigingen", "no changes"}) << "\n";
    }
    list({"nieuw", "added"}, changes.added);
    list({"gewijzigd", "changed"}, changes.changed);
    list({"vervallen", "removed"}, changes.removed);
}

/// What happened to the safeguard statuses that are now answers (one fact, one place).
void printMerges(CliContext& context, const std::vector<storage::FactMerge>& merged) {
    if (merged.empty()) {
        return;
    }
    context.out << context.say({"Maatregelen die nu uit een antwoord volgen:",
                                "Safeguards that now follow from an answer:"})
                << "\n";
    for (const storage::FactMerge& merge : merged) {
        context.out << "  " << merge.safeguard << " ← " << merge.question << ": ";
        switch (merge.outcome) {
        case storage::FactMerge::Outcome::answerKept:
            context.out << context.say(
                {"antwoord en status kwamen overeen", "answer and status agreed"});
            break;
        case storage::FactMerge::Outcome::answerWon:
            context.out << context.say({"het antwoord telt; de afwijkende status '",
                                        "the answer counts; the differing status '"})
                        << merge.droppedStatus << context.say({"' vervalt", "' is dropped"});
            break;
        case storage::FactMerge::Outcome::statusBecameAnswer:
            context.out << context.say({"de vraag was open; de status '",
                                        "the question was open; the status '"})
                        << merge.droppedStatus
                        << context.say({"' is nu het antwoord", "' is now the answer"});
            break;
        }
        if (merge.evidenceMoved) {
            context.out << context.say({"; de onderbouwing staat nu bij de vraag",
                                        "; the evidence is now the question's note"});
        }
        context.out << "\n";
    }
}

/// What happened to the answers of questions that are now asked once (one fact, one place).
void printQuestionMerges(CliContext& context, const std::vector<storage::QuestionMerge>& merged) {
    if (merged.empty()) {
        return;
    }
    context.out << context.say({"Vragen die nu één keer worden gesteld:",
                                "Questions that are now asked once:"})
                << "\n";
    using Outcome = storage::QuestionMerge::Outcome;
    for (const storage::QuestionMerge& merge : merged) {
        context.out << "  " << merge.replaced << " → " << merge.question << ": ";
        switch (merge.outcome) {
        case Outcome::carried:
            context.out << context.say(
                {"het antwoord is meegenomen", "the answer is carried over"});
            break;
        case Outcome::agreed:
            context.out << context.say({"beide antwoorden kwamen overeen", "both answers agreed"});
            break;
        case Outcome::replacedWon:
        case Outcome::keptWon:
            context.out << context.say({"de antwoorden verschilden; het antwoord van ",
                                        "the answers differed; the answer of "})
                        << (merge.outcome == Outcome::replacedWon ? merge.replaced : merge.question)
                        << context.say({" telt, het andere (", " counts, the other ("})
                        << merge.dropped.dump()
                        << context.say({") staat in de notitie", ") is in the note"});
            break;
        case Outcome::noteOnly:
            context.out << context.say({"niet beantwoord", "not answered"});
            break;
        case Outcome::unfit:
            context.out << context.say({"het antwoord past niet (", "the answer does not fit ("})
                        << merge.dropped.dump()
                        << context.say({") en staat in de notitie", ") and is in the note"});
            break;
        case Outcome::open:
            context.out << context.say({"het oude antwoord (", "the old answer ("})
                        << merge.dropped.dump()
                        << context.say({") bepaalt geen keuze en staat in de notitie; "
                                        "beantwoord ",
                                        ") does not determine one choice and is in the note; "
                                        "answer "})
                        << merge.question;
            break;
        }
        if (merge.noteMoved && merge.outcome != Outcome::replacedWon &&
            merge.outcome != Outcome::keptWon && merge.outcome != Outcome::unfit &&
            merge.outcome != Outcome::open) {
            context.out << context.say(
                {"; de notitie staat nu bij de vraag", "; the note is now the question's note"});
        }
        context.out << "\n";
    }
}

} // namespace

int runUpgrade(CliContext& context, CommandArgs args) {
    std::vector<std::string> rest(args.begin(), args.end());
    const bool dryRun = takeFlag(rest, "--dry-run");
    if (rest.size() != (dryRun ? 1u : 2u)) {
        return usageError(context, {"Gebruik: dpia-cli upgrade BESTAND NIEUW.dpia [--dry-run]",
                                    "Usage: dpia-cli upgrade FILE NEW.dpia [--dry-run]"});
    }
    // The one open path: it also verifies the embedded baseline that the upgrade starts from.
    auto opened = storage::AssessmentService::open(rest.front(), storage::OpenMode::readOnly);
    if (!opened) {
        return reportError(context, opened.error());
    }
    const storage::Assessment& assessment = (*opened)->assessment();
    const baseline::Baseline& from = (*opened)->baseline();
    const auto to = shippedBaseline(context);
    if (!to) {
        return kExitInternal;
    }
    const storage::BaselineUpgrade upgrade = storage::upgradeAssessment(assessment, from, *to);
    context.out << context.say({"Baseline ", "Baseline "}) << from.info().version << " → "
                << to->info().version << "\n";
    printChanges(context, {"Vragen:", "Questions:"}, upgrade.diff.questions);
    printChanges(context, {"Risico's:", "Risks:"}, upgrade.diff.risks);
    printChanges(context, {"Maatregelen:", "Safeguards:"}, upgrade.diff.safeguards);
    const auto dropped = [&](const LocalText& label, const std::vector<std::string>& ids) {
        if (!ids.empty()) {
            context.out << context.say(label) << ":";
            for (const std::string& id : ids) {
                context.out << " " << id;
            }
            context.out << "\n";
        }
    };
    dropped({"Antwoorden die niet meegaan", "Answers not carried over"}, upgrade.droppedAnswers);
    dropped({"Notities die niet meegaan", "Notes not carried over"}, upgrade.droppedNotes);
    dropped({"Maatregelstatussen die niet meegaan", "Safeguard statuses not carried over"},
            upgrade.droppedSafeguards);
    dropped({"Eigen oordelen die niet meegaan", "Overrides not carried over"},
            upgrade.droppedOverrides);
    printQuestionMerges(context, upgrade.mergedQuestions);
    printMerges(context, upgrade.merged);
    if (dryRun) {
        return kExitOk;
    }
    storage::Assessment upgraded = upgrade.upgraded;
    upgraded.modified = storage::files::utcNow();
    auto created = storage::AssessmentFile::createFrom(
        rest[1], upgraded, storage::baselineEntry(from.info().version, to->info().version));
    if (!created) {
        return reportError(context, created.error());
    }
    context.out << context.say({"Gemaakt: ", "Created: "}) << rest[1] << "\n";
    return kExitOk;
}

} // namespace dpia::cli
