#pragma once

#include "ui/report/report_input.h"

#include <memory>

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace dpia::report {

/// The whole report as a text document, ready to paint or preview.
std::unique_ptr<QTextDocument> buildReportDocument(const ReportInput& input);

/// Paints the report on a printer or PDF writer. Returns the page count (0: failed).
int paintReport(QPagedPaintDevice& device, const ReportInput& input);

/// Writes the report as an A4 PDF, readable by the owner only. Returns the page count,
/// 0 when the file could not be written.
int writeReportPdf(const QString& path, const ReportInput& input);

} // namespace dpia::report
