#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The user's document in memory: plain data, no behaviour. AssessmentFile keeps one of
// these in step with the .dpia file (docs/FILE-FORMAT.md); the JSON interchange format
// and the CLI read and write it. Texts are UTF-8; dates are "YYYY-MM-DD" (or empty when
// not set); timestamps are ISO-8601 UTC "YYYY-MM-DDTHH:MM:SSZ".
namespace dpia::storage {

enum class DocumentStatus { draft, inReview, final };
enum class SafeguardStatus { implemented, planned, notImplemented, notApplicable };
enum class MeasureStatus { open, inProgress, done };
enum class SignoffRole { fg, ciso, processOwner, controller, dataSubjects };

/// What a change-log row is about (docs/FILE-FORMAT.md, "The change log"). A closed set:
/// the file's CHECK constraint and the JSON reader refuse anything else.
enum class ChangeKind {
    created,      ///< the file was made (value "sample" when from the bundled example)
    revision,     ///< made as a new revision of another document (value: its version)
    baseline,     ///< made on a newer baseline (target: old version, value: new version)
    schema,       ///< the file was migrated one schema step (target: from, value: to)
    metadata,     ///< the description of the document
    status,       ///< the document status (value: the new status)
    answer,       ///< target: the question
    note,         ///< target: the question
    safeguard,    ///< target: the safeguard; value: the new status when set
    riskOverride, ///< "override"; target: the baseline risk
    customRisk,   ///< "custom-risk"; target: the own risk
    measure,      ///< target: the measure
    signoff,      ///< target: the advice or decision
    other,        ///< a sentence of an older file that no form above matches (value: it)
};
/// What happened to the target; `none` (stored as "") for the kinds that only say that
/// something happened: created, revision, baseline, schema, other.
enum class ChangeAction { none, set, cleared, added, updated, removed };

/// The editable description of the document (setMetadata writes all of these).
struct Metadata {
    std::string title;
    std::string organisation;
    std::string processing; ///< the name of the processing the DPIA is about
    std::string processOwner;
    std::string author;
    int version = 1;            ///< the document's own version number (1, 2, ... per review)
    std::string classification; ///< marking printed on the report, e.g. "Intern" (schema v2)

    bool operator==(const Metadata&) const = default;
};

struct SafeguardEntry {
    SafeguardStatus status = SafeguardStatus::planned;
    std::string evidence;

    bool operator==(const SafeguardEntry&) const = default;
};

/// The user's own score for a baseline risk; never without a justification.
struct RiskOverride {
    int likelihood = 1; ///< 1..4 (the matrix)
    int impact = 1;     ///< 1..4
    std::string justification;

    bool operator==(const RiskOverride&) const = default;
};

struct CustomRisk {
    std::string id; ///< "cr-N"; generated when added with an empty id
    std::string title;
    std::string description;
    int likelihood = 1;
    int impact = 1;

    bool operator==(const CustomRisk&) const = default;
};

struct Measure {
    std::string id; ///< "m-N"; generated when added with an empty id
    std::string title;
    std::vector<std::string> risks; ///< baseline or custom risk ids this measure addresses
    std::string owner;
    std::string due; ///< "YYYY-MM-DD" or empty
    MeasureStatus status = MeasureStatus::open;

    bool operator==(const Measure&) const = default;
};

/// An advice or decision: the FG's advice, the CISO's, the controller's decision, ...
struct Signoff {
    std::string id; ///< "so-N"; generated when added with an empty id
    SignoffRole role = SignoffRole::fg;
    std::string name;
    std::string date; ///< "YYYY-MM-DD" or empty
    std::string text;
    std::string outcome;

    bool operator==(const Signoff&) const = default;
};

/// One row of the change log: kinds, ids and statuses only, never content (no answer
/// text, names or evidence). One row per transaction: for a list of edits, the first
/// edit's kind, target and action, and how many edits the list held.
struct ChangeLogEntry {
    std::string when; ///< ISO-8601 UTC
    std::string user; ///< OS account that made the change
    ChangeKind kind = ChangeKind::other;
    std::string target; ///< the id the change is about; empty for the whole document
    ChangeAction action = ChangeAction::none;
    std::string value; ///< a status or version number where the kind has one, else empty
    int edits = 1;     ///< how many edits were applied together in this one transaction

    bool operator==(const ChangeLogEntry&) const = default;
};

/// The baseline snapshot the document was made with, embedded so it scores the same on
/// every install.
struct EmbeddedBaseline {
    std::string id;
    std::string version;
    std::string hash; ///< the baseline's content hash (SHA-256 hex)
    std::vector<std::uint8_t> image;

    bool operator==(const EmbeddedBaseline&) const = default;
};

/// Something an import brought in that has no place in this application's model, kept
/// verbatim so that nothing is dropped silently (docs/INTERCHANGE.md): the report's
/// "Imported, not mapped" appendix lists these. Written once, when the import makes the
/// document; no edit changes them.
struct ImportedItem {
    std::string source; ///< what it came from, e.g. "urn:nl:dpia:3.0" (a format's own name)
    std::string key;    ///< where it was in the source, e.g. "2.1[0].2.1.5" or "metadata.createdBy"
    nlohmann::json value; ///< the source's value, as it was
    bool operator==(const ImportedItem&) const = default;
};

struct Assessment {
    Metadata metadata;
    DocumentStatus status = DocumentStatus::draft;
    std::string created;  ///< set when the file is made
    std::string modified; ///< set by every edit

    std::map<std::string, nlohmann::json> answers; ///< question id -> answer value
    std::map<std::string, std::string> notes;      ///< question id -> the user's note
    std::map<std::string, SafeguardEntry> safeguards;
    std::map<std::string, RiskOverride> riskOverrides;
    std::vector<CustomRisk> customRisks; ///< in the order they were added
    std::vector<Measure> measures;
    std::vector<Signoff> signoffs;
    std::vector<ChangeLogEntry> changeLog; ///< oldest first
    std::vector<ImportedItem> imported;    ///< kept aside by an import, in its order (schema 4)

    EmbeddedBaseline baseline;

    bool operator==(const Assessment&) const = default;
};

// Stable names, as stored in the file and in JSON ("in-review", "not-applicable", ...).
std::string_view statusName(DocumentStatus status);
std::string_view safeguardStatusName(SafeguardStatus status);
std::string_view measureStatusName(MeasureStatus status);
std::string_view roleName(SignoffRole role);
std::string_view changeKindName(ChangeKind kind);
std::string_view changeActionName(ChangeAction action);

std::optional<DocumentStatus> parseDocumentStatus(std::string_view name);
std::optional<SafeguardStatus> parseSafeguardStatus(std::string_view name);
std::optional<MeasureStatus> parseMeasureStatus(std::string_view name);
std::optional<SignoffRole> parseSignoffRole(std::string_view name);
std::optional<ChangeKind> parseChangeKind(std::string_view name);
std::optional<ChangeAction> parseChangeAction(std::string_view name);

} // namespace dpia::storage
