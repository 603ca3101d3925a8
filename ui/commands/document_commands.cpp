#include "ui/commands/document_commands.h"

#include "ui/commands/set_answer_command.h"
#include "ui/document/document_session.h"
#include "ui/local_text.h"

#include <QUndoStack>

namespace dpia::ui {

DocumentCommands::DocumentCommands(DocumentSession& session, QUndoStack& stack, QObject* parent)
    : QObject(parent), session_(session), stack_(stack) {}

bool DocumentCommands::isReadOnly() const {
    return session_.isReadOnly();
}

bool DocumentCommands::setAnswer(const std::string& questionId, const nlohmann::json& value) {
    endTyping();
    return apply(questionId, value, false);
}

bool DocumentCommands::typeAnswer(const std::string& questionId, const nlohmann::json& value) {
    return apply(questionId, value, true);
}

void DocumentCommands::endTyping() {
    ++typingStep_;
}

bool DocumentCommands::apply(const std::string& questionId, const nlohmann::json& value,
                             bool typing) {
    const nlohmann::json* current = session_.answer(questionId);
    nlohmann::json before = current != nullptr ? *current : nlohmann::json(nullptr);
    if (before == value) {
        return true;
    }
    const Status written = session_.setAnswer(questionId, value);
    if (!written) {
        reportFailure(errorMessage(written.error()));
        return false;
    }
    //: Undo/redo menu text; %1 is the beginning of the question.
    const QString text = tr("answer to “%1”").arg(session_.questionCaption(questionId));
    // Typing steps carry a positive step number so only the same step merges.
    const int step = typing ? typingStep_ : 0;
    stack_.push(new SetAnswerCommand(*this, questionId, std::move(before), value, step, text));
    return true;
}

void DocumentCommands::reportRevisited(const std::string& questionId) {
    emit revisited(qs(questionId));
}

void DocumentCommands::reportFailure(const QString& message) {
    emit failed(message);
}

} // namespace dpia::ui
