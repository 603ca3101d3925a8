// Parts A–D and the other questionnaire parts: every visible question with its answer.
#include "ui/report/report_builder.h"
#include "ui/report/report_colours.h"
#include "ui/report/report_html.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include <QLocale>

namespace dpia::report {

using baseline::QuestionType;

QString ReportBuilder::optionLabel(const std::vector<baseline::Option>& options,
                                   const std::string& id) const {
    const auto found =
        std::find_if(options.begin(), options.end(),
                     [&](const baseline::Option& option) { return option.id == id; });
    return found != options.end() ? html::local(found->label, in_.lang) : html::text(id);
}

namespace {

QString number(double value, Lang lang) {
    const QLocale locale(lang == Lang::en ? QLocale::English : QLocale::Dutch);
    return value == static_cast<double>(static_cast<long long>(value))
               ? locale.toString(static_cast<qlonglong>(value))
               : locale.toString(value, 'f', 2);
}

} // namespace

QString ReportBuilder::answer(const baseline::Question& question,
                              const nlohmann::json& value) const {
    // Cells of tables use the same rules as whole answers.
    const auto scalar = [&](QuestionType type, const std::vector<baseline::Option>& options,
                            const nlohmann::json& cell) -> QString {
        if (cell.is_null()) {
            return {};
        }
        switch (type) {
        case QuestionType::yesno:
            return cell.is_boolean() ? (cell.get<bool>() ? tr("Yes") : tr("No")).toHtmlEscaped()
                                     : QString();
        case QuestionType::choice:
            return cell.is_string() ? optionLabel(options, cell.get<std::string>()) : QString();
        case QuestionType::multichoice: {
            QStringList labels;
            if (cell.is_array()) {
                for (const auto& item : cell) {
                    if (item.is_string()) {
                        labels << optionLabel(options, item.get<std::string>());
                    }
                }
            }
            return labels.join(QStringLiteral("; "));
        }
        case QuestionType::text:
            return cell.is_string() ? html::text(cell.get<std::string>())
                                          .replace(QLatin1Char('\n'), QStringLiteral("<br/>"))
                                    : QString();
        case QuestionType::number:
            return cell.is_number() ? number(cell.get<double>(), in_.lang) : QString();
        case QuestionType::date:
            return cell.is_string() ? date(cell.get<std::string>()) : QString();
        case QuestionType::table:
            break;
        }
        return {};
    };

    if (question.type == QuestionType::table) {
        if (!value.is_array() || value.empty()) {
            return {};
        }
        QStringList headers;
        for (const baseline::Column& column : question.columns) {
            headers << QString::fromStdString(column.label.in(in_.lang));
        }
        QList<QStringList> rows;
        QList<QStringList> columnsText(headers.size());
        for (qsizetype c = 0; c < headers.size(); ++c) {
            columnsText[c] << headers[c];
        }
        for (const auto& rowValue : value) {
            QStringList cells;
            for (const baseline::Column& column : question.columns) {
                const auto cell = rowValue.is_object() ? rowValue.find(column.id) : rowValue.end();
                cells << (rowValue.is_object() && cell != rowValue.end()
                              ? scalar(column.type, column.options, *cell)
                              : QString());
                columnsText[cells.size() - 1] << html::plain(cells.back());
            }
            rows << cells;
        }
        // Wide tables in a smaller type, so long words (Dutch has many) keep whole.
        const qreal fontPt = headers.size() >= 5 ? 7.5 : headers.size() == 4 ? 8.0 : 9.0;
        QString out = html::tableStart(headers, html::columnWidths(columnsText, fontPt), fontPt);
        for (const QStringList& cells : rows) {
            out += html::row(cells);
        }
        return out + html::tableEnd();
    }
    if (question.type == QuestionType::multichoice && value.is_array() && !value.empty()) {
        QString out = QStringLiteral("<ul>");
        for (const auto& item : value) {
            if (item.is_string()) {
                out += QStringLiteral("<li>%1</li>")
                           .arg(optionLabel(question.options, item.get<std::string>()));
            }
        }
        return out + QStringLiteral("</ul>");
    }
    if (question.type == QuestionType::text && value.is_string()) {
        return html::paragraphs(value.get<std::string>());
    }
    const QString single = scalar(question.type, question.options, value);
    return single.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(single);
}

QStringList ReportBuilder::questionnaire() const {
    const std::set<std::string> visible(in_.evaluation.visibleQuestions.begin(),
                                        in_.evaluation.visibleQuestions.end());
    QStringList parts;
    for (const baseline::Part& part : in_.baseline.parts()) {
        QString sections;
        for (const baseline::Section& section : in_.baseline.sections()) {
            if (section.part != part.id) {
                continue;
            }
            QString questions;
            for (const baseline::Question* question : in_.baseline.questionsIn(section.id)) {
                if (visible.count(question->id) == 0) {
                    continue;
                }
                // On paper a question is set small (h4); a web page may not skip a level.
                questions +=
                    QStringLiteral("<h%4>%1 <span style=\"font-weight:normal; "
                                   "color:%3; font-size:8pt\">(%2)</span></h%4>")
                        .arg(html::local(question->text, in_.lang),
                             html::local(question->ref, in_.lang), colours::kQuiet,
                             medium_ == Medium::web ? QStringLiteral("3") : QStringLiteral("4"));
                const auto found = in_.assessment.answers.find(question->id);
                const QString rendered = found != in_.assessment.answers.end()
                                             ? answer(*question, found->second)
                                             : QString();
                questions += rendered.isEmpty() ? QStringLiteral("<p><i>%1</i></p>")
                                                      .arg(tr("Not answered.").toHtmlEscaped())
                                                : rendered;
                const auto note = in_.assessment.notes.find(question->id);
                if (note != in_.assessment.notes.end() && !note->second.empty()) {
                    questions += QStringLiteral("<p style=\"color:%3\"><i>%1:</i> %2</p>")
                                     .arg(tr("Note").toHtmlEscaped(), html::text(note->second),
                                          colours::kMuted);
                }
            }
            // A section none of whose questions apply would print as a bare heading.
            if (!questions.isEmpty()) {
                sections += html::heading(2, QString::fromStdString(section.title.in(in_.lang))) +
                            questions;
            }
        }
        if (!sections.isEmpty()) {
            parts << html::heading(1, QString::fromStdString(part.title.in(in_.lang))) + sections;
        }
    }
    return parts;
}

} // namespace dpia::report
