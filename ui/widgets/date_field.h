#pragma once

#include "ui/widgets/date_line_edit.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace dpia::ui {

/// A date in a form: a DateLineEdit, a button that opens its calendar (for the mouse; the
/// keyboard has Alt+Down and F4) and, under them, the message why the text typed is not a
/// date. Due dates of measures, dates of sign-offs and date questions use it.
class DateField : public QWidget {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    DateLineEdit* lineEdit() const { return line_; }
    QToolButton* calendarButton() const { return button_; }
    /// The message under the field (hidden while there is nothing to say).
    QLabel* messageLabel() const { return message_; }

    void setReadOnly(bool readOnly);
    /// Puts `widget` (a "Clear date" button) on the field's row, after the calendar button;
    /// the message under the row then has the whole width.
    void addToRow(QWidget* widget);

private:
    DateLineEdit* line_;
    QToolButton* button_;
    QLabel* message_;
    QHBoxLayout* row_;
};

} // namespace dpia::ui
