#pragma once

#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment.h"

namespace dpia::scoring {

/// Scores a stored assessment against a baseline (normally the one it embeds).
Evaluation evaluate(const baseline::Baseline& baseline, const storage::Assessment& assessment);

} // namespace dpia::scoring
