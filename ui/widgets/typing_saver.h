#pragma once

#include "core/storage/edit.h"

#include <functional>
#include <optional>
#include <utility>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QLineEdit;
class QPlainTextEdit;
class QTextEdit;
class QWidget;

namespace dpia::ui {

class DocumentCommands;

/// How long typing must pause before what was typed is saved: the one debounce of every text
/// field (docs/FILE-FORMAT.md, "Speed" counts on one save per pause at most).
inline constexpr int kTypingPauseMs = 700;

/// The one rule for typed text. Attached to a field, it saves what the user typed after a
/// pause of kTypingPauseMs, when the field loses focus, and when asked (flush(), for the
/// pages' commitPending()), never twice for the same text. Each save is
/// `commands.apply(edit, /*typing=*/true)`, so the saves of one visit to the field merge into
/// one undo step; leaving the field closes that step (`commands.endTyping()`).
///
/// Hold it as a member of the object its callback reads (not as a child of the field): it
/// then goes before that object's fields do, and a focus change while the widgets are torn
/// down never calls into a half-destroyed owner.
class TypingSaver : public QObject {
    Q_OBJECT
public:
    /// The text the field shows now (what "the same text" compares).
    using TextOf = std::function<QString()>;
    /// The edit that saves the field as it reads now, or nullopt when it cannot be saved as
    /// it is (the callback tells the user why); that text is then not tried again.
    using EditOf = std::function<std::optional<storage::Edit>()>;

    /// Any widget: the caller connects the field's "the user changed it" signal to changed().
    TypingSaver(QWidget* field, TextOf text, DocumentCommands& commands, EditOf edit);
    /// A line edit: follows textEdited (the user's changes only); Return saves at once.
    TypingSaver(QLineEdit* field, DocumentCommands& commands, EditOf edit);
    /// A plain text edit: follows textChanged; fill it through refill().
    TypingSaver(QPlainTextEdit* field, DocumentCommands& commands, EditOf edit);
    /// A rich text edit, saved as its plain text: follows textChanged; fill it through refill().
    TypingSaver(QTextEdit* field, DocumentCommands& commands, EditOf edit);

    /// The user changed the field: the pause starts again.
    void changed();
    /// Saves a pending change now. True when nothing is left to save.
    bool flush();
    /// The field shows what the document holds (it was filled, or saved some other way):
    /// nothing is pending and that text needs no save.
    void markSaved();
    /// Runs `fill`, which sets the field's text from the document, without taking that for
    /// typing; then markSaved().
    template <typename Fill>
    void refill(Fill&& fill) {
        filling_ = true;
        std::forward<Fill>(fill)();
        filling_ = false;
        markSaved();
    }
    /// True while the field shows typed text the document does not hold yet.
    bool isPending() const { return pending_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> field_;
    TextOf text_;
    DocumentCommands& commands_;
    EditOf edit_;
    QTimer pause_;
    QString saved_;                ///< the text the document holds for the field
    std::optional<QString> tried_; ///< a text that could not be saved; not tried again
    bool pending_ = false;
    bool filling_ = false;
    bool saving_ = false; ///< the save's refresh of the page may ask to flush again
};

} // namespace dpia::ui
