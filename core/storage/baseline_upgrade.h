#pragma once

#include "core/baseline/baseline.h"
#include "core/storage/assessment.h"

#include <string>
#include <vector>

namespace dpia::storage {

/// What differs between two baselines, by id.
struct ItemChanges {
    std::vector<std::string> added;
    std::vector<std::string> changed; ///< same id, different text, type, options or rules
    std::vector<std::string> removed;

    bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
};

struct BaselineDiff {
    ItemChanges questions;
    ItemChanges risks;
    ItemChanges safeguards;
};

BaselineDiff diffBaselines(const baseline::Baseline& from, const baseline::Baseline& to);

/// A safeguard that the new baseline answers from a question (one fact, one place) had a
/// stored status of its own: the one value that remains, and where it came from.
struct FactMerge {
    std::string safeguard;
    std::string question;
    enum class Outcome {
        answerKept,         ///< both said the same; the stored status goes
        answerWon,          ///< they disagreed: the answer counts, the stored status goes
        statusBecameAnswer, ///< the question was open: the stored status is now its answer
    } outcome = Outcome::answerKept;
    std::string droppedStatus;  ///< the status that went, as stored ("implemented", ...)
    bool evidenceMoved = false; ///< the evidence text is now (part of) the question's note
};

/// A question of the old baseline that the new one merged into another question asking the
/// same fact (baseline `replaces`): what became of its answer and note.
struct QuestionMerge {
    std::string question; ///< the one question that remains
    std::string replaced; ///< the old question that went
    enum class Outcome {
        carried,     ///< only the old question was answered: its answer is now the answer
        agreed,      ///< both were answered alike
        replacedWon, ///< they differed; the old question's answer counts (baseline `wins`)
        keptWon,     ///< they differed; the remaining question's answer counts
        unfit,       ///< the old answer does not fit the question (left in the note)
        noteOnly,    ///< the old question had only a note: it is now (part of) the note
        open,        ///< the old answer (`as`) does not determine one answer: in the note
    } outcome = Outcome::carried;
    nlohmann::json dropped; ///< the answer that did not win (null when none)
    bool noteMoved = false; ///< the old question's note (and a dropped answer) is in the note
};

/// An assessment carried over to another baseline, and what could not come along.
struct BaselineUpgrade {
    BaselineDiff diff;
    Assessment upgraded;                     ///< embeds `to`; everything that still fits
    std::vector<std::string> droppedAnswers; ///< question removed, or the answer no longer fits
    std::vector<std::string> droppedNotes;   ///< question removed
    std::vector<std::string> droppedSafeguards;
    std::vector<std::string> droppedOverrides;
    std::vector<FactMerge> merged;
    std::vector<QuestionMerge> mergedQuestions;
};

/// Carries answers, notes, safeguard statuses and overrides over to `to` by id; measures
/// lose links to risks that no longer exist. A status stored for a safeguard that `to`
/// answers from a question is merged into that answer (`merged` says how; the change log
/// gets a row for each answer set and each status cleared). Metadata, custom risks, signoffs and
/// the change log come along unchanged. An answer to an old question that `to` merged into
/// another (`replaces`) becomes that question's answer (`mergedQuestions` says how). The caller
/// writes `upgraded` to a new file.
BaselineUpgrade upgradeAssessment(const Assessment& assessment, const baseline::Baseline& from,
                                  const baseline::Baseline& to);

} // namespace dpia::storage
