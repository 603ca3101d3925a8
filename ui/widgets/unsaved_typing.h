#pragma once

class QWidget;

namespace dpia::ui {

/// Marks whether `field` shows typing the document does not hold yet. TypingSaver and the
/// date fields keep it up to date; the window's undo keys read it (ui/window/undo_keys.h):
/// while a field holds unsaved typing, Ctrl+Z undoes that typing, otherwise the document.
void setUnsavedTyping(QWidget* field, bool unsaved);

/// True when `widget`, or the widget it belongs to (the box around a combo box's line),
/// holds unsaved typing.
bool hasUnsavedTyping(const QWidget* widget);

} // namespace dpia::ui
