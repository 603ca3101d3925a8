#include "ui/report/table_chunks.h"

#include "ui/report/long_tables.h"
#include "ui/report/paged_document.h"

#include <algorithm>
#include <limits>

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace dpia::report {
namespace {

/// Rows a chunk is first tried with, before the chapter shows how many fit on a page.
constexpr int kFirstTrialRows = 60;
/// Pages a chunk aims at: painting costs more per page in a longer table; every chunk
/// is laid out more often than painted (trial, count, paint), the trial a page longer.
constexpr int kChunkPages = 8;

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
            if (rowBottom(trial, *table, header + row - 1) > limit) {
                past = true;
                break;
            }
            best = {t, first + row};
            bestTable = table;
            bestRow = header + row;
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
        std::unique_ptr<QTextDocument> trial = make_(chunkHtml(from, to));
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
    }
}

void ChunkedChapter::paint(QPagedPaintDevice& device, PagePainter& painter) const {
    for (const Chunk& chunk : chunks_) {
        std::unique_ptr<QTextDocument> document = make_(chunkHtml(chunk.from, chunk.to));
        layOutPart(device, *document);
        painter.paint(*document, chunk.pages, chunk.bottom);
    }
}

} // namespace dpia::report
