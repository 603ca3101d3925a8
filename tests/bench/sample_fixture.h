#pragma once

#include "core/baseline/baseline.h"
#include "core/storage/assessment.h"
#include "core/storage/assessment_service.h"

#include <filesystem>
#include <memory>

namespace dpia::bench {

/// The shipped baseline and the bundled sample assessment, loaded once.
const std::shared_ptr<const baseline::Baseline>& shippedBaseline();
const storage::Assessment& sampleAssessment();

/// A path in the temp folder of this process's own: NAME-PID.dpia.
std::filesystem::path benchFile(const char* name);
/// The sample made into a new document at `path` (whatever was there is removed first).
Result<std::unique_ptr<storage::AssessmentService>>
createSampleDocument(const std::filesystem::path& path);

} // namespace dpia::bench
