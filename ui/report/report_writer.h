#pragma once

#include "ui/report/report_input.h"

#include <memory>
#include <vector>

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace dpia::report {

/// The report as text documents, one for each part that starts on a new page (cover,
/// summary, each part of the questionnaire, the registers, ...), ready to paint.
std::vector<std::unique_ptr<QTextDocument>> buildReportDocuments(const ReportInput& input);

/// Paints the report on a printer or PDF writer. Returns the page count (0: failed).
int paintReport(QPagedPaintDevice& device, const ReportInput& input);

/// Writes the report as an A4 PDF, readable by the owner only. Returns the page count,
/// 0 when the file could not be written (then no file is left behind).
int writeReportPdf(const QString& path, const ReportInput& input);

} // namespace dpia::report
