#include "ui/decision/readiness.h"

#include "ui/session/document_session.h"
#include "ui/text/local_text.h"

#include <optional>

#include <QCoreApplication>

namespace dpia::ui {

namespace {

/// The translation context of the checklist's sentences.
class Readiness {
    Q_DECLARE_TR_FUNCTIONS(Readiness)
};

bool answered(const DocumentSession& session, const std::string& questionId) {
    const nlohmann::json* value = session.answer(questionId);
    if (value == nullptr || value->is_null()) {
        return false;
    }
    return !(value->is_string() &&
             value->get<std::string>().find_first_not_of(" \t\n") == std::string::npos);
}

/// A sign-off of `role` with something in it: the same record as the closing question.
bool signedOff(const DocumentSession& session, std::optional<storage::SignoffRole> role) {
    if (!role) {
        return false;
    }
    for (const storage::Signoff& signoff : session.assessment().signoffs) {
        if (signoff.role == *role && (!signoff.text.empty() || !signoff.outcome.empty())) {
            return true;
        }
    }
    return false;
}

/// Adds the item of the question a role names; a baseline that names none has no such item.
/// Advice and decision count as recorded in the questionnaire or as a sign-off: one record.
void add(std::vector<ReadinessItem>& items, const DocumentSession& session,
         const std::string& questionId, const QString& done, const QString& open,
         std::optional<storage::SignoffRole> role = std::nullopt) {
    if (questionId.empty()) {
        return;
    }
    const bool ok = answered(session, questionId) || signedOff(session, role);
    items.push_back({ok ? done : open, ok, questionId});
}

} // namespace

std::vector<ReadinessItem> readiness(const DocumentSession& session) {
    std::vector<ReadinessItem> items;
    const auto& missing = session.evaluation().completeness.missingRequired;
    items.push_back({missing.empty()
                         ? Readiness::tr("Every required question is answered.")
                         : Readiness::tr("%n required questions not yet answered.",
                                         "Readiness checklist", static_cast<int>(missing.size())),
                     missing.empty(), missing.empty() ? std::string() : missing.front()});
    const baseline::Roles& roles = session.roles();
    add(items, session, roles.dpoAdviceQuestion,
        Readiness::tr("The advice of the DPO is recorded."),
        Readiness::tr("The advice of the DPO is not yet recorded (GDPR art. 35(2))."),
        storage::SignoffRole::fg);
    add(items, session, roles.cisoAdviceQuestion,
        Readiness::tr("The advice of the CISO is recorded."),
        Readiness::tr("The advice of the CISO is not yet recorded."), storage::SignoffRole::ciso);
    add(items, session, roles.subjectViewsQuestion,
        Readiness::tr("The views of data subjects are recorded."),
        Readiness::tr("The views of data subjects (or why they were not sought) are not "
                      "yet recorded (GDPR art. 35(9))."),
        storage::SignoffRole::dataSubjects);
    add(items, session, roles.decisionQuestion, Readiness::tr("The decision is recorded."),
        Readiness::tr("The decision of the controller is not yet recorded."),
        storage::SignoffRole::controller);
    add(items, session, roles.reviewDateQuestion, Readiness::tr("A review date is set."),
        Readiness::tr("No review date is set yet (GDPR art. 35(11))."));
    if (session.evaluation().priorConsultation) {
        add(items, session, roles.priorConsultationQuestion,
            Readiness::tr("The prior consultation of the AP is described."),
            Readiness::tr("Residual risk stays high: record the prior consultation of the "
                          "AP (GDPR art. 36)."));
    }
    // What the evaluation found that an officer must resolve before signing.
    for (const scoring::Finding& finding : session.evaluation().findings) {
        const bool question = session.baseline().question(finding.subject) != nullptr;
        items.push_back({local(finding.text), false, question ? finding.subject : std::string()});
    }
    return items;
}

} // namespace dpia::ui
