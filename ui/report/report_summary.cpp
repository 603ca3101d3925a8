// The management summary: what a director reads when reading nothing else.
#include "core/scoring/advice_records.h"
#include "ui/report/report_builder.h"
#include "ui/report/report_html.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace dpia::report {

using namespace dpia::scoring;

namespace {

/// How many open measures the summary lists at most, the most urgent first.
constexpr qsizetype kSummaryMeasures = 25;

/// "AP list, category 5" rather than the baseline's id "ap-05".
QString criterionName(const baseline::Criterion& criterion) {
    const QString number = QString::fromStdString(criterion.number);
    switch (criterion.framework) {
    case baseline::CriterionFramework::ap:
        //: A category of the AP list of processing that needs a DPIA; %1 its number.
        return ReportBuilder::tr("AP list, category %1").arg(number);
    case baseline::CriterionFramework::wp248:
        //: One of the nine EDPB (WP248) criteria; %1 its number.
        return ReportBuilder::tr("EDPB WP248, criterion %1").arg(number);
    case baseline::CriterionFramework::art35_3:
        // The number is paragraph and letter, "3b".
        //: GDPR article 35, %1 the paragraph (3), %2 the letter of the case (a, b or c).
        return ReportBuilder::tr("GDPR art. 35(%1)(%2)").arg(number.left(1), number.mid(1));
    }
    return number;
}

} // namespace

QString ReportBuilder::sectionsOf(const std::vector<std::string>& questionIds) const {
    QStringList titles;
    for (const baseline::Section& section : in_.baseline.sections()) {
        for (const std::string& id : questionIds) {
            const baseline::Question* question = in_.baseline.question(id);
            if (question != nullptr && question->section == section.id) {
                titles << html::local(section.title, in_.lang);
                break;
            }
        }
    }
    return titles.join(QStringLiteral("; "));
}

QString ReportBuilder::adviceSummary() const {
    // The same records as the chapter "Advice and decision": one fact, one reading.
    QString items;
    for (const AdviceRecord& record : adviceRecords(in_.baseline, in_.assessment, in_.lang)) {
        const QString what =
            record.role == storage::SignoffRole::fg ? tr("Advice of the data protection officer")
            : record.role == storage::SignoffRole::ciso       ? tr("Advice of the CISO")
            : record.role == storage::SignoffRole::controller ? tr("Decision of the controller")
                                                              : QString();
        if (what.isEmpty()) {
            continue;
        }
        const std::string& gist = record.outcome.empty() ? record.text : record.outcome;
        QString text = QString::fromStdString(gist).simplified();
        if (text.size() > 160) {
            text = text.left(text.lastIndexOf(QLatin1Char(' '), 158)) + QStringLiteral(" …");
        }
        items += QStringLiteral("<li><b>%1:</b> %2</li>")
                     .arg(what.toHtmlEscaped(), text.toHtmlEscaped());
    }
    if (items.isEmpty()) {
        return {};
    }
    return html::heading(2, tr("Advice and decision")) + QStringLiteral("<ul>%1</ul>").arg(items);
}

QString ReportBuilder::summary() const {
    const Screening& screening = in_.evaluation.screening;
    // The summary starts a page of its own: the cover is the first thing a reader sees.
    QString out = html::heading(1, tr("Management summary"));

    out += html::heading(2, tr("Is a DPIA required?"));
    const QString verdict =
        !screening.decided()                        ? tr("Not decided yet.")
        : screening.verdict == Verdict::required    ? tr("Yes, a DPIA is required.")
        : screening.verdict == Verdict::recommended ? tr("A DPIA is recommended.")
                                                    : tr("A DPIA is not required.");
    out += QStringLiteral("<p><b>%1</b> %2</p>")
               .arg(verdict.toHtmlEscaped(), html::local(screening.reason, in_.lang));
    // Until the pre-scan is finished, the reader learns what it still waits for.
    QString missing;
    for (const std::string& id : screening.undecidedBy) {
        if (const baseline::Question* question = in_.baseline.question(id)) {
            missing += QStringLiteral("<li>%1</li>").arg(html::local(question->text, in_.lang));
        }
    }
    if (!missing.isEmpty()) {
        //: Report summary: heading of the list of open pre-scan questions that decide whether
        //: a DPIA is required.
        out += QStringLiteral("<p>%1</p><ul>%2</ul>")
                   .arg(tr("Still to answer in the pre-scan:").toHtmlEscaped(), missing);
    }
    if (screening.riskScoreAbove) {
        QString points;
        for (const ScorePointResult& point : screening.riskScorePoints) {
            points += QStringLiteral("<li>+%1 %2</li>")
                          .arg(point.points)
                          .arg(html::local(point.reason, in_.lang));
        }
        // Above the limit the verdict's reason already gives the score; then only its parts.
        const bool inReason = screening.riskScore > *screening.riskScoreAbove;
        //: The Rijks pre-scan's risk score; %1 the score, %2 the limit above which a DPIA is
        //: required.
        out += QStringLiteral("<p>%1</p>")
                   .arg((inReason ? tr("The points of the risk score:")
                                  : tr("Risk score of the pre-scan: %1 (a DPIA is required "
                                       "above %2).")
                                        .arg(screening.riskScore)
                                        .arg(*screening.riskScoreAbove))
                            .toHtmlEscaped());
        if (!points.isEmpty()) {
            out += QStringLiteral("<ul>%1</ul>").arg(points);
        }
    }
    out += html::heading(2, tr("Risks at a glance"));
    if (medium_ == Medium::web) {
        // A web page reflows: the two grids one after the other, each titled by its caption.
        out += heatMap(false) + heatMap(true);
    } else {
        // Titles in a row of their own, so the two grids line up even when a title wraps.
        out += QStringLiteral("<table cellpadding=\"6\"><tr><td width=\"50%\"><b>%1</b></td>"
                              "<td width=\"50%\"><b>%3</b></td></tr><tr><td>%2</td><td>%4</td>"
                              "</tr></table>")
                   .arg(heatMapTitle(false).toHtmlEscaped(), heatMap(false),
                        heatMapTitle(true).toHtmlEscaped(), heatMap(true));
    }

    std::vector<const RiskResult*> top;
    for (const RiskResult& risk : in_.evaluation.risks) {
        if (risk.applies) {
            top.push_back(&risk);
        }
    }
    std::stable_sort(top.begin(), top.end(), [](const RiskResult* a, const RiskResult* b) {
        return a->residual().rank != b->residual().rank ? a->residual().rank > b->residual().rank
                                                        : a->inherent.rank > b->inherent.rank;
    });
    top.resize(std::min<std::size_t>(top.size(), 8));
    out += html::heading(2, tr("The highest risks"));
    out += html::tableStart(
        {tr("Risk"), tr("Inherent"), tr("Residual now"), tr("After planned safeguards")},
        {46, 16, 16, 22});
    for (const RiskResult* risk : top) {
        out += html::row({html::local(risk->title, in_.lang), levelCell(risk->inherent.level),
                          levelCell(risk->residual().level), levelCell(risk->planned.level)});
    }
    out += html::tableEnd();

    out += html::heading(2, tr("Prior consultation of the Dutch DPA (GDPR article 36)"));
    if (in_.evaluation.priorConsultation) {
        QString named;
        for (const std::string& id : in_.evaluation.priorConsultationRisks) {
            named += QStringLiteral("<li>%1</li>").arg(riskTitle(id));
        }
        out +=
            QStringLiteral("<p><b>%1</b></p><ul>%2</ul><p>%3</p>")
                .arg(tr("These residual risks to data subjects stay high:").toHtmlEscaped(), named,
                     tr("Before the processing starts, the municipality must consult the "
                        "Autoriteit Persoonsgegevens. Send the DPIA, the responsibilities of the "
                        "controller and the processors, the purposes and means, the safeguards "
                        "and measures, and the contact details of the data protection officer.")
                         .toHtmlEscaped());
    } else {
        out += QStringLiteral("<p>%1</p>")
                   .arg(tr("No residual risk to data subjects is high: prior consultation is not "
                           "needed, provided the safeguards marked as in place are in place. "
                           "Risks to the municipality itself do not count for this (GDPR art. "
                           "36(1)).")
                            .toHtmlEscaped());
    }

    out += adviceSummary();
    if (!in_.evaluation.findings.empty()) {
        QString items;
        for (const Finding& finding : in_.evaluation.findings) {
            items += QStringLiteral("<li>%1</li>").arg(html::local(finding.text, in_.lang));
        }
        out += html::heading(2, tr("To resolve before signing"));
        out += QStringLiteral("<ul>%1</ul>").arg(items);
    }

    out += html::heading(2, tr("Criteria and points of attention"));
    QString criteria;
    for (const CriterionResult& result : screening.criteria) {
        if (!result.triggered) {
            continue;
        }
        const baseline::Criterion* criterion = in_.baseline.criterion(result.id);
        criteria +=
            QStringLiteral("<li>%1 — %2%3</li>")
                .arg(criterion != nullptr ? criterionName(*criterion).toHtmlEscaped()
                                          : html::text(result.id),
                     criterion != nullptr ? html::local(criterion->title, in_.lang) : QString(),
                     result.because.empty() ? QString()
                                            : QStringLiteral(" <i>(%1 %2)</i>")
                                                  .arg(tr("from the answers in:").toHtmlEscaped(),
                                                       sectionsOf(result.because)));
    }
    if (!criteria.isEmpty()) {
        out += QStringLiteral("<p>%1</p><ul>%2</ul>")
                   .arg(tr("Criteria that apply:").toHtmlEscaped(), criteria);
    }
    for (const baseline::Hint& hint : in_.baseline.hints()) {
        if (std::find(screening.hints.begin(), screening.hints.end(), hint.id) !=
            screening.hints.end()) {
            out += QStringLiteral("<p><b>%1:</b> %2</p>")
                       .arg(html::local(hint.title, in_.lang), html::local(hint.text, in_.lang));
        }
    }

    out += html::heading(2, tr("Open measures"));
    // A director reads the most urgent first; the action plan lists every measure in the
    // order of the document. Beyond kSummaryMeasures the summary names how many more there
    // are instead of listing them again (10,000 measures made 20,000 table rows).
    std::vector<const storage::Measure*> open;
    for (const storage::Measure& measure : in_.assessment.measures) {
        if (measure.status != storage::MeasureStatus::done) {
            open.push_back(&measure);
        }
    }
    const auto dueOf = [](const storage::Measure* measure) {
        return QDate::fromString(QString::fromStdString(measure->due), Qt::ISODate);
    };
    const auto urgency = [&](const storage::Measure* measure) {
        // Overdue first, then by due date; a measure without a (valid) date last.
        const QDate due = dueOf(measure);
        const int rank = !due.isValid() ? 2 : due < in_.printed ? 0 : 1;
        return std::pair{rank, due.isValid() ? due.toJulianDay() : 0};
    };
    std::stable_sort(open.begin(), open.end(),
                     [&](const auto* a, const auto* b) { return urgency(a) < urgency(b); });
    const qsizetype shown = std::min<qsizetype>(std::ssize(open), kSummaryMeasures);
    QString rows;
    for (qsizetype i = 0; i < shown; ++i) {
        const storage::Measure& measure = *open[i];
        const QDate due = dueOf(&measure);
        const bool overdue = due.isValid() && due < in_.printed;
        rows += html::row(
            {html::text(measure.title), html::text(measure.owner),
             date(measure.due) +
                 (overdue ? QStringLiteral(" <b>(%1)</b>").arg(tr("overdue").toHtmlEscaped())
                          : QString())});
    }
    if (rows.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(tr("There are no open measures.").toHtmlEscaped());
    } else {
        out += html::tableStart({tr("Measure"), tr("Owner"), tr("Due")}, {54, 27, 19}) + rows +
               html::tableEnd();
    }
    if (std::ssize(open) > shown) {
        //: After the most urgent open measures in the summary; %1 is the chapter's title.
        out += QStringLiteral("<p>%1</p>")
                   .arg(tr("And %n more open measures: the chapter “%1” lists them all.", "",
                           static_cast<int>(std::ssize(open) - shown))
                            .arg(tr("Action plan"))
                            .toHtmlEscaped());
    }
    return out;
}

} // namespace dpia::report
