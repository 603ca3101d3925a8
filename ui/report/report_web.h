#pragma once

#include "core/result.h"
#include "core/storage/file_ops.h"
#include "ui/report/report_input.h"

#include <QString>

// The report as one accessible web page, for a municipality's website (the Dutch
// accessibility rules for government websites ask for WCAG 2.1 AA). The content is the
// PDF's, from the same ReportBuilder (Medium::web); only the markup around it differs.
namespace dpia::report {

/// The whole report as a self-contained HTML5 page: <html lang>, a <title>, the CSS in a
/// <style> element, one <main>, the heat maps as tables with captions and header cells,
/// no scripts, no images and no external resources.
QString reportWebPage(const ReportInput& input);

/// QTextDocument's HTML of the builder turned into HTML5: the presentational attributes
/// QTextDocument reads (bgcolor, width, align, cellpadding, border) become CSS; the rest
/// is kept as it is. User text is escaped by the builder, so every tag here is the
/// builder's own.
QString toHtml5(const QString& richText);

/// Writes reportWebPage() as UTF-8 in the same way as the PDF (files::writeOutput: owner
/// only, temp file, fsync, rename; an existing file only when `existing` says so).
Status writeReportHtml(const QString& path, const ReportInput& input,
                       storage::files::Existing existing);

} // namespace dpia::report
