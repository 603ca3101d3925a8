#include "ui/report/report_web.h"

#include "ui/report/report_builder.h"
#include "ui/report/report_colours.h"
#include "ui/report/report_html.h"
#include "ui/report/report_writer.h"
#include "ui/text/translator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace dpia::report {
namespace {

QString styleSheet() {
    return QStringLiteral(
               "body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: "
               "11pt; line-height: 1.45; color: %1; background: %2; margin: 0; }\n"
               "main { max-width: 60em; margin: 0 auto; padding: 1.5em; }\n"
               "section { margin-bottom: 2.5em; }\n"
               "h1 { font-size: 1.7em; color: %3; }\n"
               "h2 { font-size: 1.3em; color: %4; margin-top: 1.5em; }\n"
               "h3 { font-size: 1.1em; margin-top: 1.2em; }\n"
               "table { border-collapse: collapse; margin: 0.5em 0 1em 0; }\n"
               "th, td { padding: 0.3em 0.5em; vertical-align: top; }\n"
               "th { font-weight: bold; }\n"
               "table.grid th, table.grid td { border: 1px solid %5; }\n"
               "caption { font-weight: bold; text-align: left; padding: 0.3em 0; }\n"
               "a { color: %3; }\n"
               "nav ul { list-style: none; padding-left: 0; }\n")
        .arg(colours::kText, colours::kPage, colours::kTitle, colours::kSubtitle, colours::kBorder);
}

/// One attribute of QTextDocument's HTML as CSS, or empty when HTML5 keeps it as it is.
QString asCss(const QString& name, const QString& value) {
    if (name == QLatin1String("bgcolor")) {
        return QStringLiteral("background-color:%1").arg(value);
    }
    if (name == QLatin1String("align")) {
        return QStringLiteral("text-align:%1").arg(value);
    }
    if (name == QLatin1String("width")) {
        return QStringLiteral("width:%1")
            .arg(value.endsWith(QLatin1Char('%')) ? value : value + QStringLiteral("px"));
    }
    return {};
}

} // namespace

QString toHtml5(const QString& richText) {
    static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("([a-zA-Z-]+)=\"([^\"]*)\""));
    QString out;
    qsizetype done = 0;
    auto tags = tag.globalMatch(richText);
    while (tags.hasNext()) {
        const QRegularExpressionMatch match = tags.next();
        out += richText.mid(done, match.capturedStart() - done);
        done = match.capturedEnd();
        const QString name = match.captured(1).toLower();
        QStringList kept;
        QStringList css;
        QString style;
        auto attributes = attribute.globalMatch(match.captured(2));
        while (attributes.hasNext()) {
            const QRegularExpressionMatch pair = attributes.next();
            const QString key = pair.captured(1).toLower();
            const QString value = pair.captured(2);
            if (key == QLatin1String("style")) {
                style = value.trimmed();
            } else if (key == QLatin1String("border")) {
                // Ruled tables: their cells get the rule from the style sheet.
                if (value != QLatin1String("0")) {
                    kept << QStringLiteral("class=\"grid\"");
                }
            } else if (key == QLatin1String("cellpadding") || key == QLatin1String("cellspacing")) {
                continue; // the style sheet pads every cell
            } else if (const QString rule = asCss(key, value); !rule.isEmpty()) {
                css << rule;
            } else {
                kept << QStringLiteral("%1=\"%2\"").arg(key, value);
            }
        }
        if (!style.isEmpty()) {
            css.prepend(style.endsWith(QLatin1Char(';')) ? style.chopped(1) : style);
        }
        if (!css.isEmpty()) {
            kept << QStringLiteral("style=\"%1\"").arg(css.join(QStringLiteral("; ")));
        }
        out += QLatin1Char('<') + name;
        for (const QString& piece : kept) {
            out += QLatin1Char(' ') + piece;
        }
        out += QLatin1Char('>');
    }
    return out + richText.mid(done);
}

QString reportWebPage(const ReportInput& input) {
    const ui::ScopedLanguage speaking(input.lang == Lang::en ? ui::kEnglish : ui::kDutch);
    QStringList parts = ReportBuilder(input, Medium::web).parts();
    // A list of the chapters after the cover, linked to their titles, as on the PDF's cover.
    static const QRegularExpression firstTitle(QStringLiteral("<h1([^>]*)>(.*?)</h1>"));
    QString contents;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QRegularExpressionMatch title = firstTitle.match(parts[i]);
        if (!title.hasMatch()) {
            continue;
        }
        const QString id = QStringLiteral("part-%1").arg(i);
        parts[i].replace(title.capturedStart(), title.capturedLength(),
                         QStringLiteral("<h1 id=\"%1\"%2>%3</h1>")
                             .arg(id, title.captured(1), title.captured(2)));
        contents += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(id, title.captured(2));
    }
    //: Heading of the table of contents on the report's cover.
    const QString heading = QCoreApplication::translate("Report", "Contents");
    QString body;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        body += QStringLiteral("<section>\n%1\n</section>\n").arg(toHtml5(parts[i]));
        if (i == 0 && !contents.isEmpty()) {
            body += QStringLiteral("<nav aria-labelledby=\"contents\">%1<ul>%2</ul></nav>\n")
                        .arg(html::heading(2, heading, QStringLiteral("contents")), contents);
        }
    }
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\">\n<meta name=\"generator\" content=\"DPIA "
                          "Assistent\">\n<title>%2</title>\n<style>\n%3</style>\n</head>\n"
                          "<body>\n<main>\n%4</main>\n</body>\n</html>\n")
        .arg(input.lang == Lang::en ? QStringLiteral("en") : QStringLiteral("nl"),
             reportTitle(input).toHtmlEscaped(), styleSheet(), body);
}

Status writeReportHtml(const QString& path, const ReportInput& input,
                       storage::files::Existing existing) {
    const QByteArray page = reportWebPage(input).toUtf8();
    return storage::files::writeOutput(path.toStdString(), page.toStdString(), existing);
}

} // namespace dpia::report
