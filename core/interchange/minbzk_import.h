#pragma once

#include "core/baseline/baseline.h"
#include "core/interchange/import_report.h"
#include "core/result.h"
#include "core/storage/assessment.h"
#include "core/storage/assessment_service.h"

#include <cstddef>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

// Reading the government's Model DPIA form (assessment-output v2 JSON) into answers of
// this application, by the mapping of minbzk_map.h. What has no counterpart, or does not
// fit its counterpart, is kept aside verbatim (storage::ImportedItem), so nothing is
// dropped silently. docs/INTERCHANGE.md.
namespace dpia::interchange {

/// What an untrusted form file may be (checked while parsing, before anything is built).
inline constexpr std::size_t kMaxMinbzkBytes = 16 * 1024 * 1024;
inline constexpr std::size_t kMaxMinbzkString = 1024 * 1024;
inline constexpr std::size_t kMaxMinbzkDepth = 16;

/// The `$schema` of the output format this program reads and writes.
inline constexpr std::string_view kMinbzkSchema =
    "https://github.com/MinBZK/par-dpia-form/blob/main/schemas/assessment-output.v2.schema.json";

using MinbzkMapped = ImportMapped;

struct MinbzkImport {
    std::string urn;                               ///< "urn:nl:dpia:3.0"
    std::map<std::string, nlohmann::json> answers; ///< valid answers of `baseline`
    std::vector<MinbzkMapped> mapped;              ///< in the form's order
    std::vector<storage::ImportedItem> keptAside;  ///< source = urn
    int empty = 0;                                 ///< answers the form had cleared (null, "")
};

/// Reads a form file. Errors: invalidJson (not JSON, not this format, a form this program
/// has no mapping for), newerVersion (a newer output format or form version).
Result<MinbzkImport> readMinbzk(std::string_view text, const baseline::Baseline& baseline);

/// Reads the form's JSON file, or the PDF the form exported (its JSON is in the PDF's Info
/// dictionary under AssessmentData), and then as readMinbzk.
Result<MinbzkImport> readMinbzkFile(const std::string& path, const baseline::Baseline& baseline);

/// What `makeFromMinbzk` made: the new document and the report of what came in.
struct MinbzkDocument {
    std::unique_ptr<storage::AssessmentService> service;
    MinbzkImport report;
};

/// The whole import, as the CLI and the app do it: reads `formPath` (readMinbzkFile) and
/// makes the new document `targetPath` on `baseline`, titled after the form file, holding
/// the answers and, kept aside, the rest. Never replaces a file; a refused import leaves
/// nothing behind.
Result<MinbzkDocument> makeFromMinbzk(const std::string& formPath, const std::string& targetPath,
                                      std::shared_ptr<const baseline::Baseline> baseline);

} // namespace dpia::interchange
