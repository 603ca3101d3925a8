#include "core/scoring/scored_document.h"

#include "core/scoring/assessment_scoring.h"

namespace dpia::scoring {

Result<ScoredDocument> openScored(const std::string& path, storage::OpenMode mode) {
    auto service = storage::AssessmentService::open(path, mode);
    if (!service) {
        return service.error();
    }
    Evaluation evaluation = evaluate(**service);
    return ScoredDocument{std::move(service).value(), std::move(evaluation)};
}

Evaluation evaluate(const storage::AssessmentService& service) {
    return evaluate(service.baseline(), service.assessment());
}

} // namespace dpia::scoring
