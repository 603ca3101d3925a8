#pragma once

#include "app/cli/cli_context.h"
#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment.h"

namespace dpia::cli {

/// The readable form of `dpia-cli score FILE`: verdict and why, risks from high to low
/// with what moved them, open requirements, completeness, and the safeguards that would
/// lower the most risks.
void printScore(CliContext& context, const baseline::Baseline& baseline,
                const storage::Assessment& assessment, const scoring::Evaluation& evaluation);

} // namespace dpia::cli
