#include "ui/decision/prior_consultation.h"

#include "core/baseline/baseline.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"

#include <algorithm>

#include <QCoreApplication>

namespace dpia::ui {

namespace {

class PriorConsultation {
    Q_DECLARE_TR_FUNCTIONS(PriorConsultation)
};

QString levelText(const baseline::Baseline& baseline, const std::string& code) {
    const baseline::Level* level = baseline.matrix().level(code);
    return level != nullptr ? local(level->label) : qs(code);
}

QString whatToSend() {
    QString list;
    for (const QString& item :
         {PriorConsultation::tr("the responsibilities of the municipality, any joint "
                                "controllers and the processors (such as Microsoft);"),
          PriorConsultation::tr("the purposes and means of the processing;"),
          PriorConsultation::tr("the measures and safeguards that protect the rights and "
                                "freedoms of data subjects;"),
          PriorConsultation::tr("the contact details of the DPO;"),
          PriorConsultation::tr("this DPIA;"),
          PriorConsultation::tr("any other information the AP asks for.")}) {
        list += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    }
    return QStringLiteral("<ol>%1</ol>").arg(list);
}

} // namespace

QString priorConsultationHtml(const DocumentSession& session) {
    const scoring::Evaluation& evaluation = session.evaluation();
    const baseline::Matrix& matrix = session.baseline().matrix();
    const baseline::Level* threshold = matrix.level(matrix.priorConsultationFrom);
    if (!evaluation.priorConsultation || threshold == nullptr) {
        //: Sign-off page, when no residual risk is high.
        return QStringLiteral("<p><b>%1</b></p><p>%2</p>")
            .arg(PriorConsultation::tr("No prior consultation of the AP needed").toHtmlEscaped(),
                 PriorConsultation::tr("With the safeguards now in place no risk stays high, "
                                       "so the AP need not be consulted before processing "
                                       "starts (GDPR art. 36(1)). Check this again when "
                                       "answers or safeguards change.")
                     .toHtmlEscaped());
    }
    QString risks;
    bool plannedSuffices = true;
    for (const scoring::RiskResult& risk : evaluation.risks) {
        if (std::find(evaluation.priorConsultationRisks.begin(),
                      evaluation.priorConsultationRisks.end(),
                      risk.id) == evaluation.priorConsultationRisks.end()) {
            continue;
        }
        plannedSuffices = plannedSuffices && !risk.override_ && risk.planned.rank < threshold->rank;
        //: One risk in the prior-consultation box; %1 its title, %2 its residual level.
        risks += QStringLiteral("<li>%1</li>")
                     .arg(PriorConsultation::tr("%1 — residual risk %2")
                              .arg(local(risk.title),
                                   levelText(session.baseline(), risk.residual().level))
                              .toHtmlEscaped());
    }
    QString html =
        QStringLiteral("<p><b>%1</b></p><p>%2</p><ul>%3</ul><p>%4</p>%5<p>%6</p>")
            .arg(PriorConsultation::tr("Prior consultation of the AP required (GDPR art. 36)")
                     .toHtmlEscaped(),
                 PriorConsultation::tr("With the safeguards now in place these risks to data "
                                       "subjects stay at or above “%1”:")
                     .arg(local(threshold->label))
                     .toHtmlEscaped(),
                 risks,
                 PriorConsultation::tr("Do not start the processing before the Autoriteit "
                                       "Persoonsgegevens has been consulted. Send the AP "
                                       "(art. 36(3)):")
                     .toHtmlEscaped(),
                 whatToSend(),
                 PriorConsultation::tr("The AP gives written advice within eight weeks; it may "
                                       "extend that by six weeks (art. 36(2)).")
                     .toHtmlEscaped());
    if (plannedSuffices) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(PriorConsultation::tr(
                             "Once the planned safeguards are in place, no risk stays high. "
                             "If they are in place before processing starts, mark them "
                             "implemented and consultation is no longer needed.")
                             .toHtmlEscaped());
    }
    return html;
}

} // namespace dpia::ui
