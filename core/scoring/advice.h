#pragma once

#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"

#include <string>
#include <vector>

// "The safeguards that lower the most risks" (docs/SCORING.md, "Advice"): what the report,
// the decision page and `dpia-cli score` recommend next.
namespace dpia::scoring {

struct Advice {
    std::string safeguard;
    std::vector<std::string> risks; ///< the applicable risks above the lowest level it lowers
    int weight = 0;                 ///< how far it lowers them, data subjects' risks counted double
};

/// Safeguards not yet in place (nor ruled out as not applicable, nor outside the licence)
/// ranked by how far they lower applicable risks that are still above the lowest level;
/// risks to data subjects weigh double. Switching a feature off is a safeguard like any
/// other, so it is advised where the baseline offers it. At most `limit`, heaviest first.
std::vector<Advice> adviseSafeguards(const baseline::Baseline& baseline,
                                     const Evaluation& evaluation, std::size_t limit);

} // namespace dpia::scoring
