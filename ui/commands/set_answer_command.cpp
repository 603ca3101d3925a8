#include "ui/commands/set_answer_command.h"

#include "ui/commands/document_commands.h"
#include "ui/document/document_session.h"
#include "ui/local_text.h"

namespace dpia::ui {

SetAnswerCommand::SetAnswerCommand(DocumentCommands& commands, std::string questionId,
                                   nlohmann::json before, nlohmann::json after, int typingStep,
                                   const QString& text)
    : QUndoCommand(text), commands_(commands), questionId_(std::move(questionId)),
      before_(std::move(before)), after_(std::move(after)), typingStep_(typingStep) {}

void SetAnswerCommand::undo() {
    write(before_);
    applied_ = false;
}

void SetAnswerCommand::redo() {
    // The facade saved the value before pushing: the push's own redo has nothing to do.
    if (applied_) {
        return;
    }
    write(after_);
    applied_ = true;
}

void SetAnswerCommand::write(const nlohmann::json& value) {
    const Status written = commands_.session().setAnswer(questionId_, value);
    if (!written) {
        commands_.reportFailure(errorMessage(written.error()));
        return;
    }
    commands_.reportRevisited(questionId_);
}

bool SetAnswerCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const SetAnswerCommand*>(other);
    if (next == nullptr || next->typingStep_ != typingStep_ || next->questionId_ != questionId_) {
        return false;
    }
    after_ = next->after_;
    // Typing that ends where it began changes nothing: drop the step.
    setObsolete(after_ == before_);
    return true;
}

} // namespace dpia::ui
