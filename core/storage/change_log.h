#pragma once

#include "core/storage/assessment.h"

#include <string>
#include <string_view>

// The change log's two forms. Since schema 3 (and JSON format_version 2) a row is
// structured: kind, target, action, value, edits (assessment.h). Schema 2 and
// format_version 1 stored one sentence of ids instead ("measure m-2 removed"); changeText
// writes that sentence and parseChangeText reads it back, so the migration, the JSON v1
// reader, an unmigrated file opened read-only and `dpia-cli edit` all share one grammar
// (docs/FILE-FORMAT.md lists the sentences).
namespace dpia::storage {

/// The sentence of a row: "answer q1", "safeguard sg-x planned", "schema 1 -> 2", ...
/// For kind other, its value (the sentence an older file held). `edits` is not part of it:
/// a sentence always named the first edit of its list only.
std::string changeText(const ChangeLogEntry& entry);

/// The row a sentence stands for, without `when` and `user`; edits = 1. A sentence that
/// none of the known forms writes exactly (changeText(result) would differ) becomes kind
/// other with the sentence as its value: nothing is lost.
ChangeLogEntry parseChangeText(std::string_view text);

/// Whether kind, target, action and value fit together as this program writes them (an
/// answer row has a question and no value, a status row a valid status, ...): the reading
/// of a file or a JSON export refuses a row that does not. The rule: the row's sentence
/// reads back as the same row (for a baseline upgrade, whose versions are the baseline's
/// own texts, only that it has no action). `edits` must be at least 1.
bool wellFormed(const ChangeLogEntry& entry);

/// A row without `when` and `user` (the writer fills them in), edits = 1.
ChangeLogEntry changeEntry(ChangeKind kind, std::string target, ChangeAction action,
                           std::string value = {});

// The rows that are not edits (the edits' rows come from logEntry, edit.h).

/// A new, empty document.
ChangeLogEntry createdEntry();
/// A new document from the bundled example.
ChangeLogEntry createdFromSampleEntry();
/// A new revision of a document: `version` is the new document's version number.
ChangeLogEntry revisionEntry(int version);
/// A new document on a newer baseline (dpia-cli upgrade).
ChangeLogEntry baselineEntry(const std::string& fromVersion, const std::string& toVersion);
/// One migration step, `fromVersion` -> `fromVersion + 1`.
ChangeLogEntry schemaEntry(int fromVersion);

} // namespace dpia::storage
