#pragma once

#include "core/storage/assessment.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// One change to a document, as a value. AssessmentService::apply is the only way to change
// a document: it checks an Edit against the baseline, AssessmentFile writes it in one
// transaction with its change-log row, and the result carries the edit that undoes it.
// The CLI (`dpia-cli edit`, docs/CLI.md), the UI's undo stack and the tests all build these
// values; their JSON form is in edit_json.h.
namespace dpia::storage {

/// Replaces the whole description of the document.
struct SetMetadata {
    Metadata metadata;
    bool operator==(const SetMetadata&) const = default;
};

/// Draft, in review or final. The only edit a final document accepts.
struct SetStatus {
    DocumentStatus status = DocumentStatus::draft;
    bool operator==(const SetStatus&) const = default;
};

/// A null value clears the answer.
struct SetAnswer {
    std::string question;
    nlohmann::json value;
    bool operator==(const SetAnswer&) const = default;
};

/// An empty text clears the note.
struct SetNote {
    std::string question;
    std::string text;
    bool operator==(const SetNote&) const = default;
};

/// No entry clears the safeguard's status.
struct SetSafeguard {
    std::string safeguard;
    std::optional<SafeguardEntry> entry;
    bool operator==(const SetSafeguard&) const = default;
};

/// No value removes the override.
struct SetRiskOverride {
    std::string risk;
    std::optional<RiskOverride> value;
    bool operator==(const SetRiskOverride&) const = default;
};

// The three lists of items with ids (own risks, measures, sign-offs) share one shape.

/// Appends `item`; an empty id is replaced by the next free one ("cr-N", "m-N", "so-N").
template <typename Item>
struct AddItem {
    Item item;
    bool operator==(const AddItem&) const = default;
};

/// Replaces the item with the same id.
template <typename Item>
struct UpdateItem {
    Item item;
    bool operator==(const UpdateItem&) const = default;
};

/// Removes the item. Removing an own risk also unlinks it from the measures that name it;
/// the inverse relinks them in the same transaction.
template <typename Item>
struct RemoveItem {
    std::string id;
    bool operator==(const RemoveItem&) const = default;
};

using AddCustomRisk = AddItem<CustomRisk>;
using UpdateCustomRisk = UpdateItem<CustomRisk>;
using RemoveCustomRisk = RemoveItem<CustomRisk>;
using AddMeasure = AddItem<Measure>;
using UpdateMeasure = UpdateItem<Measure>;
using RemoveMeasure = RemoveItem<Measure>;
using AddSignoff = AddItem<Signoff>;
using UpdateSignoff = UpdateItem<Signoff>;
using RemoveSignoff = RemoveItem<Signoff>;

using Edit = std::variant<SetMetadata, SetStatus, SetAnswer, SetNote, SetSafeguard, SetRiskOverride,
                          AddCustomRisk, UpdateCustomRisk, RemoveCustomRisk, AddMeasure,
                          UpdateMeasure, RemoveMeasure, AddSignoff, UpdateSignoff, RemoveSignoff>;

/// Edits applied together: all or nothing, one transaction, one change-log row.
using EditList = std::vector<Edit>;

/// What an apply did: the edits as written (generated ids filled in, so applying `done`
/// again redoes exactly this) and the edits that undo them, in the order to apply them.
struct Applied {
    EditList done;
    EditList inverse;
};

/// What a list item kind is called: in the change log and the JSON form ("custom-risk",
/// "measure", "signoff"; changeKindName of changeKind), the prefix of generated ids, and the words
/// of messages.
template <typename Item>
struct ItemKind;

template <>
struct ItemKind<CustomRisk> {
    static constexpr ChangeKind changeKind = ChangeKind::customRisk;
    static constexpr std::string_view name = "custom-risk";
    static constexpr std::string_view idPrefix = "cr-";
    static std::vector<CustomRisk>& list(Assessment& a) { return a.customRisks; }
    static const std::vector<CustomRisk>& list(const Assessment& a) { return a.customRisks; }
};

template <>
struct ItemKind<Measure> {
    static constexpr ChangeKind changeKind = ChangeKind::measure;
    static constexpr std::string_view name = "measure";
    static constexpr std::string_view idPrefix = "m-";
    static std::vector<Measure>& list(Assessment& a) { return a.measures; }
    static const std::vector<Measure>& list(const Assessment& a) { return a.measures; }
};

template <>
struct ItemKind<Signoff> {
    static constexpr ChangeKind changeKind = ChangeKind::signoff;
    static constexpr std::string_view name = "signoff";
    static constexpr std::string_view idPrefix = "so-";
    static std::vector<Signoff>& list(Assessment& a) { return a.signoffs; }
    static const std::vector<Signoff>& list(const Assessment& a) { return a.signoffs; }
};

/// The change-log row of one edit, without `when` and `user`: its kind, target id, action
/// and, for a safeguard or the document status, the new status; never content.
ChangeLogEntry logEntry(const Edit& edit);

/// The one row of a list applied as one transaction: the first edit's row, with `edits`
/// the length of the list. `edits` must not be empty.
ChangeLogEntry logEntry(const EditList& edits);

/// The row of one edit as a sentence ("answer q1", "measure m-2 removed"): changeText of
/// logEntry (change_log.h), what `dpia-cli edit` prints; docs/FILE-FORMAT.md lists them.
std::string logText(const Edit& edit);

/// The id an edit is about: the question, safeguard, risk or item id (after an apply, the
/// generated id of an added item); empty for metadata and status.
std::string target(const Edit& edit);

/// Whether applying `edit` to `state` would leave it as it is (the same answer again).
bool changesNothing(const Assessment& state, const Edit& edit);

/// Whether a final document still accepts `edit` (only a status change).
bool allowedWhenFinal(const Edit& edit);

} // namespace dpia::storage
