#include "ui/commands/edit_command.h"

#include "ui/commands/document_commands.h"
#include "ui/local_text.h"

namespace dpia::ui {

EditCommand::EditCommand(DocumentCommands& commands, std::string pageId, Step revert, Step apply,
                         const QString& text, std::string mergeKey)
    : QUndoCommand(text), commands_(commands), pageId_(std::move(pageId)),
      revert_(std::move(revert)), apply_(std::move(apply)), mergeKey_(std::move(mergeKey)) {}

void EditCommand::undo() {
    run(revert_);
    applied_ = false;
}

void EditCommand::redo() {
    // The facade applied the edit before pushing: the push's own redo has nothing to do.
    if (applied_) {
        return;
    }
    run(apply_);
    applied_ = true;
}

void EditCommand::run(const Step& step) {
    const Status written = step();
    if (!written) {
        commands_.reportFailure(errorMessage(written.error()));
        return;
    }
    commands_.reportRevisitedPage(pageId_);
}

bool EditCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const EditCommand*>(other);
    if (next == nullptr || next->mergeKey_ != mergeKey_) {
        return false;
    }
    // The first step's way back, the last step's way forward.
    apply_ = next->apply_;
    return true;
}

} // namespace dpia::ui
