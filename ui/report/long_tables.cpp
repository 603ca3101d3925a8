#include "ui/report/long_tables.h"

#include <QRegularExpression>

namespace dpia::report {
namespace {

const QString kTableStart = QStringLiteral("<table");
const QString kTableEnd = QStringLiteral("</table>");

/// The table's own tag made plain: no collapsed borders, no border of its own.
QString plainTableTag(QString tag) {
    static const QRegularExpression collapse(QStringLiteral("border-collapse\\s*:\\s*collapse;?"));
    static const QRegularExpression border(QStringLiteral("\\bborder=\"\\d+\""));
    tag.remove(collapse);
    tag.replace(border, QStringLiteral("border=\"0\""));
    return tag;
}

/// `table` (from <table to </table>) with every cell in one of the grid's classes.
QString withCellEdges(const QString& table) {
    const qsizetype tagEnd = table.indexOf(QLatin1Char('>'));
    static const QRegularExpression marks(QStringLiteral("<(tr|td|th)\\b"));
    QString out = plainTableTag(table.left(tagEnd + 1));
    out.reserve(table.size() + table.size() / 4);
    int row = -1;
    bool firstInRow = false;
    qsizetype copied = tagEnd + 1;
    QRegularExpressionMatchIterator it = marks.globalMatch(table, copied);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(table).mid(copied, match.capturedEnd() - copied);
        copied = match.capturedEnd();
        if (match.captured(1) == QLatin1String("tr")) {
            ++row;
            firstInRow = true;
            continue;
        }
        // The first row also has a top edge, the first column a left one.
        out += QStringLiteral(" class=\"dpia-grid%1%2\"")
                   .arg(row == 0 ? QStringLiteral("-top") : QString(),
                        firstInRow ? QStringLiteral("-left") : QString());
        firstInRow = false;
    }
    out += QStringView(table).mid(copied);
    return out;
}

} // namespace

QString longTableStyleSheet() {
    const QString edge = QStringLiteral("1px solid #9e9e9e");
    QString sheet;
    for (const QString& top : {QString(), QStringLiteral("-top")}) {
        for (const QString& left : {QString(), QStringLiteral("-left")}) {
            QString rules = QStringLiteral("border-right: %1; border-bottom: %1;").arg(edge);
            rules += top.isEmpty() ? QString() : QStringLiteral(" border-top: %1;").arg(edge);
            rules += left.isEmpty() ? QString() : QStringLiteral(" border-left: %1;").arg(edge);
            const QString name = QStringLiteral("dpia-grid") + top + left;
            sheet += QStringLiteral("td.%1, th.%1 { %2 }").arg(name, rules);
        }
    }
    return sheet;
}

std::vector<TableSpan> longTables(const QString& html) {
    std::vector<TableSpan> spans;
    for (qsizetype start = html.indexOf(kTableStart); start >= 0;
         start = html.indexOf(kTableStart, start + 1)) {
        const qsizetype end = html.indexOf(kTableEnd, start);
        if (end < 0) {
            break;
        }
        const qsizetype next = html.indexOf(kTableStart, start + 1);
        const QStringView table = QStringView(html).mid(start, end + kTableEnd.size() - start);
        // The report nests no tables; one that did would be left as it is.
        if ((next >= 0 && next < end) || table.count(QStringLiteral("<tr")) <= kLongTableRows) {
            continue;
        }
        spans.push_back({start, start + table.size()});
    }
    return spans;
}

QString withPlainGridsForLongTables(const QString& html) {
    const std::vector<TableSpan> spans = longTables(html);
    if (spans.empty()) {
        return html;
    }
    QString out;
    qsizetype copied = 0;
    for (const TableSpan& span : spans) {
        out += QStringView(html).mid(copied, span.start - copied);
        out += withCellEdges(html.mid(span.start, span.end - span.start));
        copied = span.end;
    }
    out += QStringView(html).mid(copied);
    return out;
}

} // namespace dpia::report
