#include "ui/widgets/date_line_edit.h"

#include "ui/widgets/unsaved_typing.h"

#include <algorithm>

#include <QCalendarWidget>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QVBoxLayout>

namespace dpia::ui {

DateLineEdit::DateLineEdit(QWidget* parent) : QLineEdit(parent) {
    setObjectName(QStringLiteral("dateText"));
    setPlaceholderText(datePattern());
    //: Tooltip of a date field; %1 is how to type a date ("day-month-year, e.g. 15-03-2027").
    setToolTip(tr("Type a date: %1. Alt+Down or F4 opens the calendar.").arg(dateFormatHint()));
    // Wide enough for the pattern and for a date with room to spare.
    // Until saved, Ctrl+Z undoes the typing here (ui/window/undo_keys.h).
    connect(this, &QLineEdit::textChanged, this, [this] { setUnsavedTyping(this, isModified()); });
    setMinimumWidth(std::max(fontMetrics().horizontalAdvance(placeholderText()),
                             fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000 "))) +
                    fontMetrics().averageCharWidth() * 3);
}

void DateLineEdit::setDate(const QDate& date) {
    shown_ = dateText(date);
    setText(shown_);
    setUnsavedTyping(this, false);
    setProblem(QString());
}

void DateLineEdit::setIsoDate(const QString& isoDate) {
    setDate(QDate::fromString(isoDate, Qt::ISODate));
}

QString DateLineEdit::isoDate() const {
    const QDate date = this->date();
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool DateLineEdit::check() {
    const TypedDate read = typed();
    if (read.problem == TypedDate::Problem::none) {
        const QString form = dateText(read.date);
        if (text() != form) {
            setText(form); // the same date, in the form that leaves no doubt
        }
    }
    setProblem(dateProblemText(read, text()));
    return read.ok();
}

void DateLineEdit::openCalendar() {
    if (isReadOnly() || !isEnabled()) {
        return;
    }
    if (popup_ == nullptr) {
        popup_ = new QWidget(this, Qt::Popup);
        calendar_ = new QCalendarWidget(popup_);
        calendar_->setObjectName(QStringLiteral("datePicker"));
        //: Accessible name of the calendar that opens from a date field.
        calendar_->setAccessibleName(tr("Calendar: arrow keys choose a day, Enter takes it, "
                                        "Escape closes"));
        calendar_->setDateRange(QDate(kFirstYear, 1, 1), QDate(kLastYear, 12, 31));
        auto* layout = new QVBoxLayout(popup_);
        layout->setContentsMargins(1, 1, 1, 1);
        layout->addWidget(calendar_);
        // Enter or a double click (activated), or one click (clicked), takes the day.
        connect(calendar_, &QCalendarWidget::activated, this, &DateLineEdit::pick);
        connect(calendar_, &QCalendarWidget::clicked, this, &DateLineEdit::pick);
    }
    const QDate date = this->date();
    calendar_->setSelectedDate(date.isValid() ? date : QDate::currentDate());
    popup_->adjustSize();
    popup_->move(mapToGlobal(QPoint(0, height())));
    popup_->show();
    calendar_->setFocus(Qt::PopupFocusReason);
}

void DateLineEdit::pick(const QDate& date) {
    popup_->hide();
    setText(dateText(date));
    setFocus(Qt::PopupFocusReason);
    setProblem(QString());
    emit finished();
}

void DateLineEdit::setProblem(const QString& problem) {
    if (problem != problem_) {
        problem_ = problem;
        emit problemChanged(problem_);
    }
}

namespace {

bool opensCalendar(const QKeyEvent& key) {
    const bool altDown = key.key() == Qt::Key_Down && (key.modifiers() & Qt::AltModifier) != 0;
    return altDown || (key.key() == Qt::Key_F4 && key.modifiers() == Qt::NoModifier);
}

} // namespace

bool DateLineEdit::event(QEvent* event) {
    // The calendar keys belong to the field, also where Alt+Down is a shortcut around it
    // (moving a row of a table question).
    if (event->type() == QEvent::ShortcutOverride &&
        opensCalendar(*static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

void DateLineEdit::keyPressEvent(QKeyEvent* event) {
    if (opensCalendar(*event)) {
        openCalendar();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        check();
        emit finished();
    }
    QLineEdit::keyPressEvent(event);
}

void DateLineEdit::focusOutEvent(QFocusEvent* event) {
    QLineEdit::focusOutEvent(event);
    // A pop-up (the calendar, a context menu) is not leaving the field.
    if (event->reason() != Qt::PopupFocusReason) {
        check();
        emit finished();
    }
}

} // namespace dpia::ui
