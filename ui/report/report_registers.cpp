// The registers after the questionnaire: risks with explanations, safeguards, requirement
// coverage, the action plan, advice and decision, and the appendix.
#include "core/scoring/advice_records.h"
#include "core/scoring/assessment_scoring.h"
#include "ui/report/report_builder.h"
#include "ui/report/report_colours.h"
#include "ui/report/report_html.h"
#include "ui/text/words.h"

#include <algorithm>

namespace dpia::report {

using namespace dpia::scoring;

namespace {

QString delta(int value) {
    return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
}

} // namespace

QString ReportBuilder::riskRegister() const {
    QString out = html::heading(1, tr("Risk register"));
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Likelihood and impact run from 1 to 4. Inherent: before safeguards. Now: "
                       "with the safeguards marked as in place. Planned: when the planned "
                       "safeguards are in place too.")
                        .toHtmlEscaped());
    // Art. 36 and the verdict rest on the risks to data subjects; the organisation's own
    // risks and those that do not apply are shown apart, so no reader counts them in.
    const auto table = [this](bool (*wanted)(const RiskResult&)) {
        QString rows;
        const auto score = [](const Score& s) {
            return QStringLiteral(" (%1×%2)").arg(s.likelihood).arg(s.impact);
        };
        for (const RiskResult& risk : in_.evaluation.risks) {
            if (!wanted(risk)) {
                continue;
            }
            rows += html::row({html::local(risk.title, in_.lang),
                               levelCell(risk.inherent.level, score(risk.inherent)),
                               levelCell(risk.residual().level, score(risk.residual())),
                               levelCell(risk.planned.level, score(risk.planned))});
        }
        return rows;
    };
    const QString subjects = table([](const RiskResult& r) {
        return r.applies && r.concern == baseline::Concern::dataSubjects;
    });
    const QString organisation = table([](const RiskResult& r) {
        return r.applies && r.concern == baseline::Concern::organisation;
    });
    const QStringList columns{tr("Risk"), tr("Inherent"), tr("Now"), tr("Planned")};
    out += html::heading(2, tr("Risks to data subjects"));
    out += subjects.isEmpty()
               ? QStringLiteral("<p>%1</p>")
                     .arg(tr("No risk to data subjects applies.").toHtmlEscaped())
               : html::tableStart(columns, {52, 16, 16, 16}) + subjects + html::tableEnd();
    if (!organisation.isEmpty()) {
        out += html::heading(2, tr("Risks to the municipality itself"));
        out += QStringLiteral("<p>%1</p>")
                   .arg(tr("Continuity, dependence on one supplier and compliance: they belong "
                           "in the action plan, but do not lead to prior consultation, which "
                           "is about high risks to data subjects (GDPR art. 36(1)).")
                            .toHtmlEscaped());
        out += html::tableStart(columns, {52, 16, 16, 16}) + organisation + html::tableEnd();
    }
    QString notApplying;
    for (const RiskResult& risk : in_.evaluation.risks) {
        const baseline::Risk* source = in_.baseline.risk(risk.id);
        if (!risk.applies && source != nullptr) {
            notApplying += QStringLiteral("<li><b>%1</b>: %2</li>")
                               .arg(html::local(risk.title, in_.lang),
                                    tr("not applicable, because %1")
                                        .arg(html::local(source->notApplicable, in_.lang)));
        }
    }
    if (!notApplying.isEmpty()) {
        out += html::heading(2, tr("Risks that do not apply"));
        out += QStringLiteral("<p>%1</p><ul>%2</ul>")
                   .arg(tr("The answers show that these risks do not exist for this "
                           "processing; they count nowhere in this report.")
                            .toHtmlEscaped(),
                        notApplying);
    }

    out += html::heading(2, tr("Why each risk scores as it does"));
    const auto scoreLine = [this](const QString& label, const Score& score) {
        return QStringLiteral("<p><b>%1: %2 (%3×%4)</b></p>")
            .arg(label.toHtmlEscaped(), levelLabel(score.level).toHtmlEscaped())
            .arg(score.likelihood)
            .arg(score.impact);
    };
    const auto steps = [this](const std::vector<TraceStep>& trace) {
        QString items;
        for (const TraceStep& step : trace) {
            const QString source = traceSource(step.source);
            items +=
                QStringLiteral("<li>%1 %2, %3 %4 — %5%6</li>")
                    .arg(tr("likelihood").toHtmlEscaped(), delta(step.likelihoodDelta),
                         tr("impact").toHtmlEscaped(), delta(step.impactDelta),
                         html::local(step.effect, in_.lang),
                         source.isEmpty() ? QString()
                                          : QStringLiteral(" <span style=\"color:%1\">(%2)</span>")
                                                .arg(colours::kQuiet, source.toHtmlEscaped()));
        }
        return items.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(items);
    };
    for (const RiskResult& risk : in_.evaluation.risks) {
        if (!risk.applies) {
            continue;
        }
        out += html::heading(3, QString::fromStdString(risk.title.in(in_.lang)));
        if (const baseline::Risk* source = in_.baseline.risk(risk.id)) {
            out += html::paragraphs(source->description.in(in_.lang));
            out += QStringLiteral("<p><i>%1:</i> %2</p>")
                       .arg(tr("Rights affected").toHtmlEscaped(),
                            html::local(source->rights, in_.lang));
        }
        for (const storage::CustomRisk& custom : in_.assessment.customRisks) {
            if (custom.id == risk.id) {
                if (!custom.description.empty()) {
                    out += html::paragraphs(custom.description);
                }
                out += QStringLiteral("<p><i>%1</i></p>")
                           .arg(tr("A risk the municipality added itself; its likelihood and "
                                   "impact are the authors' own estimate.")
                                    .toHtmlEscaped());
            }
        }
        out += scoreLine(tr("Inherent"), risk.inherent) + steps(risk.inherentTrace);
        out += scoreLine(tr("With the safeguards in place"), risk.current);
        const QString current = steps(risk.currentTrace);
        out += current.isEmpty()
                   ? QStringLiteral("<p>%1</p>")
                         .arg(tr("No safeguard in place changes this risk.").toHtmlEscaped())
                   : current;
        if (risk.override_) {
            out += QStringLiteral("<p><b>%1</b> %2 → %3. %4: %5</p>")
                       .arg(tr("Expert judgement:").toHtmlEscaped(),
                            levelLabel(risk.current.level).toHtmlEscaped(),
                            levelLabel(risk.override_->level).toHtmlEscaped(),
                            tr("Justification").toHtmlEscaped(),
                            html::text(risk.overrideJustification));
        }
    }
    return out;
}

QString ReportBuilder::traceSource(const std::string& source) const {
    if (const baseline::Question* question = in_.baseline.question(source)) {
        QString text = QString::fromStdString(question->text.in(in_.lang));
        if (text.size() > 70) {
            // Cut at a word, so the reader still recognises the question.
            text =
                text.left(text.lastIndexOf(QLatin1Char(' '), 68)).trimmed() + QStringLiteral(" …");
        }
        //: Where a score step comes from: %1 is (the start of) a question.
        return tr("answer to “%1”").arg(text);
    }
    if (const baseline::Safeguard* safeguard = in_.baseline.safeguard(source)) {
        return QString::fromStdString(safeguard->title.in(in_.lang));
    }
    // The baseline's own steps (starting point, limits of the scale) explain themselves.
    return {};
}

QString ReportBuilder::safeguards() const {
    QString out = html::heading(1, tr("Safeguards"));
    const std::pair<baseline::SafeguardKind, QString> kinds[] = {
        {baseline::SafeguardKind::technical, tr("Microsoft 365 settings and features")},
        {baseline::SafeguardKind::contractual, tr("Contract")},
        {baseline::SafeguardKind::organisational, tr("Measures of the municipality")},
    };
    for (const auto& [kind, title] : kinds) {
        out += html::heading(2, title);
        out += html::tableStart({tr("Safeguard"), tr("Licence"), tr("Status"), tr("Evidence")},
                                {36, 11, 17, 36});
        for (const baseline::Safeguard& safeguard : in_.baseline.safeguards()) {
            if (safeguard.kind != kind) {
                continue;
            }
            const scoring::SafeguardView shown =
                scoring::viewSafeguard(in_.baseline, in_.assessment, in_.evaluation, safeguard.id);
            const std::optional<storage::SafeguardStatus> status = shown.status;
            const QString evidence = html::text(shown.evidence);
            const QString licence = words::licence(safeguard.licence);
            out += html::row({html::local(safeguard.title, in_.lang), licence,
                              words::safeguardStatus(status).toHtmlEscaped(), evidence});
        }
        out += html::tableEnd();
    }
    return out;
}

QString ReportBuilder::coverage() const {
    QString out = html::heading(1, tr("Requirement coverage"));
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Met: a safeguard in place meets the requirement. Partly: only planned "
                       "safeguards meet it. Open: nothing meets it yet.")
                        .toHtmlEscaped());
    out += html::tableStart({tr("Requirement"), tr("Status"), tr("Met by")}, {50, 12, 38});
    for (const RequirementCoverage& item : in_.evaluation.coverage) {
        const baseline::Requirement* requirement = in_.baseline.requirement(item.requirement);
        if (requirement == nullptr || !item.applies) {
            continue;
        }
        const QString status = item.status == Coverage::met       ? tr("met")
                               : item.status == Coverage::partial ? tr("partly")
                                                                  : tr("open");
        QStringList by;
        for (const std::string& id : item.status == Coverage::met ? item.by : item.planned) {
            if (const baseline::Safeguard* safeguard = in_.baseline.safeguard(id)) {
                by << html::local(safeguard->title, in_.lang);
            }
        }
        out += html::row({QStringLiteral("<b>%1</b> %2")
                              .arg(html::local(requirement->ref, in_.lang),
                                   html::local(requirement->title, in_.lang)),
                          status.toHtmlEscaped(), by.join(QStringLiteral("; "))});
    }
    return out + html::tableEnd();
}

QString ReportBuilder::actionPlan() const {
    QString out = html::heading(1, tr("Action plan"));
    if (in_.assessment.measures.empty()) {
        // Never a bare "nothing planned" next to a risk that stays high.
        const baseline::Level* threshold =
            in_.baseline.matrix().level(in_.baseline.matrix().priorConsultationFrom);
        const bool high = std::any_of(
            in_.evaluation.risks.begin(), in_.evaluation.risks.end(), [&](const RiskResult& r) {
                return r.applies && threshold != nullptr && r.residual().rank >= threshold->rank;
            });
        return out + QStringLiteral("<p>%1</p>")
                         .arg((high ? tr("No measures have been planned, although a residual "
                                         "risk stays high: plan the safeguards that lower it "
                                         "(see the summary) or record why the risk is accepted.")
                                    : tr("No measures have been planned."))
                                  .toHtmlEscaped());
    }
    out += html::tableStart({tr("Measure"), tr("Risks"), tr("Owner"), tr("Due"), tr("Status")},
                            {30, 28, 16, 14, 12});
    for (const storage::Measure& measure : in_.assessment.measures) {
        QStringList risks;
        for (const std::string& id : measure.risks) {
            risks << riskTitle(id);
        }
        const QString status = words::measureStatus(measure.status);
        const QDate due = QDate::fromString(QString::fromStdString(measure.due), Qt::ISODate);
        const bool overdue =
            measure.status != storage::MeasureStatus::done && due.isValid() && due < in_.printed;
        out += html::row(
            {html::text(measure.title), risks.join(QStringLiteral("; ")), html::text(measure.owner),
             date(measure.due) +
                 (overdue ? QStringLiteral(" <b>(%1)</b>").arg(tr("overdue").toHtmlEscaped())
                          : QString()),
             status.toHtmlEscaped()});
    }
    return out + html::tableEnd();
}

QString ReportBuilder::adviceAndDecision() const {
    QString out = html::heading(1, tr("Advice and decision"));
    const std::pair<storage::SignoffRole, QString> roles[] = {
        {storage::SignoffRole::fg, tr("Advice of the data protection officer (FG)")},
        {storage::SignoffRole::ciso, tr("Advice of the CISO")},
        {storage::SignoffRole::dataSubjects, tr("Views of data subjects (GDPR article 35(9))")},
        {storage::SignoffRole::processOwner, tr("Process owner")},
        {storage::SignoffRole::controller, tr("Decision of the controller")},
    };
    const std::vector<AdviceRecord> records = adviceRecords(in_.baseline, in_.assessment, in_.lang);
    for (const auto& [role, title] : roles) {
        out += html::heading(2, title);
        bool any = false;
        for (const AdviceRecord& record : records) {
            if (record.role != role) {
                continue;
            }
            any = true;
            if (!record.name.empty() || !record.date.empty()) {
                out += QStringLiteral("<p><b>%1</b>, %2</p>")
                           .arg(html::text(record.name), date(record.date));
            }
            out += html::paragraphs(record.text);
            if (!record.outcome.empty()) {
                out += QStringLiteral("<p><i>%1:</i> %2</p>")
                           .arg(tr("Outcome").toHtmlEscaped(), html::text(record.outcome));
            }
        }
        if (!any) {
            out += QStringLiteral("<p><i>%1</i></p>").arg(tr("Not yet recorded.").toHtmlEscaped());
        }
    }
    out += html::heading(2, tr("Signatures"));
    // A form to sign: one tall row per signatory, so a printed copy can be signed as is.
    out +=
        html::tableStart({tr("Role"), tr("Name"), tr("Date"), tr("Signature")}, {34, 28, 14, 24});
    for (const QString& who :
         {tr("Controller"), tr("Data protection officer"), tr("Process owner")}) {
        out += html::row(
            {who.toHtmlEscaped() + QStringLiteral("<br/><br/>"), QString(), QString(), QString()});
    }
    return out + html::tableEnd();
}

QString ReportBuilder::appendix() const {
    const baseline::BaselineInfo& info = in_.baseline.info();
    QString out = html::heading(1, tr("Appendix: baseline and change log"));
    out += QStringLiteral("<p>%1: %2 %3<br/>%4: <span style=\"font-family:'DejaVu Sans Mono'; "
                          "font-size:7.5pt\">%5</span></p>")
               .arg(tr("Baseline").toHtmlEscaped(), html::text(info.id), html::text(info.version),
                    tr("Content hash (SHA-256)").toHtmlEscaped(), html::text(info.hash));
    const auto& log = in_.assessment.changeLog;
    if (log.empty()) {
        return out;
    }
    const QString first = date(log.front().when);
    const QString last = date(log.back().when);
    out += html::heading(2, tr("Change log"));
    out +=
        QStringLiteral("<p>%1</p>")
            .arg(first == last
                     ? tr("Changes recorded: %1, on %2.").arg(log.size()).arg(first)
                     : tr("Changes recorded: %1, from %2 to %3.").arg(log.size()).arg(first, last));
    out += changeSummary();
    const std::size_t shown = std::min<std::size_t>(log.size(), 25);
    out += QStringLiteral("<p>%1</p>")
               .arg(shown == log.size() ? tr("All changes:").toHtmlEscaped()
                                        : tr("The last %1 changes:").arg(shown).toHtmlEscaped());
    out += html::tableStart({tr("When"), tr("Who"), tr("What")}, {26, 18, 56});
    for (std::size_t i = log.size() - shown; i < log.size(); ++i) {
        out += html::row({timestamp(log[i].when), html::text(log[i].user),
                          changeDescription(log[i]).toHtmlEscaped()});
    }
    return out + html::tableEnd();
}

} // namespace dpia::report
