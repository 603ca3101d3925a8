#pragma once

#include "core/storage/edit.h"

#include <string>

#include <QUndoCommand>

namespace dpia::ui {

class DocumentCommands;

/// One undo step: the edits it made and the edits that undo them (storage::Applied).
/// redo() applies the edits through DocumentCommands::run, the first time when it is
/// pushed; if the core refuses them then, the step makes itself obsolete and the stack
/// drops it. Steps with the same non-empty merge key (typing in one field) become one.
class EditCommand : public QUndoCommand {
public:
    static constexpr int kMergeId = 0x4445; // "DE"

    EditCommand(DocumentCommands& commands, storage::EditList edits, const QString& text,
                std::string mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return mergeKey_.empty() ? -1 : kMergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    DocumentCommands& commands_;
    storage::EditList redo_;
    storage::EditList undo_;
    std::string mergeKey_;
    bool pushed_ = false; ///< false until the first redo, which is the push
};

} // namespace dpia::ui
