#pragma once

#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment.h"

namespace dpia::scoring {

/// Scores a stored assessment against a baseline (normally the one it embeds).
Evaluation evaluate(const baseline::Baseline& baseline, const storage::Assessment& assessment);

/// A safeguard as every page, command and report chapter shows it: the status that counts
/// (the answer, for a safeguard the questionnaire answers), and its evidence (then the
/// question's note). One reading, so no two places can disagree.
struct SafeguardView {
    std::optional<storage::SafeguardStatus> status; ///< none: not decided
    std::string evidence;
    std::string answeredBy; ///< the question that decides it; empty when stored
    bool available = true;  ///< offered by the licence answered
};
SafeguardView viewSafeguard(const baseline::Baseline& baseline,
                            const storage::Assessment& assessment, const Evaluation& evaluation,
                            std::string_view safeguardId);

} // namespace dpia::scoring
