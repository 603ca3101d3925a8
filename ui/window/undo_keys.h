#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace dpia::ui {

/// Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in the document window, from any field. A text field
/// would take these keys for its own undo even when everything it shows is saved, so the
/// document's Undo never ran from a field. The rule: while the field with the focus holds
/// typing the document does not have yet (hasUnsavedTyping) and its own undo (redo) has
/// something to do, the key undoes (redoes) that typing; otherwise it goes to the window's
/// Undo or Redo, the document's QUndoStack.
class UndoKeys : public QObject {
    Q_OBJECT
public:
    /// Watches key events for widgets in `window` (installed on the application).
    explicit UndoKeys(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> window_;
};

} // namespace dpia::ui
