#include "app/cli/scored_document.h"

#include "core/scoring/assessment_scoring.h"

namespace dpia::cli {

Result<ScoredDocument> openAndScore(const std::string& path) {
    auto file = storage::AssessmentFile::open(path, storage::OpenMode::readOnly);
    if (!file) {
        return file.error();
    }
    auto baseline = baseline::Baseline::load((*file)->assessment().baseline.image);
    if (!baseline) {
        return baseline.error();
    }
    scoring::Evaluation evaluation = scoring::evaluate(**baseline, (*file)->assessment());
    return ScoredDocument{std::move(*file), std::move(*baseline), std::move(evaluation)};
}

} // namespace dpia::cli
