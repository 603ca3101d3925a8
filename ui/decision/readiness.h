#pragma once

#include <string>
#include <vector>

#include <QString>

namespace dpia::ui {

class DocumentSession;

/// One thing a DPIA should have before it is adopted, and whether it has it.
struct ReadinessItem {
    QString text; ///< what is checked, in words, saying whether it is done
    bool done = false;
    std::string questionId; ///< where to fill it in; empty when no question applies
};

/// What the sign-off page lists before finalising: the required questions, the advice of
/// the FG (art. 35(2) GDPR) and the CISO, the views of data subjects (art. 35(9)), the
/// decision, the review date (art. 35(11)) and, when residual risk stays high, the
/// prior consultation of the AP (art. 36). Each of those is the question the baseline
/// names for it (baseline::Roles); a baseline that names none has no such item.
std::vector<ReadinessItem> readiness(const DocumentSession& session);

} // namespace dpia::ui
