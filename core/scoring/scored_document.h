#pragma once

#include "core/result.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment_service.h"

#include <memory>
#include <string>

namespace dpia::scoring {

/// A document opened with the baseline it embeds and its evaluation: what the app's
/// window, `dpia-cli score` and `dpia-cli report` all start from.
struct ScoredDocument {
    std::unique_ptr<storage::AssessmentService> service;
    Evaluation evaluation;

    const storage::Assessment& assessment() const { return service->assessment(); }
    const baseline::Baseline& baseline() const { return service->baseline(); }
};

/// Opens `path` (AssessmentService::open: the checks, the lock for readWrite, the embedded
/// baseline) and evaluates it; the first error on the way. Reading only needs readOnly, so
/// a file open in the app can be scored and printed too.
Result<ScoredDocument> openScored(const std::string& path, storage::OpenMode mode);

/// The evaluation of an open document (after an edit, or of a new one).
Evaluation evaluate(const storage::AssessmentService& service);

} // namespace dpia::scoring
