#pragma once

#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"

#include <nlohmann/json_fwd.hpp>

namespace dpia::cli {

/// The `score --json` shape of CLI.md (plus titles, traces in both languages and hints).
nlohmann::json evaluationJson(const baseline::Baseline& baseline,
                              const scoring::Evaluation& evaluation, Lang lang);

std::string_view verdictName(scoring::Verdict verdict);
std::string_view coverageName(scoring::Coverage coverage);

} // namespace dpia::cli
