#pragma once

#include "core/result.h"
#include "core/storage/assessment.h"

#include <cstddef>
#include <string>

// The structural rules every value obeys before it is written to a file, whether it comes
// from an edit or from an imported JSON document. They keep every file exportable and
// re-importable (the limits match the JSON interchange limits). Whether an id exists in the
// baseline is not checked here: AssessmentService does that, since it has the baseline.
namespace dpia::storage::validate {

inline constexpr std::size_t kMaxText = 1024 * 1024;            ///< bytes of any one string
inline constexpr std::size_t kMaxIdLength = 128;                ///< bytes of an id
inline constexpr std::size_t kMaxAnswerDepth = 32;              ///< nesting of one answer value
inline constexpr std::size_t kMaxAnswerBytes = 4 * 1024 * 1024; ///< one answer, as JSON text
inline constexpr int kMinScore = 1;                             ///< likelihood and impact ...
inline constexpr int kMaxScore = 4;                             ///< ... on the 4 x 4 matrix
inline constexpr int kMaxDocumentVersion = 1'000'000;

bool isUtf8(const std::string& text);

/// A text field: valid UTF-8 without NUL, at most kMaxText bytes.
Status text(const std::string& field, const std::string& value);
/// An id: 1..128 of [A-Za-z0-9_.-], starting with a letter or digit.
Status id(const std::string& field, const std::string& value);
/// "YYYY-MM-DD" (a real date), or empty when `mayBeEmpty`.
Status date(const std::string& field, const std::string& value, bool mayBeEmpty);
/// "YYYY-MM-DDTHH:MM:SSZ".
Status timestamp(const std::string& field, const std::string& value);
Status score(const std::string& field, int value);
/// Any JSON value within the depth and size limits, strings valid UTF-8; not null (null
/// clears an answer and is never stored).
Status answerValue(const std::string& questionId, const nlohmann::json& value);

Status metadata(const Metadata& value);
Status riskOverride(const std::string& riskId, const RiskOverride& value);
Status customRisk(const std::string& field, const CustomRisk& value);
Status measure(const std::string& field, const Measure& value);
Status signoff(const std::string& field, const Signoff& value);
Status changeLogEntry(const std::string& field, const ChangeLogEntry& value);
Status embeddedBaseline(const EmbeddedBaseline& value);

/// Everything above for a whole document, plus unique ids in each list (for import).
Status assessment(const Assessment& value);

} // namespace dpia::storage::validate
