#pragma once

#include "core/baseline/baseline.h"
#include "core/compare/word_diff.h"
#include "core/lang.h"
#include "core/scoring/evaluation.h"
#include "core/scoring/scored_document.h"
#include "core/storage/assessment.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

// What changed between two assessments (issue 18, "What changed"): `dpia-cli diff`, the
// app's compare window and the report of a revision all show this list. Plain data: the
// values before and after, in words in both languages, and for a risk the steps of its
// explanation that moved it.
namespace dpia::compare {

/// What a change is about, in the order a difference lists them.
enum class Area {
    baseline,     ///< the baseline's id, version or content
    document,     ///< the description of the document and its status
    answer,       ///< an answer or a note (field "answer" / "note")
    safeguard,    ///< a safeguard's status or evidence
    risk,         ///< a risk's level (inherent, residual), whether it applies, an own risk
    measure,      ///< a measure of the action plan
    signoff,      ///< an advice or decision
    baselineItem, ///< a question, safeguard or risk that only one of the two baselines has
};

/// added: only the second document has it; removed: only the first. For a baselineItem:
/// added = only in the second document's baseline, removed = only in the first's.
enum class Action { added, changed, removed };

struct Change {
    Area area = Area::document;
    Action action = Action::changed;
    std::string id;    ///< the question, safeguard, risk, measure or sign-off; "" for the document
    LocalText title;   ///< its title, from the baseline (the second's when both have it)
    std::string field; ///< what of it changed: "answer", "status", "evidence", "inherent", ...
    LocalText fieldLabel;
    nlohmann::json before; ///< the stored value before (null when added)
    nlohmann::json after;  ///< the stored value after (null when removed)
    LocalText beforeText;  ///< `before` in words
    LocalText afterText;
    std::vector<WordPiece> words;  ///< for a text that changed: its words, the same and not
    std::vector<LocalText> causes; ///< for a risk: the steps of its explanation that moved it
};

struct DocumentDiff {
    std::vector<Change> changes; ///< by area, then in baseline (or document) order

    bool empty() const { return changes.empty(); }
};

/// One of the two documents: as loaded, with its own baseline and evaluation.
struct DiffSide {
    const storage::Assessment& assessment;
    const baseline::Baseline& baseline;
    const scoring::Evaluation& evaluation;
};

/// Every change from `before` to `after`. Documents of different baselines compare too:
/// the items only one baseline has are listed as baselineItem changes.
DocumentDiff compareDocuments(const DiffSide& before, const DiffSide& after);
/// The same for two opened documents.
DocumentDiff compareDocuments(const scoring::ScoredDocument& before,
                              const scoring::ScoredDocument& after);

/// "baseline", "document", "answer", ...: the names of the JSON form (docs/CLI.md).
std::string_view areaName(Area area);
std::string_view actionName(Action action);
/// The heading of an area in both languages ("Antwoorden" / "Answers").
LocalText areaTitle(Area area);

} // namespace dpia::compare
