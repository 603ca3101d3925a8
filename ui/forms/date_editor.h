#pragma once

#include "ui/forms/question_editor.h"
#include "ui/widgets/typing_saver.h"

#include <QDate>

class QDateEdit;
class QToolButton;

namespace dpia::ui {

/// A date with a calendar pop-up and a "clear" button. An empty answer shows as
/// "no date"; entering the field offers today's date, saved only once the user changes
/// it or presses Enter. A typed date is saved as typed text is (TypingSaver).
class DateEditor : public QuestionEditor {
    Q_OBJECT
public:
    DateEditor(const baseline::Question& question, DocumentCommands& commands,
               QWidget* parent = nullptr);

    void showValue(const nlohmann::json* value) override;
    void commitPending() override;
    void setReadOnly(bool readOnly) override;
    bool hasUnsavedInput() const override { return saver_.isPending(); }
    QWidget* focusTarget() const override;

    QDateEdit* dateEdit() const { return edit_; }
    QToolButton* clearButton() const { return clear_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onDateChanged();
    void showEmpty();
    bool isEmpty() const;
    /// The answer for the date shown.
    storage::Edit typedAnswer() const;

    QDateEdit* edit_;
    QToolButton* clear_;
    TypingSaver saver_;
    bool offered_ = false; ///< showing today's date as an offer, not yet chosen
};

} // namespace dpia::ui
