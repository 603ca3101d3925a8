#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace dpia::report {

/// What stands on every page besides the body.
struct PageDecoration {
    QString headerLeft;  ///< e.g. the assessment title
    QString headerRight; ///< e.g. the classification marking ("Intern gebruik")
};

/// Lays `document` out on A4 pages of `device` (a QPdfWriter or a QPrinter) with a
/// header line and a "page X of Y" footer in the current UI language.
/// Returns the number of pages painted, or 0 when the device could not be painted on.
int paintPaged(QPagedPaintDevice& device, QTextDocument& document,
               const PageDecoration& decoration);

/// Gives a page break to every heading that would otherwise stand alone at the foot of a
/// page (its next block starts on the next page). The page size must be set.
void keepHeadingsWithNext(QTextDocument& document);

/// Writes `document` as an A4 PDF to `path`. Returns the page count, 0 on failure.
int writePdf(const QString& path, QTextDocument& document, const PageDecoration& decoration);

} // namespace dpia::report
