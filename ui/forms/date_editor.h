#pragma once

#include "ui/forms/question_editor.h"

class QToolButton;

namespace dpia::ui {

class DateField;
class DateLineEdit;

/// A date question: a DateField (typed as people write dates, or picked from its calendar)
/// and a "clear" button. The date is saved when the user leaves the field or presses
/// Enter, and only when the text is a date; otherwise the field keeps the text and says
/// why. An empty field is no answer.
class DateEditor : public QuestionEditor {
    Q_OBJECT
public:
    DateEditor(const baseline::Question& question, DocumentCommands& commands,
               QWidget* parent = nullptr);
    /// The field loses focus while ~QWidget deletes it, after this object's own destructor
    /// has run: its "finished" must not reach save() then.
    ~DateEditor() override;

    void showValue(const nlohmann::json* value) override;
    void commitPending() override;
    void setReadOnly(bool readOnly) override;
    bool hasUnsavedInput() const override;
    QWidget* focusTarget() const override;

    DateField* dateField() const { return field_; }
    QToolButton* clearButton() const { return clear_; }

private:
    DateLineEdit* line() const;
    /// Saves the date typed when it is one and the document does not hold it yet.
    void save();

    DateField* field_;
    QToolButton* clear_;
};

} // namespace dpia::ui
