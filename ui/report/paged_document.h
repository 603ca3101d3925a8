#pragma once

#include <vector>

#include <QPainter>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace dpia::report {

/// What stands on every page besides the body.
struct PageDecoration {
    QString headerLeft;  ///< e.g. the assessment title
    QString headerRight; ///< e.g. the classification marking ("Intern gebruik")
};

/// Lays `parts` out one after the other on A4 pages of `device` (a QPdfWriter or a
/// QPrinter), each part starting on a new page, with a header line and a "page X of Y"
/// footer (Y counts the pages of all parts) in the current UI language.
/// Returns the number of pages painted, or 0 when the device could not be painted on.
///
/// Separate documents instead of one with page breaks: a change made while keeping
/// headings with their text re-lays out only the rest of its own part, and painting one
/// page walks one part, not the whole report.
int paintPaged(QPagedPaintDevice& device, const std::vector<QTextDocument*>& parts,
               const PageDecoration& decoration);
/// paintPaged in two steps, for a caller that needs the page counts before painting (a
/// table of contents): lays each part out on A4 pages of `device` and returns its page
/// count; then paints parts laid out so.
std::vector<int> layOutPages(QPagedPaintDevice& device, const std::vector<QTextDocument*>& parts);
int paintLaidOut(QPagedPaintDevice& device, const std::vector<QTextDocument*>& parts,
                 const std::vector<int>& pageCounts, const PageDecoration& decoration);
/// layOutPages for one part; its page count.
int layOutPart(QPagedPaintDevice& device, QTextDocument& part);

/// The painting of paintLaidOut, for a caller that hands it its documents one at a time
/// (a long table's chunks, made and freed one after another): pages with header and
/// "page X of Y" footer, numbered on from one document to the next.
class PagePainter {
public:
    /// `pageCount`: the Y of "page X of Y", all pages of all documents to come.
    PagePainter(QPagedPaintDevice& device, const PageDecoration& decoration, int pageCount);
    ~PagePainter();
    PagePainter(const PagePainter&) = delete;
    PagePainter& operator=(const PagePainter&) = delete;

    /// False when the device could not be painted on.
    bool painting() const { return painting_; }
    /// Paints the first `pages` pages of `part`, laid out by layOutPages or layOutPart;
    /// the last of them only above `bottom` (a height in the document) when it is >= 0.
    void paint(const QTextDocument& part, int pages, qreal bottom = -1);
    /// Finishes the last page; the number of pages painted.
    int end();

private:
    QPagedPaintDevice& device_;
    PageDecoration decoration_;
    int pageCount_ = 0;
    QPainter painter_;
    QRectF page_;
    QRectF body_;
    qreal band_ = 0;
    int painted_ = 0;
    bool painting_ = false;
};

/// Sets the A4 page layout on `device` and lays `document` out on its pages, at its
/// resolution. Call before setHtml: a document whose layout is made later is laid out once
/// for the screen and then again for the page (layOutPages keeps what is set here).
void prepareForPages(QTextDocument& document, QPagedPaintDevice& device);

/// Like prepareForPages, but one column of the pages' width without page breaks: what is
/// laid out so is as it would be on a page, to measure before the pages are cut.
void prepareForMeasuring(QTextDocument& document, QPagedPaintDevice& device);
/// The size of the body of an A4 page of `device` (between header and footer), in the
/// device's pixels: a page of a document made by prepareForPages.
QSizeF pageBodySize(QPagedPaintDevice& device);

/// The text of the first heading of `level` (1 for <h1>) in `document`, or empty.
QString firstHeading(const QTextDocument& document, int level);
int paintPaged(QPagedPaintDevice& device, QTextDocument& document,
               const PageDecoration& decoration);

/// Moves a heading (or run of headings, such as a part, its first section and its first
/// question) that would stand alone at the foot of a page to the next page, in one pass
/// from the top: it goes with the first line of what follows, or with the whole of a
/// short table. (Rows of long tables may still break over two pages, as in a word
/// processor; the header row repeats.) The page size must be set.
void keepTogether(QTextDocument& document);

/// Splits every paragraph that runs on to a next page into two, at the first line on that
/// page, without moving a line. Qt paints a paragraph's last line above the page once
/// more, clipped away but still in the PDF's text: a reader searching, copying or
/// listening (screen reader) would find that line twice. The layout must be complete.
void splitAtPageBreaks(QTextDocument& document);

/// Writes `document` as an A4 PDF to `path`. Returns the page count, 0 on failure.
int writePdf(const QString& path, QTextDocument& document, const PageDecoration& decoration);

} // namespace dpia::report
