#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace dpia::report {

class PagePainter;

/// Makes one document of a chapter from its HTML (a whole section), laid out for the
/// device's pages as report_writer.cpp makes every chapter (`paged`), or in one column of
/// the pages' width and no page breaks, to measure its rows (prepareForMeasuring).
using DocumentMaker =
    std::function<std::unique_ptr<QTextDocument>(const QString& html, bool paged)>;

/// A chapter with a table of more than kLongTableRows rows (10,000 measures in the action
/// plan), laid out and painted a few pages at a time: each chunk is a document of its own
/// with the table's header row, starting on a new page and ending before a row that would
/// run over a page break, made, painted and freed one after the other.
///
/// Why: painting a long table in Qt costs more per page the longer the table is (cells are
/// looked up in their table), and a document of 10,000 rows holds them all in memory. A
/// table of a few pages is cheap to paint, and only one is held at a time.
///
/// Inside a long table, after the first chunk, each chunk is one page of whole rows: the
/// rows of a few pages are laid out once in one column, measured, and dealt out over pages
/// (fillPages); such a page needs no split lines and is laid out only to be painted.
///
/// Two passes, so the contents and "page X of Y" know every page count before the first
/// page is painted: layOut() makes each chunk, counts its pages and frees it; paint()
/// makes the same chunks again and paints them. A chunk not made by fillPages is laid out
/// with more rows than it paints: it paints up to the table's first page break (or the
/// last row that ends before its last page), the page of that row clipped just above the
/// next row, and the next chunk starts with that row.
/// Painting exactly the document that was counted keeps the counts true whatever Qt
/// does with fewer rows (a column widened by a long word in a later row).
class ChunkedChapter {
public:
    /// `html`: a section whose long tables longTables() finds; `make` its documents.
    ChunkedChapter(QString html, DocumentMaker make);
    ~ChunkedChapter();
    ChunkedChapter(const ChunkedChapter&) = delete;
    ChunkedChapter& operator=(const ChunkedChapter&) = delete;

    /// True when `html` has a table long enough to be cut.
    static bool wanted(const QString& html);

    /// Pass one: plans the chunks on the pages of `device`; the chapter's page count.
    int layOut(QPagedPaintDevice& device);
    /// The text of the chapter's first <h1>, known after layOut.
    const QString& title() const { return title_; }
    /// Pass two: makes, lays out and paints each chunk in turn.
    void paint(QPagedPaintDevice& device, PagePainter& painter) const;

    /// Where a chunk starts or ends: before row `row` of long table `table`; table -1 is
    /// the start of the chapter and table == number of long tables its end.
    struct Cut {
        int table = -1;
        int row = 0;
    };

private:
    struct Table;
    /// Pages from..to are laid out; the first `pages` of them are painted, the last one
    /// only above `bottom` (in the document, -1: whole), where the row that goes on to
    /// the next chunk starts.
    struct Chunk {
        Cut from;
        Cut to;
        int pages = 0;
        qreal bottom = -1;
        bool filled = false; ///< one page of whole rows, made by fillPages
    };

    QString chunkHtml(Cut from, Cut to) const;
    /// The page around the chapter with rows [first, end) of long table `table` only,
    /// under its header row.
    QString tableHtml(int table, int first, int end) const;
    /// Pass one from `from`, a row of a long table at the top of a page: appends a chunk
    /// of one page for each page the following rows fill; the cut after the last of them
    /// (`from` when not one page could be filled this way: the rest of the table is less
    /// than a page, a row is taller than a page, or the rows are not all alike).
    Cut fillPages(QPagedPaintDevice& device, Cut from, int& rowsPerPage);
    /// What a page of rows of `table` adds above and below them, measured once.
    struct Frame;
    const Frame* frameOf(int table, QPagedPaintDevice& device);
    /// The cut `rows` rows of long tables after `from` (or the chapter's end).
    Cut after(Cut from, int rows) const;
    /// In `trial`, laid out from `from` to `to`: the row that starts the next chunk, with
    /// the pages and bottom to paint before it: the first row of a long table that does not
    /// end on the page where the row before it ends (the first page break in the table),
    /// or else the one after the last row ending before the trial's last page; `from` when
    /// there is none.
    Chunk lastCut(QTextDocument& trial, Cut from, Cut to) const;

    QString html_;
    DocumentMaker make_;
    qsizetype bodyStart_ = 0; ///< just after <body ...>
    std::vector<Table> tables_;
    std::vector<Chunk> chunks_;
    std::vector<std::unique_ptr<Frame>> frames_; ///< per long table, when measured
    QString title_;
};

} // namespace dpia::report
