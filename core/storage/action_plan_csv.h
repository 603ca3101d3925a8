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
/// Written for Excel as Dutch offices use it: UTF-8 with a byte-order mark, ';' between
/// fields, CRLF line ends, every field quoted (RFC 4180 quoting). A field that begins with
/// = + - @ (or a tab or CR) gets a leading apostrophe, so a spreadsheet never runs user
/// text as a formula (CSV injection).
std::string actionPlanCsv(const Assessment& assessment, const baseline::Baseline& baseline,
                          Lang lang, const std::string& today);

/// Whether a measure is past its due date on `today` and not done.
bool isOverdue(const Measure& measure, const std::string& today);

} // namespace dpia::storage
