#include "ui/window/undo_keys.h"

#include "ui/widgets/unsaved_typing.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

namespace dpia::ui {

namespace {

enum class Step { none, undo, redo };

Step stepOf(const QKeyEvent& key) {
    const QKeySequence pressed(key.keyCombination());
    if (key.matches(QKeySequence::Undo) || pressed == QKeySequence(Qt::CTRL | Qt::Key_Z)) {
        return Step::undo;
    }
    if (key.matches(QKeySequence::Redo) || pressed == QKeySequence(Qt::CTRL | Qt::Key_Y) ||
        pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)) {
        return Step::redo;
    }
    return Step::none;
}

QTextDocument* documentOf(QWidget* field) {
    if (auto* plain = qobject_cast<QPlainTextEdit*>(field)) {
        return plain->isReadOnly() ? nullptr : plain->document();
    }
    if (auto* rich = qobject_cast<QTextEdit*>(field)) {
        return rich->isReadOnly() ? nullptr : rich->document();
    }
    return nullptr;
}

/// Whether the field's own undo (redo) has something to do.
bool fieldCan(QWidget* field, Step step) {
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        return !line->isReadOnly() &&
               (step == Step::undo ? line->isUndoAvailable() : line->isRedoAvailable());
    }
    if (QTextDocument* document = documentOf(field)) {
        return step == Step::undo ? document->isUndoAvailable() : document->isRedoAvailable();
    }
    return false;
}

void fieldDo(QWidget* field, Step step) {
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        step == Step::undo ? line->undo() : line->redo();
    } else if (QTextDocument* document = documentOf(field)) {
        step == Step::undo ? document->undo() : document->redo();
    }
}

} // namespace

UndoKeys::UndoKeys(QWidget* window) : QObject(window), window_(window) {
    qApp->installEventFilter(this);
}

bool UndoKeys::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress) {
        return false;
    }
    auto* widget = qobject_cast<QWidget*>(watched);
    if (widget == nullptr || window_ == nullptr || widget->window() != window_ ||
        widget != QApplication::focusWidget()) {
        return false; // dialogs keep the usual keys of their fields
    }
    const Step step = stepOf(*static_cast<QKeyEvent*>(event));
    if (step == Step::none) {
        return false;
    }
    const bool inField = hasUnsavedTyping(widget) && fieldCan(widget, step);
    if (event->type() == QEvent::ShortcutOverride) {
        // Accepted: the key goes to the field (below). Not accepted: the window's Undo or
        // Redo shortcut runs.
        event->setAccepted(inField);
        return true;
    }
    if (inField) {
        fieldDo(widget, step);
    }
    return true; // no field's own undo outside this rule
}

} // namespace dpia::ui
