#include "ui/widgets/typing_saver.h"

#include "ui/session/document_commands.h"
#include "ui/widgets/unsaved_typing.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace dpia::ui {

TypingSaver::TypingSaver(QWidget* field, TextOf text, DocumentCommands& commands, EditOf edit)
    : field_(field), text_(std::move(text)), commands_(commands), edit_(std::move(edit)) {
    pause_.setSingleShot(true);
    pause_.setInterval(kTypingPauseMs);
    connect(&pause_, &QTimer::timeout, this, &TypingSaver::flush);
    field->installEventFilter(this);
    saved_ = text_();
}

TypingSaver::TypingSaver(QLineEdit* field, DocumentCommands& commands, EditOf edit)
    : TypingSaver(
          field, [field] { return field->text(); }, commands, std::move(edit)) {
    connect(field, &QLineEdit::textEdited, this, &TypingSaver::changed);
    connect(field, &QLineEdit::returnPressed, this, &TypingSaver::flush);
}

TypingSaver::TypingSaver(QPlainTextEdit* field, DocumentCommands& commands, EditOf edit)
    : TypingSaver(
          field, [field] { return field->toPlainText(); }, commands, std::move(edit)) {
    connect(field, &QPlainTextEdit::textChanged, this, &TypingSaver::changed);
}

TypingSaver::TypingSaver(QTextEdit* field, DocumentCommands& commands, EditOf edit)
    : TypingSaver(
          field, [field] { return field->toPlainText(); }, commands, std::move(edit)) {
    connect(field, &QTextEdit::textChanged, this, &TypingSaver::changed);
}

void TypingSaver::changed() {
    if (filling_) {
        return; // the document's text going in, not the user's
    }
    pending_ = true;
    setUnsavedTyping(field_, true);
    pause_.start();
}

bool TypingSaver::flush() {
    pause_.stop();
    if (!pending_ || field_ == nullptr) {
        return true;
    }
    const QString text = text_();
    if (text == saved_) {
        pending_ = false; // typed back to what the document holds
        setUnsavedTyping(field_, false);
        return true;
    }
    if (tried_ && *tried_ == text) {
        return false; // the user was told; try again once they change something
    }
    if (saving_) {
        return false;
    }
    // Still pending while the edit is applied: the page's refresh then leaves the field
    // (and its cursor) alone.
    saving_ = true;
    const std::optional<storage::Edit> edit = edit_();
    const bool saved = edit && commands_.apply(*edit, true);
    saving_ = false;
    if (!saved) {
        tried_ = text; // keep what was typed
        return false;
    }
    saved_ = text;
    tried_.reset();
    pending_ = false;
    setUnsavedTyping(field_, false);
    return true;
}

void TypingSaver::markSaved() {
    pause_.stop();
    pending_ = false;
    tried_.reset();
    if (field_ != nullptr) {
        saved_ = text_();
        setUnsavedTyping(field_, false);
    }
}

bool TypingSaver::eventFilter(QObject* watched, QEvent* event) {
    if (watched == field_ && event->type() == QEvent::FocusOut) {
        flush();
        commands_.endTyping(); // the next visit to the field is a new undo step
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dpia::ui
