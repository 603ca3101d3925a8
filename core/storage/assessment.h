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

/// One row of the change log: ids and kinds only ("answer a2_data_items"), never content.
struct ChangeLogEntry {
    std::string when; ///< ISO-8601 UTC
    std::string user; ///< OS account that made the change
    std::string what;

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

    EmbeddedBaseline baseline;

    bool operator==(const Assessment&) const = default;
};

// Stable names, as stored in the file and in JSON ("in-review", "not-applicable", ...).
std::string_view statusName(DocumentStatus status);
std::string_view safeguardStatusName(SafeguardStatus status);
std::string_view measureStatusName(MeasureStatus status);
std::string_view roleName(SignoffRole role);

std::optional<DocumentStatus> parseDocumentStatus(std::string_view name);
std::optional<SafeguardStatus> parseSafeguardStatus(std::string_view name);
std::optional<MeasureStatus> parseMeasureStatus(std::string_view name);
std::optional<SignoffRole> parseSignoffRole(std::string_view name);

} // namespace dpia::storage
