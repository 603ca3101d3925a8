#include "ui/report/report_builder.h"

#include "ui/report/report_colours.h"
#include "ui/report/report_html.h"
#include "ui/text/words.h"

#include <algorithm>

#include <QLocale>

namespace dpia::report {

using namespace dpia::scoring;

QStringList ReportBuilder::parts() const {
    // Each chapter starts on a page of its own; the cover is the first thing a reader sees.
    QStringList out{cover(), summary()};
    out << questionnaire();
    out << riskRegister() << safeguards() << coverage() << actionPlan() << adviceAndDecision();
    if (in_.changes != nullptr) {
        out << changesSince();
    }
    out << appendix();
    if (const QString imported = importedAppendix(); !imported.isEmpty()) {
        out << imported;
    }
    return out;
}

QStringList ReportBuilder::sections() const {
    QStringList out = parts();
    const QString open =
        QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:9.5pt\">");
    for (QString& part : out) {
        part = open + part + QStringLiteral("</body></html>");
    }
    return out;
}

QString ReportBuilder::date(const std::string& iso) const {
    const QDate parsed = QDate::fromString(QString::fromStdString(iso.substr(0, 10)), Qt::ISODate);
    if (!parsed.isValid()) {
        return html::text(iso);
    }
    const QLocale locale(in_.lang == Lang::en ? QLocale::English : QLocale::Dutch);
    return locale.toString(parsed, QStringLiteral("d MMMM yyyy")).toHtmlEscaped();
}

QString ReportBuilder::levelLabel(const std::string& code) const {
    const baseline::Level* level = in_.baseline.matrix().level(code);
    return level != nullptr ? QString::fromStdString(level->label.in(in_.lang))
                            : QString::fromStdString(code);
}

QString ReportBuilder::levelCell(const std::string& code, const QString& after) const {
    const baseline::Level* level = in_.baseline.matrix().level(code);
    return html::levelCell(levelLabel(code) + after, level != nullptr ? level->colour : "");
}

QString ReportBuilder::statusName(storage::DocumentStatus status) const {
    return words::capitalised(words::documentStatus(status));
}

QString ReportBuilder::riskTitle(const std::string& id) const {
    return plainRiskTitle(id).toHtmlEscaped();
}

QString ReportBuilder::plainRiskTitle(const std::string& id) const {
    for (const RiskResult& risk : in_.evaluation.risks) {
        if (risk.id == id) {
            return QString::fromStdString(risk.title.in(in_.lang));
        }
    }
    return QString::fromStdString(id);
}

QString ReportBuilder::cover() const {
    const storage::Metadata& meta = in_.assessment.metadata;
    const baseline::BaselineInfo& info = in_.baseline.info();
    QString out =
        QStringLiteral("<p style=\"font-size:11pt; color:%2\">%1</p>")
            .arg(tr("Data Protection Impact Assessment (GDPR article 35)").toHtmlEscaped(),
                 colours::kMuted);
    out += QStringLiteral("<h1 style=\"font-size:22pt\">%1</h1>").arg(html::text(meta.title));
    out += QStringLiteral("<table cellpadding=\"4\">");
    const auto line = [&](const QString& label, const QString& value) {
        // A header cell a screen reader names the value by.
        out += QStringLiteral("<tr><th scope=\"row\" align=\"left\" width=\"35%\">%1</th>"
                              "<td>%2</td></tr>")
                   .arg(label.toHtmlEscaped(), value);
    };
    line(tr("Organisation"), html::text(meta.organisation));
    line(tr("Processing"), html::text(meta.processing));
    line(tr("Process owner"), html::text(meta.processOwner));
    line(tr("Author"), html::text(meta.author));
    line(tr("Version"), QString::number(meta.version));
    line(tr("Status"), statusName(in_.assessment.status).toHtmlEscaped());
    line(tr("Date"), date(in_.printed.toString(Qt::ISODate).toStdString()));
    line(tr("Classification"), meta.classification.empty() ? tr("not set").toHtmlEscaped()
                                                           : html::text(meta.classification));
    line(tr("Baseline"), html::text(info.title.in(in_.lang) + " " + info.version));
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p style=\"color:%2\">%1</p>")
               .arg(tr("This report was made with DPIA Assistent. The risks are scored against "
                       "the Privacy & Security Baseline; every score in it is explained in the "
                       "risk register.")
                        .toHtmlEscaped(),
                    colours::kMuted);
    return out;
}

QString ReportBuilder::heatMapTitle(bool residual) const {
    return residual ? tr("Residual risk (safeguards in place)")
                    : tr("Inherent risk (before safeguards)");
}

QString ReportBuilder::heatMap(bool residual) const {
    const baseline::Matrix& matrix = in_.baseline.matrix();
    int counts[baseline::Matrix::kSize][baseline::Matrix::kSize] = {};
    for (const RiskResult& risk : in_.evaluation.risks) {
        if (!risk.applies) {
            continue; // a risk that does not apply counts nowhere, not even in the heat map
        }
        const Score& score = residual ? risk.residual() : risk.inherent;
        ++counts[score.likelihood - 1][score.impact - 1];
    }
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                                 "style=\"border-collapse:collapse\">");
    if (medium_ == Medium::web) {
        // On paper the title stands above the grid in the layout table of summary().
        out += QStringLiteral("<caption>%1</caption>").arg(heatMapTitle(residual).toHtmlEscaped());
    }
    // Impact and likelihood numbers are header cells: a screen reader says "likelihood 3,
    // impact 4" for a cell, as a sighted reader reads it off the edges.
    out += QStringLiteral("<tr><td align=\"center\" width=\"34\"><b>%1<br/>%2</b></td>")
               .arg(tr("L", "short for likelihood, heat map corner").toHtmlEscaped() +
                        QStringLiteral(" ↓"),
                    tr("I", "short for impact, heat map corner").toHtmlEscaped() +
                        QStringLiteral(" →"));
    for (int impact = 1; impact <= baseline::Matrix::kSize; ++impact) {
        out += QStringLiteral("<th scope=\"col\" align=\"center\">%1</th>").arg(impact);
    }
    out += QStringLiteral("</tr>");
    for (int likelihood = baseline::Matrix::kSize; likelihood >= 1; --likelihood) {
        out += QStringLiteral("<tr><th scope=\"row\" align=\"center\">%1</th>").arg(likelihood);
        for (int impact = 1; impact <= baseline::Matrix::kSize; ++impact) {
            const baseline::Level& level = matrix.levelAt(likelihood, impact);
            const colours::LevelColours look = colours::levelColours(level.colour);
            const int count = counts[likelihood - 1][impact - 1];
            // The count is the content; the level's name keeps a grey print readable.
            out += QStringLiteral("<td align=\"center\" bgcolor=\"%1\" width=\"62\">"
                                  "<span style=\"color:%2\">%3<br/>"
                                  "<span style=\"font-size:6.5pt\">%4</span></span></td>")
                       .arg(look.background, look.text,
                            count > 0 ? QStringLiteral("<b>%1</b>").arg(count)
                                      : QStringLiteral("&nbsp;"),
                            QString::fromStdString(level.label.in(in_.lang)).toHtmlEscaped());
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table><p style=\"font-size:7.5pt\">%1</p>")
               .arg(tr("Rows: likelihood (1 to 4); columns: impact (1 to 4); each cell holds the "
                       "number of risks.")
                        .toHtmlEscaped());
    return out;
}

} // namespace dpia::report
