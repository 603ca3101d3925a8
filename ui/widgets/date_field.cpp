#include "ui/widgets/date_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace dpia::ui {

DateField::DateField(QWidget* parent)
    : QWidget(parent), line_(new DateLineEdit(this)), button_(new QToolButton(this)),
      message_(new QLabel(this)), row_(new QHBoxLayout) {
    //: Button beside a date field that opens a calendar.
    button_->setText(tr("Calendar…"));
    button_->setToolTip(tr("Pick the date from a calendar (Alt+Down)"));
    button_->setAccessibleName(tr("Pick the date from a calendar"));
    // The calendar is one key away in the field (Alt+Down, F4); the button is for the mouse
    // and no extra stop on the way through a form.
    button_->setFocusPolicy(Qt::NoFocus);
    message_->setObjectName(QStringLiteral("dateProblem"));
    message_->setWordWrap(true);
    message_->setVisible(false);
    // A label's mnemonic and Tab land where the typing is.
    setFocusProxy(line_);

    row_->setContentsMargins(0, 0, 0, 0);
    row_->addWidget(line_);
    row_->addWidget(button_);
    row_->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row_);
    layout->addWidget(message_);

    connect(button_, &QToolButton::clicked, line_, &DateLineEdit::openCalendar);
    connect(line_, &DateLineEdit::problemChanged, this, [this](const QString& problem) {
        message_->setText(problem);
        message_->setVisible(!problem.isEmpty());
    });
}

void DateField::addToRow(QWidget* widget) {
    row_->insertWidget(row_->count() - 1, widget);
}

void DateField::setReadOnly(bool readOnly) {
    line_->setReadOnly(readOnly);
    button_->setEnabled(!readOnly);
}

} // namespace dpia::ui
