#pragma once

#include "core/result.h"
#include "core/storage/assessment.h"
#include "core/storage/assessment_file.h"
#include "core/storage/file_ops.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

// The JSON interchange format of an assessment (docs/FILE-FORMAT.md, "JSON interchange"):
// {"format": "dpia-assessment", "format_version": 2, ...}. Lossless: export -> import ->
// export gives the same bytes, and an import reproduces the file's content exactly,
// embedded baseline included.
namespace dpia::storage {

inline constexpr std::string_view kJsonFormat = "dpia-assessment";
/// 2 since the change log is structured (kind, target, action, value, edits); version 1
/// exports (a sentence `what` per row) are still read.
inline constexpr int kJsonFormatVersion = 2;
inline constexpr std::size_t kMaxJsonBytes = 16 * 1024 * 1024;

/// The whole assessment in the interchange format (keys sorted, baseline image as base64).
nlohmann::json toJson(const Assessment& assessment);

/// toJson as text: 2-space indent, UTF-8, ending in a newline. Deterministic.
std::string exportJson(const Assessment& assessment);

/// What `dpia-cli show --json` prints: the interchange format without the baseline image,
/// plus "title" and "schema_version" at the top (CLI.md).
nlohmann::json summaryJson(const Assessment& assessment, int schemaVersion);

enum class JsonSource {
    /// An export: every part must be there, baseline image included.
    document,
    /// The bundled sample: baseline, change_log and the dates may be left out; the caller
    /// supplies the program's baseline and the timestamps.
    sample,
};

/// Parses and checks an interchange document strictly (types, sizes: 16 MiB, strings of
/// 1 MiB, depth 64, unknown keys). Errors are invalidJson (newerVersion for a
/// format_version this program does not know) with a message naming the key path.
Result<Assessment> assessmentFromJson(std::string_view text, JsonSource source);

/// exportJson written to an owner-only file (files::writeOutput): an existing file is kept
/// (alreadyExists) unless the user chose to replace it; a document is never replaced.
Status exportToFile(const Assessment& assessment, const std::string& jsonPath,
                    files::Existing existing);

/// Reads `jsonPath` and makes the .dpia file `targetPath` from it (never replacing one);
/// a failed import leaves nothing behind. No baseline checks here: AssessmentService adds
/// them.
Result<std::unique_ptr<AssessmentFile>> importFromFile(const std::string& jsonPath,
                                                       const std::string& targetPath);

} // namespace dpia::storage
