#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include <QUndoCommand>

namespace dpia::ui {

class DocumentCommands;

/// One answer changed from `before` to `after`. Pushed after the core already saved
/// `after`, so the first redo does nothing. Typing steps of the same question merge.
class SetAnswerCommand : public QUndoCommand {
public:
    static constexpr int kTypingId = 0x4450; // "DP"

    SetAnswerCommand(DocumentCommands& commands, std::string questionId, nlohmann::json before,
                     nlohmann::json after, int typingStep, const QString& text);

    void undo() override;
    void redo() override;
    int id() const override { return typingStep_ > 0 ? kTypingId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void write(const nlohmann::json& value);

    DocumentCommands& commands_;
    std::string questionId_;
    nlohmann::json before_;
    nlohmann::json after_;
    int typingStep_;
    bool applied_ = true;
};

} // namespace dpia::ui
