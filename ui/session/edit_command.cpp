#include "ui/session/edit_command.h"

#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"

#include <algorithm>

namespace dpia::ui {

EditCommand::EditCommand(DocumentCommands& commands, storage::EditList edits, const QString& text,
                         std::string mergeKey)
    : QUndoCommand(text), commands_(commands), redo_(std::move(edits)),
      mergeKey_(std::move(mergeKey)) {}

void EditCommand::redo() {
    const bool first = !pushed_;
    pushed_ = true;
    auto applied = commands_.run(redo_, !first);
    if (!applied) {
        // Refused when pushed: nothing happened, so there is nothing to undo.
        setObsolete(first);
        return;
    }
    // The edits as done (with generated ids), so that a later redo repeats them exactly.
    redo_ = std::move(applied->done);
    undo_ = std::move(applied->inverse);
}

void EditCommand::undo() {
    (void)commands_.run(undo_, true);
}

bool EditCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const EditCommand*>(other);
    if (next == nullptr || next->mergeKey_ != mergeKey_) {
        return false;
    }
    // The first step's way back, the last step's way forward.
    redo_ = next->redo_;
    // Typing that ends where it began changes nothing: drop the step.
    const storage::Assessment& now = commands_.session().assessment();
    setObsolete(std::all_of(undo_.begin(), undo_.end(), [&now](const storage::Edit& edit) {
        return storage::changesNothing(now, edit);
    }));
    return true;
}

} // namespace dpia::ui
