#pragma once

#include "core/baseline/baseline.h"
#include "core/interchange/import_report.h"
#include "core/result.h"
#include "core/storage/assessment.h"
#include "core/storage/assessment_service.h"

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Reading an export of the CNIL's PIA software (its JSON, or its zip of pia.json and an
// attachments folder) into a new document: the answers that have a counterpart, the three
// CNIL risks as own risks, the measures with their owner and date, the DPO's advice and the
// decision. What has no place is kept aside verbatim (storage::ImportedItem, source
// kCnilSource), so nothing is dropped silently. docs/INTERCHANGE.md.
namespace dpia::interchange {

inline constexpr std::string_view kCnilSource = "cnil-pia";

/// What an untrusted export may be (checked while parsing, before anything is built).
inline constexpr std::size_t kMaxCnilBytes = 16 * 1024 * 1024;
inline constexpr std::size_t kMaxCnilString = 1024 * 1024;
inline constexpr std::size_t kMaxCnilDepth = 16;

/// The folders of the zip export that hold the attachments: the name depends on the
/// language of the CNIL tool's interface.
inline const std::vector<std::string>& cnilAttachmentFolders() {
    static const std::vector<std::string> folders = {"Attachments", "Pièces jointes", "Bijlagen"};
    return folders;
}

struct CnilImport {
    storage::Assessment content;      ///< everything but the baseline, change log and dates
    std::vector<ImportMapped> mapped; ///< in the export's order
    std::vector<ImportAttachment> attachments; ///< listed, not stored (no evidence store yet)
    int empty = 0;                             ///< answers the export had left empty
};

/// Reads the JSON of an export. `attachments` are the files of its zip, if any (listed in
/// the report and kept aside by name, size and SHA-256). Errors: invalidJson (not JSON, not
/// a CNIL export, HTML with active content, a limit broken).
Result<CnilImport> readCnil(std::string_view text, const baseline::Baseline& baseline,
                            std::vector<ImportAttachment> attachments = {});

/// Reads an export file: the JSON, or the zip (pia.json and one attachments folder).
Result<CnilImport> readCnilFile(const std::string& path, const baseline::Baseline& baseline);

/// What `makeFromCnil` made: the new document and the report of what came in.
struct CnilDocument {
    std::unique_ptr<storage::AssessmentService> service;
    CnilImport report;
};

/// The whole import, as the CLI and the app do it: reads `exportPath` (readCnilFile) and
/// makes the new document `targetPath` on `baseline`. Never replaces a file; a refused
/// import leaves nothing behind.
Result<CnilDocument> makeFromCnil(const std::string& exportPath, const std::string& targetPath,
                                  std::shared_ptr<const baseline::Baseline> baseline);

} // namespace dpia::interchange
