#pragma once

#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"
#include "core/scoring/scoring_input.h"

namespace dpia::scoring {

/// Scores an assessment against its baseline: screening verdict, inherent, current and
/// planned residual risk, requirement coverage, completeness, prior consultation — each
/// with the reasons. Pure and deterministic: the same input gives the same output.
Evaluation evaluate(const baseline::Baseline& baseline, const ScoringInput& input);

/// Whether an answer counts as given (not null, not "", not [], not {}).
bool isAnswered(const nlohmann::json* value);

} // namespace dpia::scoring
