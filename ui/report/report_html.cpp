#include "ui/report/report_html.h"

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
    return QStringLiteral("<td bgcolor=\"%1\" style=\"font-weight:bold\">%2</td>")
        .arg(QString::fromStdString(colour), label.toHtmlEscaped());
}

QString tableStart(const QStringList& headers, const QList<int>& widthsPercent) {
    QString out =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                       "style=\"border-collapse:collapse; border-color:#9e9e9e\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i) {
        const QString width = i < widthsPercent.size()
                                  ? QStringLiteral(" width=\"%1%\"").arg(widthsPercent[i])
                                  : QString();
        out += QStringLiteral("<th bgcolor=\"#e8eaf0\" align=\"left\"%1>%2</th>")
                   .arg(width, headers[i].toHtmlEscaped());
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

} // namespace dpia::report::html
