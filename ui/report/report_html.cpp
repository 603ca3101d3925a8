#include "ui/report/report_html.h"

#include "ui/report/report_colours.h"

#include <algorithm>
#include <cmath>

#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QStringList>

namespace dpia::report::html {

QString text(const std::string& utf8) {
    return QString::fromStdString(utf8).toHtmlEscaped();
}

QString paragraphs(const std::string& utf8) {
    QString escaped = text(utf8);
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return QStringLiteral("<p>%1</p>").arg(escaped);
}

QString local(const LocalText& value, Lang lang) {
    return text(value.in(lang));
}

QString levelCell(const QString& label, const std::string& colour) {
    const colours::LevelColours look = colours::levelColours(colour);
    return QStringLiteral("<td bgcolor=\"%1\" style=\"font-weight:bold\">"
                          "<span style=\"color:%2\">%3</span></td>")
        .arg(look.background, look.text, label.toHtmlEscaped());
}

QString tableStart(const QStringList& headers, const QList<int>& widthsPercent, qreal fontPt) {
    const QString size =
        fontPt > 0 ? QStringLiteral(" font-size:%1pt;").arg(fontPt, 0, 'f', 1) : QString();
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                 "cellpadding=\"4\" style=\"border-collapse:collapse;%1 "
                                 "border-color:%2\"><thead><tr>")
                      .arg(size, colours::kBorder);
    for (int i = 0; i < headers.size(); ++i) {
        const QString width = i < widthsPercent.size()
                                  ? QStringLiteral(" width=\"%1%\"").arg(widthsPercent[i])
                                  : QString();
        out += QStringLiteral("<th scope=\"col\" bgcolor=\"%1\" align=\"left\"%2>%3</th>")
                   .arg(colours::kHeaderCell, width, headers[i].toHtmlEscaped());
    }
    return out + QStringLiteral("</tr></thead><tbody>");
}

QString tableEnd() {
    return QStringLiteral("</tbody></table>");
}

QString row(const QStringList& cells) {
    QString out = QStringLiteral("<tr>");
    for (const QString& cell : cells) {
        out +=
            cell.startsWith(QStringLiteral("<td")) ? cell : QStringLiteral("<td>%1</td>").arg(cell);
    }
    return out + QStringLiteral("</tr>");
}

QString heading(int level, const QString& title, const QString& anchor) {
    const QString name = anchor.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(anchor);
    return QStringLiteral("<h%1%2>%3</h%1>").arg(level).arg(name, title.toHtmlEscaped());
}

QString plain(const QString& html) {
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString out = html;
    out.replace(tags, QStringLiteral(" "));
    out.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    out.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

QList<int> columnWidths(const QList<QStringList>& columns, qreal fontPt) {
    if (columns.isEmpty()) {
        return {};
    }
    // Measured in the report's font at 100 px a em, then scaled to millimetres at fontPt.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(100);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF regular(font);
    const QFontMetricsF heading(bold);
    // A little over the nominal size: text laid out for print is hinted a touch wider.
    const double toMm = 1.06 * fontPt * 25.4 / 72.0 / 100.0;
    const double lineMm = 170.0;  // between the page margins
    const double paddingMm = 3.5; // cell padding and borders
    static const QRegularExpression space(QStringLiteral("\\s+"));
    std::vector<double> need;
    std::vector<double> mass;
    for (const QStringList& cells : columns) {
        double longest = 0;
        double total = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QFontMetricsF& metrics = i == 0 ? heading : regular;
            for (const QString& word : cells[i].split(space, Qt::SkipEmptyParts)) {
                longest = std::max(longest, metrics.horizontalAdvance(word) * toMm);
            }
            total += metrics.horizontalAdvance(cells[i]) * toMm;
        }
        // Capped, so one long web address does not starve the other columns.
        need.push_back(std::min(longest, 45.0) + paddingMm);
        mass.push_back(total / static_cast<double>(std::max<qsizetype>(cells.size(), 1)));
    }
    double needed = 0;
    double extra = 0;
    for (std::size_t i = 0; i < need.size(); ++i) {
        needed += need[i];
        extra += std::max(0.0, mass[i] - need[i]);
    }
    std::vector<double> width = need;
    if (needed < lineMm) {
        for (std::size_t i = 0; i < width.size(); ++i) {
            const double share =
                extra > 0 ? std::max(0.0, mass[i] - need[i]) / extra : need[i] / needed;
            width[i] += (lineMm - needed) * share;
        }
    }
    double sum = 0;
    for (const double w : width) {
        sum += w;
    }
    // Whole percents; the points lost to rounding go to the columns that lost most.
    QList<int> percent;
    std::vector<std::pair<double, qsizetype>> remainders;
    int given = 0;
    for (const double w : width) {
        const double exact = 100.0 * w / sum;
        percent << static_cast<int>(std::floor(exact));
        remainders.emplace_back(exact - percent.back(), percent.size() - 1);
        given += percent.back();
    }
    std::sort(remainders.rbegin(), remainders.rend());
    for (std::size_t i = 0; given < 100 && i < remainders.size(); ++i, ++given) {
        ++percent[remainders[i].second];
    }
    return percent;
}

} // namespace dpia::report::html
