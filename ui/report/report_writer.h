#pragma once

#include "core/result.h"
#include "core/storage/file_ops.h"
#include "ui/report/report_input.h"

#include <QString>

class QPagedPaintDevice;

namespace dpia::report {

/// The report's title for page headers and the web page's <title>: "DPIA — " and the
/// assessment's title, unless that already starts with "DPIA".
QString reportTitle(const ReportInput& input);

/// Paints the report on a printer or PDF writer; the page count, or why it failed.
Result<int> paintReport(QPagedPaintDevice& device, const ReportInput& input);

/// Writes the report as an A4 PDF, readable by the owner only; the page count, or why
/// nothing was written. The PDF is made in memory and then written to a temp file next to
/// `path`, fsynced and renamed into place (files::writeOutput): a full disk or a crash
/// leaves an earlier report as it was; an existing file is replaced only when `existing`
/// says the user chose so (else alreadyExists), and a folder, device, link or DPIA document
/// at `path` is never replaced.
Result<int> writeReportPdf(const QString& path, const ReportInput& input,
                           storage::files::Existing existing);

} // namespace dpia::report
