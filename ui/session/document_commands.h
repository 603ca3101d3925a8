#pragma once

#include "core/storage/edit.h"

#include <optional>
#include <string>

#include <QObject>

class QUndoStack;

namespace dpia::ui {

class DocumentSession;

/// The only way widgets change a document: each apply() is one undoable step on the
/// window's QUndoStack holding the edit and its inverse (EditCommand); the step's redo
/// applies it through the session and the core, which saves at once. A refused or failed
/// save is reported through `failed` and nothing is pushed, so the widget keeps what the
/// user typed. The step's name in the Undo menu and the page that undo shows follow from
/// the kind of edit.
class DocumentCommands : public QObject {
    Q_OBJECT
public:
    DocumentCommands(DocumentSession& session, QUndoStack& stack, QObject* parent = nullptr);

    /// Applies `edit` as one undo step and returns it as done (an added item's id filled
    /// in), or nullopt when the core refused it. With `typing`, consecutive edits of the
    /// same thing (one answer, one measure, the document details) merge into one step until
    /// endTyping(), so a paragraph typed is undone as a whole. An edit that changes nothing
    /// pushes nothing. Setting the status to final is not undoable: it closes the document
    /// for edits, so the undo history is cleared.
    std::optional<storage::Edit> apply(const storage::Edit& edit, bool typing = false);
    /// Makes the document final together with `alongWith` (the review date proposed on
    /// adoption), in one transaction: both are saved or neither. Not undoable, like any
    /// final status; false when the core refused it (reported through `failed`).
    bool adopt(storage::EditList alongWith);
    /// Closes the current typing step (the field lost focus).
    void endTyping();

    /// True for a read-only document and for a final one.
    bool isReadOnly() const;
    DocumentSession& session() const { return session_; }

    /// Called by the undo steps: applies `edits` through the session, reporting a failure
    /// through `failed` and, when `revisit`, which question or page changed.
    std::optional<storage::Applied> run(const storage::EditList& edits, bool revisit);

signals:
    /// The core refused an edit or could not save it; `message` is for the user.
    void failed(const QString& message);
    /// Undo or redo changed this question: the window shows its page.
    void revisited(const QString& questionId);
    /// Undo or redo changed something on a page after the questionnaire ("@risks", ...).
    void revisitedPage(const QString& pageId);

private:
    /// The step's name in the Undo and Redo menus.
    QString undoText(const storage::Edit& edit) const;
    /// Tells the window where an undone or redone edit shows.
    void reportRevisited(const storage::Edit& edit);

    DocumentSession& session_;
    QUndoStack& stack_;
    int typingStep_ = 1;
    std::optional<storage::Edit> lastDone_; ///< set by run(): what the pushed step did
};

} // namespace dpia::ui
