#pragma once

#include "core/baseline/baseline.h"
#include "core/compare/revision_source.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment.h"

#include <QDate>

namespace dpia::report {

/// Everything a report shows: the document, the baseline it embeds, its evaluation, and
/// the language to write in (the report speaks it for as long as it is being built).
struct ReportInput {
    const storage::Assessment& assessment;
    const baseline::Baseline& baseline;
    const scoring::Evaluation& evaluation;
    Lang lang = Lang::nl;
    QDate printed = QDate::currentDate(); ///< "today" on the cover and for overdue measures
    /// For a revision whose final was found: what changed since (chapter "Changes since
    /// version N"); null otherwise.
    const compare::ChangesSinceFinal* changes = nullptr;
};

} // namespace dpia::report
