#include "ui/report/table_chunks.h"

#include "ui/report/long_tables.h"
#include "ui/report/paged_document.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QtGlobal>

namespace dpia::report {
namespace {

/// Rows a chunk is first tried with, before the chapter shows how many fit on a page.
constexpr int kFirstTrialRows = 60;
/// Pages a chunk aims at: painting costs more per page in a longer table; every chunk
/// is laid out more often than painted (trial, count, paint), the trial a page longer.
constexpr int kChunkPages = 8;
/// Pages of rows fillPages measures in one document: a longer table costs more per row.
constexpr int kMeasuredPages = 6;
/// Room left at the foot of a filled page, in device pixels (300 dpi: 0.3 mm), so a sum
/// of measured heights rounded differently can never push a row on to a second page.
constexpr qreal kFillSlack = 4.0;
/// Measured heights that agree to this are the same (device pixels).
constexpr qreal kSameHeight = 0.01;

/// How many tables outside tables stand in `html` before `position`: Qt makes each a
/// frame of the document's root frame, in this order.
int rootTablesBefore(const QString& html, qsizetype position) {
    int count = 0;
    int depth = 0;
    qsizetype at = 0;
    while (true) {
        const qsizetype open = html.indexOf(QLatin1String("<table"), at);
        const qsizetype close = html.indexOf(QLatin1String("</table>"), at);
        const qsizetype next = open >= 0 && (close < 0 || open < close) ? open : close;
        if (next < 0 || next >= position) {
            return count;
        }
        if (next == open) {
            count += depth == 0 ? 1 : 0;
            ++depth;
        } else {
            depth = std::max(0, depth - 1);
        }
        at = next + 1;
    }
}

/// Where a row of `table` ends on the page: the lowest last line of its cells.
qreal rowBottom(QTextDocument& document, QTextTable& table, int row) {
    qreal bottom = 0;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextBlock last = table.cellAt(row, column).lastCursorPosition().block();
        bottom = std::max(bottom, document.documentLayout()->blockBoundingRect(last).bottom());
    }
    return bottom;
}

/// Where a row of `table` starts: the highest first line of its cells.
qreal rowTop(QTextDocument& document, QTextTable& table, int row) {
    qreal top = std::numeric_limits<qreal>::max();
    for (int column = 0; column < table.columns(); ++column) {
        const QTextBlock first = table.cellAt(row, column).firstCursorPosition().block();
        top = std::min(top, document.documentLayout()->blockBoundingRect(first).top());
    }
    return top;
}

/// The line between two rows, `above` ending at `bottom` and `below` starting at `top` on
/// the same page: below the first row's padding and bottom edge, above the second's top
/// edge and padding. Measured in the layout, so whatever scale Qt lays out at.
qreal cellEdgeBetween(QTextTable& table, int above, qreal bottom, qreal top) {
    const qreal padding = table.format().cellPadding();
    const qreal edgeBelow = table.cellAt(above, 0).format().toTableCellFormat().bottomBorder();
    const qreal edgeAbove = table.cellAt(above + 1, 0).format().toTableCellFormat().topBorder();
    const qreal whole = 2 * padding + edgeBelow + edgeAbove;
    return whole > 0 ? bottom + (top - bottom) * (padding + edgeBelow) / whole : top;
}

bool same(ChunkedChapter::Cut a, ChunkedChapter::Cut b) {
    return a.table == b.table && a.row == b.row;
}

} // namespace

/// A long table of the chapter: where it starts, where each body row starts, and where
/// the last row ends (the table's closing tags follow).
struct ChunkedChapter::Table {
    qsizetype start = 0;
    qsizetype end = 0;
    std::vector<qsizetype> rows; ///< each body row's "<tr", then the end of the last
    int rootIndex = 0;

    int rowCount() const { return static_cast<int>(rows.size()) - 1; }
};

/// What a page holding only rows of a long table has besides them: its column widths and
/// the height below the last row's text, measured in a document with the header row only.
struct ChunkedChapter::Frame {
    std::vector<QRectF> columns; ///< the header cells' first lines
    qreal tail = 0;              ///< from the bottom of a row's text to the document's end
};

namespace {

/// The rectangle of each cell's first line in `row`: where its column is and how wide.
std::vector<QRectF> columnsOf(QTextDocument& document, QTextTable& table, int row) {
    std::vector<QRectF> columns;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextBlock first = table.cellAt(row, column).firstCursorPosition().block();
        const QRectF line = document.documentLayout()->blockBoundingRect(first);
        columns.emplace_back(line.left(), 0, line.width(), 0);
    }
    return columns;
}

/// The one table of a document made by tableHtml.
QTextTable* onlyTable(QTextDocument& document) {
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            return table;
        }
    }
    return nullptr;
}

} // namespace

ChunkedChapter::ChunkedChapter(QString html, DocumentMaker make)
    : html_(std::move(html)), make_(std::move(make)) {
    const qsizetype body = html_.indexOf(QLatin1String("<body"));
    bodyStart_ = body < 0 ? 0 : html_.indexOf(QLatin1Char('>'), body) + 1;
    for (const TableSpan& span : longTables(html_)) {
        Table table;
        table.start = span.start;
        table.end = span.end;
        const qsizetype headEnd = html_.indexOf(QLatin1String("</thead>"), span.start);
        qsizetype at = headEnd >= 0 && headEnd < span.end
                           ? headEnd
                           : html_.indexOf(QLatin1Char('>'), span.start);
        while (true) {
            at = html_.indexOf(QLatin1String("<tr"), at + 1);
            if (at < 0 || at >= span.end) {
                break;
            }
            const QChar after = html_.at(at + 3);
            if (after == QLatin1Char('>') || after.isSpace()) {
                table.rows.push_back(at);
            }
        }
        if (table.rows.empty()) {
            continue;
        }
        const qsizetype bodyEnd = html_.lastIndexOf(QLatin1String("</tbody>"), span.end);
        const qsizetype tableEnd = span.end - QLatin1String("</table>").size();
        table.rows.push_back(bodyEnd > table.rows.back() ? bodyEnd : tableEnd);
        table.rootIndex = rootTablesBefore(html_, span.start);
        if (table.rowCount() > 1) {
            tables_.push_back(std::move(table));
        }
    }
}

ChunkedChapter::~ChunkedChapter() = default;

QString ChunkedChapter::tableHtml(int table, int first, int end) const {
    const Table& t = tables_[table];
    QString out = html_.left(bodyStart_);
    out += QStringView(html_).mid(t.start, t.rows.front() - t.start);
    out += QStringView(html_).mid(t.rows[first], t.rows[end] - t.rows[first]);
    out += QStringView(html_).mid(t.rows.back(), t.end - t.rows.back());
    return out + QStringLiteral("</body></html>");
}

const ChunkedChapter::Frame* ChunkedChapter::frameOf(int table, QPagedPaintDevice& device) {
    frames_.resize(tables_.size());
    if (!frames_[table]) {
        auto frame = std::make_unique<Frame>();
        std::unique_ptr<QTextDocument> header = make_(tableHtml(table, 0, 0), false);
        (void)device;
        QTextTable* only = onlyTable(*header);
        if (only != nullptr && only->rows() == 1) {
            frame->columns = columnsOf(*header, *only, 0);
            frame->tail =
                header->documentLayout()->documentSize().height() - rowBottom(*header, *only, 0);
        }
        frames_[table] = std::move(frame);
    }
    return frames_[table]->columns.empty() ? nullptr : frames_[table].get();
}

ChunkedChapter::Cut ChunkedChapter::fillPages(QPagedPaintDevice& device, Cut from,
                                              int& rowsPerPage) {
    const Frame* frame = frameOf(from.table, device);
    if (frame == nullptr) {
        return from;
    }
    const int rowCount = tables_[from.table].rowCount();
    while (true) {
        const int first = from.row;
        const int measured = std::min(rowCount - first, rowsPerPage * kMeasuredPages + 1);
        if (measured < 2) {
            return from;
        }
        std::unique_ptr<QTextDocument> rows =
            make_(tableHtml(from.table, first, first + measured), false);
        QTextTable* table = onlyTable(*rows);
        const int header = table != nullptr ? table->format().headerRowCount() : 0;
        // Not the rows counted in the HTML, or columns that a long word in these rows made
        // wider than the header alone has them (a page of fewer rows could differ): the
        // page-sized chunks cannot be known from here.
        if (table == nullptr || header != 1 || table->rows() != header + measured) {
            return from;
        }
        const std::vector<QRectF> columns = columnsOf(*rows, *table, 0);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (std::abs(columns[c].left() - frame->columns[c].left()) > kSameHeight ||
                std::abs(columns[c].width() - frame->columns[c].width()) > kSameHeight) {
                return from;
            }
        }
        std::vector<qreal> tops;
        std::vector<qreal> bottoms;
        for (int row = 0; row < measured; ++row) {
            tops.push_back(rowTop(*rows, *table, header + row));
            bottoms.push_back(rowBottom(*rows, *table, header + row));
        }
        // Every row must sit in its cells alike (the same space between one row's text and
        // the next's, the same below the last): then a page of any of them is as high as
        // the sum says.
        const qreal tail = rows->documentLayout()->documentSize().height() - bottoms.back();
        // (The header row's bold text sits a fraction of a pixel differently: kFillSlack.)
        bool alike = std::abs(tail - frame->tail) <= kFillSlack / 2;
        for (int row = 1; alike && row < measured; ++row) {
            alike =
                std::abs((tops[row] - bottoms[row - 1]) - (tops[1] - bottoms[0])) <= kSameHeight;
        }
        if (!alike) {
            return from;
        }
        const qreal room = pageBodySize(device).height() - kFillSlack;
        const qreal head = tops.front();
        int filled = 0;
        int pages = 0;
        int start = 0;
        while (true) {
            // The most rows from `start` on that fit; a page is known only when the row
            // that does not fit was measured too.
            int end = start;
            while (end < measured && head + bottoms[end] - tops[start] + tail <= room) {
                ++end;
            }
            if (end == measured || end == start) {
                break; // the rest fits on a page (or one row does not fit on any)
            }
            chunks_.push_back(
                {{from.table, first + start}, {from.table, first + end}, 1, -1, true});
            filled += end - start;
            ++pages;
            start = end;
        }
        if (start == 0) {
            return from;
        }
        rowsPerPage = std::max(1, filled / pages);
        from = {from.table, first + start};
    }
}

bool ChunkedChapter::wanted(const QString& html) {
    return !longTables(html).empty();
}

QString ChunkedChapter::chunkHtml(Cut from, Cut to) const {
    QString out;
    qsizetype at = 0;
    if (from.table >= 0) {
        const Table& table = tables_[from.table];
        // The page around the chapter, then the table's own tag and header row.
        out = html_.left(bodyStart_);
        out += QStringView(html_).mid(table.start, table.rows.front() - table.start);
        at = table.rows[from.row];
    }
    if (to.table >= static_cast<int>(tables_.size())) {
        out += QStringView(html_).mid(at);
        return out;
    }
    const Table& table = tables_[to.table];
    if (to.row == 0) {
        out += QStringView(html_).mid(at, table.start - at);
    } else {
        out += QStringView(html_).mid(at, table.rows[to.row] - at);
        out += QStringView(html_).mid(table.rows.back(), table.end - table.rows.back());
    }
    return out + QStringLiteral("</body></html>");
}

ChunkedChapter::Cut ChunkedChapter::after(Cut from, int rows) const {
    int table = std::max(from.table, 0);
    int row = from.table >= 0 ? from.row : 0;
    for (; table < static_cast<int>(tables_.size()); ++table, row = 0) {
        const int left = tables_[table].rowCount() - row;
        if (rows < left) {
            return {table, row + rows};
        }
        rows -= left;
    }
    return {static_cast<int>(tables_.size()), 0};
}

ChunkedChapter::Chunk ChunkedChapter::lastCut(QTextDocument& trial, Cut from, Cut to) const {
    const qreal pageHeight = trial.pageSize().height();
    const qreal limit = (trial.pageCount() - 1) * pageHeight;
    std::vector<QTextTable*> roots;
    for (QTextFrame* frame : trial.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            roots.push_back(table);
        }
    }
    const int base = from.table >= 0 ? tables_[from.table].rootIndex : 0;
    Cut best = from;
    QTextTable* bestTable = nullptr;
    int bestRow = 0; // in bestTable, header rows counted
    const int lastTable = std::min(to.table, static_cast<int>(tables_.size()) - 1);
    for (int t = std::max(from.table, 0); t <= lastTable; ++t) {
        const int first = t == from.table ? from.row : 0;
        const int last = t == to.table ? to.row : tables_[t].rowCount();
        if (last - first < 2) {
            continue;
        }
        const auto index = static_cast<std::size_t>(tables_[t].rootIndex - base);
        QTextTable* table = index < roots.size() ? roots[index] : nullptr;
        const int header = table != nullptr ? table->format().headerRowCount() : 0;
        // Not the table counted in the HTML: no cut here (the chunk grows instead).
        if (table == nullptr || table->rows() != header + last - first) {
            break;
        }
        bool past = false;
        for (int row = 1; row < last - first; ++row) {
            // The next chunk may start at a row whose predecessor ends before the last page.
            const qreal above = rowBottom(trial, *table, header + row - 1);
            if (above > limit) {
                past = true;
                break;
            }
            best = {t, first + row};
            bestTable = table;
            bestRow = header + row;
            // The first page break in the table ends the chunk, before the row it would cut
            // or push on: from there fillPages deals whole rows out over pages.
            if (static_cast<int>(rowBottom(trial, *table, header + row) / pageHeight) !=
                static_cast<int>(above / pageHeight)) {
                past = true;
                break;
            }
        }
        if (past) {
            break;
        }
    }
    if (bestTable == nullptr) {
        return {from, to, 0, -1};
    }
    const qreal bottom = rowBottom(trial, *bestTable, bestRow - 1);
    const qreal top = rowTop(trial, *bestTable, bestRow);
    const int page = static_cast<int>(bottom / pageHeight);
    // The next row starts on this page: paint down to the edge between the two rows only.
    const qreal clip = static_cast<int>(top / pageHeight) == page
                           ? cellEdgeBetween(*bestTable, bestRow - 1, bottom, top)
                           : -1;
    return {best, to, page + 1, clip};
}

int ChunkedChapter::layOut(QPagedPaintDevice& device) {
    chunks_.clear();
    const int end = static_cast<int>(tables_.size());
    Cut from;
    int trialRows = kFirstTrialRows;
    int total = 0;
    while (true) {
        const Cut to = after(from, trialRows);
        std::unique_ptr<QTextDocument> trial = make_(chunkHtml(from, to), true);
        const int trialPages = layOutPart(device, *trial);
        if (chunks_.empty()) {
            title_ = firstHeading(*trial, 1);
        }
        if (to.table == end) {
            chunks_.push_back({from, to, trialPages, -1});
            return total + trialPages;
        }
        const Chunk cut = lastCut(*trial, from, to);
        if (same(cut.from, from)) {
            trialRows *= 2; // not one row ends before the trial's last page
            continue;
        }
        chunks_.push_back({from, to, cut.pages, cut.bottom});
        total += cut.pages;
        // The next trial: a page more than a chunk should hold, at this chunk's rows a page.
        int rows = 0;
        for (Cut at = from; !same(at, cut.from); at = after(at, 1)) {
            ++rows;
        }
        trialRows = std::max(2, rows * (kChunkPages + 1) / std::max(1, cut.pages));
        from = cut.from;
        // Within a long table: whole pages of rows, as many as the table fills.
        int rowsPerPage = std::max(1, rows / std::max(1, cut.pages));
        const std::size_t before = chunks_.size();
        const Cut filled = fillPages(device, from, rowsPerPage);
        if (!same(filled, from)) {
            total += static_cast<int>(chunks_.size() - before);
            from = filled;
            trialRows = std::max(2, rowsPerPage * 2); // the table's last rows and what follows
        }
    }
}

void ChunkedChapter::paint(QPagedPaintDevice& device, PagePainter& painter) const {
    for (const Chunk& chunk : chunks_) {
        std::unique_ptr<QTextDocument> document = make_(chunkHtml(chunk.from, chunk.to), true);
        const int pages = layOutPart(device, *document);
        if (chunk.filled && pages != chunk.pages) {
            // Never expected (pass one measured this very HTML): say so rather than lose rows
            // silently; the page numbers after it are then off.
            qWarning("report: a chunk of a long table laid out on %d pages, counted %d", pages,
                     chunk.pages);
        }
        painter.paint(*document, chunk.pages, chunk.bottom);
    }
}

} // namespace dpia::report
