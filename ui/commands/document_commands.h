#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include <QObject>

class QUndoStack;

namespace dpia::ui {

class DocumentSession;

/// The only way widgets change a document. Each call is one undoable step on the
/// window's QUndoStack; the step calls the core (AssessmentFile), which saves at once.
/// A refused or failed save is reported through `failed` and nothing is pushed, so the
/// widget keeps what the user typed.
class DocumentCommands : public QObject {
    Q_OBJECT
public:
    DocumentCommands(DocumentSession& session, QUndoStack& stack, QObject* parent = nullptr);

    /// Sets (or, with null, clears) an answer as one undo step. False when the core refused.
    bool setAnswer(const std::string& questionId, const nlohmann::json& value);
    /// Like setAnswer, but consecutive calls for the same question until `endTyping()`
    /// merge into one undo step, so a paragraph typed is undone as a whole.
    bool typeAnswer(const std::string& questionId, const nlohmann::json& value);
    /// Closes the current typing step (the field lost focus).
    void endTyping();

    bool isReadOnly() const;
    DocumentSession& session() const { return session_; }

    /// Called by the undo commands: an undo or redo changed `questionId` (or failed).
    void reportRevisited(const std::string& questionId);
    void reportFailure(const QString& message);

signals:
    /// The core refused an edit or could not save it; `message` is for the user.
    void failed(const QString& message);
    /// Undo or redo changed this question: the window shows its page.
    void revisited(const QString& questionId);

private:
    bool apply(const std::string& questionId, const nlohmann::json& value, bool typing);

    DocumentSession& session_;
    QUndoStack& stack_;
    int typingStep_ = 1;
};

} // namespace dpia::ui
