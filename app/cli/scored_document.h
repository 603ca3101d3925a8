#pragma once

#include "core/baseline/baseline.h"
#include "core/result.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment_file.h"

#include <memory>
#include <string>

namespace dpia::cli {

/// A document opened read-only with the baseline it embeds and its evaluation: what
/// `score` and `report` both start from. Read-only, so a file open in the app can be
/// scored and printed too.
struct ScoredDocument {
    std::unique_ptr<storage::AssessmentFile> file;
    std::shared_ptr<const baseline::Baseline> baseline;
    scoring::Evaluation evaluation;

    const storage::Assessment& assessment() const { return file->assessment(); }
};

/// Opens `path`, loads its baseline and evaluates it; the first error on the way.
Result<ScoredDocument> openAndScore(const std::string& path);

} // namespace dpia::cli
