#pragma once

#include <string>

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace dpia::ui {

/// A date that may stay open: a date field with a check box beside it ("No due date",
/// "Not yet dated"). While the box is ticked the date field is disabled and the value is
/// empty. Dates are ISO 8601 ("YYYY-MM-DD"), as the core stores them.
class OptionalDateField : public QWidget {
    Q_OBJECT

public:
    /// `dateName` is the date field's accessible name; `noneText` labels the check box.
    OptionalDateField(const QString& dateName, const QString& noneText, QWidget* parent = nullptr);

    /// Shows `isoDate`, or ticks the box when it is empty or not a date; the date field then
    /// offers `proposal` for when the user unticks it. Emits no `changed`.
    void setIsoDate(const std::string& isoDate, const QDate& proposal);
    /// The date shown, or empty while the box is ticked.
    std::string isoDate() const;
    /// Whether the user may change it (both parts; the date only while the box is clear).
    void setEditable(bool editable);

    QDateEdit* dateEdit() const { return date_; }
    QCheckBox* noneBox() const { return none_; }

signals:
    /// The user changed the date or ticked or cleared the box.
    void changed();

private:
    void updateEnabled();

    QDateEdit* date_;
    QCheckBox* none_;
    bool editable_ = true;
    bool filling_ = false;
};

} // namespace dpia::ui
