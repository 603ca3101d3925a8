#pragma once

#include "core/baseline/baseline.h"
#include "core/storage/assessment.h"

#include <memory>

namespace dpia::bench {

/// The shipped baseline and the bundled sample assessment, loaded once.
const std::shared_ptr<const baseline::Baseline>& shippedBaseline();
const storage::Assessment& sampleAssessment();

} // namespace dpia::bench
