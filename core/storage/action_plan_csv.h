#pragma once

#include "core/lang.h"
#include "core/storage/assessment.h"

#include <string>

namespace dpia::baseline {
class Baseline;
}

namespace dpia::storage {

/// The action plan (the measures) as CSV for a spreadsheet: one header row in `lang`, one
/// row per measure with its title, the risks it addresses (by title), owner, due date,
/// status and whether it is overdue on `today` ("YYYY-MM-DD").
///
/// Written by the safe CSV rules of safe_csv.h (Excel, ';', quoted, formulas defused).
std::string actionPlanCsv(const Assessment& assessment, const baseline::Baseline& baseline,
                          Lang lang, const std::string& today);

/// Whether a measure is past its due date on `today` and not done.
bool isOverdue(const Measure& measure, const std::string& today);

} // namespace dpia::storage
