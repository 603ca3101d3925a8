#pragma once

#include "ui/forms/question_editor.h"

#include <QDate>
#include <QTimer>

class QDateEdit;
class QToolButton;

namespace dpia::ui {

/// A date with a calendar pop-up and a "clear" button. An empty answer shows as
/// "no date"; entering the field offers today's date, saved only once the user changes
/// it or presses Enter.
class DateEditor : public QuestionEditor {
    Q_OBJECT
public:
    DateEditor(const baseline::Question& question, DocumentCommands& commands,
               QWidget* parent = nullptr);

    void showValue(const nlohmann::json* value) override;
    void commitPending() override;
    void setReadOnly(bool readOnly) override;
    bool hasUnsavedInput() const override { return dirty_; }
    QWidget* focusTarget() const override;

    QDateEdit* dateEdit() const { return edit_; }
    QToolButton* clearButton() const { return clear_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onDateChanged();
    void save();
    void showEmpty();
    bool isEmpty() const;

    QDateEdit* edit_;
    QToolButton* clear_;
    QTimer debounce_;
    bool dirty_ = false;
    bool offered_ = false; ///< showing today's date as an offer, not yet chosen
};

} // namespace dpia::ui
