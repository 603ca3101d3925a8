#pragma once

#include "ui/widgets/typed_date.h"

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace dpia::ui {

/// The one way a date is typed in this program (DateField around it for forms; alone in
/// the cells of tables). The user types a date as people write it (readTypedDate:
/// "1-3-2027", "01/03/2027", "01032027", "2027-03-01") or picks it from a calendar
/// (Alt+Down or F4). The text is read when the user leaves the field or presses Enter: a
/// date is shown again in the field's own form; anything else keeps its text and the
/// field says why (problemChanged). Nothing is ever replaced by another date. An empty
/// field is no date.
class DateLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget* parent = nullptr);

    /// Shows `date` (invalid: no date) as what the document holds: no problem, nothing
    /// typed.
    void setDate(const QDate& date);
    /// Shows an ISO 8601 date ("2027-03-15"); empty or not a date shows no date.
    void setIsoDate(const QString& isoDate);

    /// What the text reads as now (without saying anything).
    TypedDate typed() const { return readTypedDate(text()); }
    /// The date typed; invalid when the field is empty or the text is not a date.
    QDate date() const { return typed().date; }
    /// True when the text is a date or empty; false while it shows text that is not a date.
    bool isAcceptable() const { return typed().ok(); }
    /// The date as ISO 8601, empty for no date (or text that is not a date).
    QString isoDate() const;
    /// True while the field shows something the user typed that the document does not
    /// hold yet (setDate() ends it).
    bool isModified() const { return text() != shown_; }
    /// Why the text is not a date, or empty.
    QString problem() const { return problem_; }

    /// Reads the text as the user left it: shows a date in the field's form, or says why it
    /// is not a date. Returns isAcceptable().
    bool check();
    /// Opens the calendar on the date typed (or today).
    void openCalendar();
    /// The calendar pop-up (exists once opened).
    QCalendarWidget* calendar() const { return calendar_; }

signals:
    /// The user is done with the date: left the field, pressed Enter or picked a day in
    /// the calendar. The field has been checked; save when isAcceptable().
    void finished();
    /// The reason the text is not a date changed (empty: nothing wrong).
    void problemChanged(const QString& problem);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void pick(const QDate& date);
    void setProblem(const QString& problem);

    QWidget* popup_ = nullptr;
    QCalendarWidget* calendar_ = nullptr;
    QString shown_; ///< the text showing what the document holds
    QString problem_;
};

} // namespace dpia::ui
