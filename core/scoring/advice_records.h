#pragma once

#include "core/baseline/baseline.h"
#include "core/lang.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment.h"

#include <string>
#include <vector>

// The advice of the DPO (art. 35(2)) and the CISO, the views of data subjects (art. 35(9))
// and the controller's decision are asked in the questionnaire's closing part and can be
// recorded as sign-offs too. They are one record each (docs/SCORING.md, "One fact, one
// place"): every chapter of the report, the decision page and `check` read them from here.
namespace dpia::scoring {

struct AdviceRecord {
    storage::SignoffRole role = storage::SignoffRole::fg;
    std::string signoff; ///< the sign-off's id; empty when only the questionnaire has it
    std::string name;
    std::string date;
    std::string text;    ///< the sign-off's text, or the questionnaire's answer when it has none
    std::string outcome; ///< the sign-off's outcome, or the decision chosen in the questionnaire
};

/// One record per sign-off, in role order (DPO, CISO, data subjects, process owner,
/// controller), each completed from the questionnaire; a role asked in the questionnaire
/// but without a sign-off gets a record of its own.
std::vector<AdviceRecord> adviceRecords(const baseline::Baseline& baseline,
                                        const storage::Assessment& assessment, Lang lang);

/// Where the two places of one record say different things, and where the answer on prior
/// consultation contradicts the residual risks.
void adviceFindings(const baseline::Baseline& baseline, const storage::Assessment& assessment,
                    const Evaluation& evaluation, std::vector<Finding>& findings);

} // namespace dpia::scoring
