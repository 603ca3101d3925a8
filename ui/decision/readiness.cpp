#include "ui/decision/readiness.h"

#include "ui/document/document_session.h"
#include "ui/local_text.h"

#include <QCoreApplication>

namespace dpia::ui {

namespace {

/// The translation context of the checklist's sentences.
class Readiness {
    Q_DECLARE_TR_FUNCTIONS(Readiness)
};

bool answered(const DocumentSession& session, const char* questionId) {
    const nlohmann::json* value = session.answer(questionId);
    if (value == nullptr || value->is_null()) {
        return false;
    }
    return !(value->is_string() &&
             value->get<std::string>().find_first_not_of(" \t\n") == std::string::npos);
}

ReadinessItem item(const DocumentSession& session, const char* questionId, const QString& done,
                   const QString& open) {
    const bool ok = answered(session, questionId);
    return {ok ? done : open, ok, questionId};
}

} // namespace

std::vector<ReadinessItem> readiness(const DocumentSession& session) {
    std::vector<ReadinessItem> items;
    const auto& missing = session.evaluation().completeness.missingRequired;
    items.push_back({missing.empty()
                         ? Readiness::tr("Every required question is answered.")
                         : Readiness::tr("%n required question(s) not yet answered.",
                                         "Readiness checklist", static_cast<int>(missing.size())),
                     missing.empty(), missing.empty() ? std::string() : missing.front()});
    items.push_back(
        item(session, "close_dpo_advice", Readiness::tr("The advice of the DPO is recorded."),
             Readiness::tr("The advice of the DPO is not yet recorded (GDPR art. 35(2)).")));
    items.push_back(item(session, "close_ciso_advice",
                         Readiness::tr("The advice of the CISO is recorded."),
                         Readiness::tr("The advice of the CISO is not yet recorded.")));
    items.push_back(item(
        session, "close_subject_views", Readiness::tr("The views of data subjects are recorded."),
        Readiness::tr("The views of data subjects (or why they were not sought) are not "
                      "yet recorded (GDPR art. 35(9)).")));
    items.push_back(item(session, "close_decision", Readiness::tr("The decision is recorded."),
                         Readiness::tr("The decision of the controller is not yet recorded.")));
    items.push_back(item(session, "close_review_date", Readiness::tr("A review date is set."),
                         Readiness::tr("No review date is set yet (GDPR art. 35(11)).")));
    if (session.evaluation().priorConsultation) {
        items.push_back(
            item(session, "d17_prior_consultation",
                 Readiness::tr("The prior consultation of the AP is described."),
                 Readiness::tr("Residual risk stays high: record the prior consultation of the "
                               "AP (GDPR art. 36).")));
    }
    return items;
}

} // namespace dpia::ui
