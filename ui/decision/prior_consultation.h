#pragma once

#include <QString>

namespace dpia::ui {

class DocumentSession;

/// What the sign-off page says about prior consultation of the AP (art. 36 GDPR), as
/// rich text: whether it is needed, for which risks, and what to send. Built from the
/// evaluation: needed when a residual risk reaches the matrix's consultation level.
QString priorConsultationHtml(const DocumentSession& session);

} // namespace dpia::ui
