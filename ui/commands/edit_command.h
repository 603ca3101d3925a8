#pragma once

#include "core/result.h"

#include <functional>
#include <string>

#include <QUndoCommand>

namespace dpia::ui {

class DocumentCommands;

/// One edit of anything but an answer (a safeguard, an override, a measure, ...), kept as
/// two closures: `apply` writes the state after the edit, `revert` the state before it.
/// Pushed after the facade already applied it, so the first redo does nothing. Steps with
/// the same non-empty merge key (typing in one field) become one undo step.
class EditCommand : public QUndoCommand {
public:
    using Step = std::function<Status()>;
    static constexpr int kMergeId = 0x4445; // "DE"

    EditCommand(DocumentCommands& commands, std::string pageId, Step revert, Step apply,
                const QString& text, std::string mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override { return mergeKey_.empty() ? -1 : kMergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void run(const Step& step);

    DocumentCommands& commands_;
    std::string pageId_;
    Step revert_;
    Step apply_;
    std::string mergeKey_;
    bool applied_ = true;
};

} // namespace dpia::ui
