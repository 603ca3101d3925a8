#pragma once

#include "ui/forms/question_editor.h"

#include <vector>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QToolButton;

namespace dpia::ui {

/// Radio buttons, one per possible answer, and a "clear" button for "unanswered".
/// Serves yes/no questions (true / false) and choice questions with few options.
class RadioEditor : public QuestionEditor {
    Q_OBJECT
public:
    RadioEditor(const baseline::Question& question, DocumentCommands& commands,
                QWidget* parent = nullptr);

    void showValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;
    QWidget* focusTarget() const override;

    QAbstractButton* button(int index) const;
    QToolButton* clearButton() const { return clear_; }

private:
    void choose(int index);

    std::vector<nlohmann::json> values_;
    QButtonGroup* group_;
    QToolButton* clear_;
};

/// A combo box for choice questions with many options; its first entry is "no answer".
class ComboEditor : public QuestionEditor {
    Q_OBJECT
public:
    ComboEditor(const baseline::Question& question, DocumentCommands& commands,
                QWidget* parent = nullptr);

    void showValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;
    QWidget* focusTarget() const override;

private:
    void choose(int index);

    QComboBox* combo_;
};

/// One check box per option; every toggle saves the chosen set.
class MultiChoiceEditor : public QuestionEditor {
    Q_OBJECT
public:
    MultiChoiceEditor(const baseline::Question& question, DocumentCommands& commands,
                      QWidget* parent = nullptr);

    void showValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;
    QWidget* focusTarget() const override;

    QAbstractButton* box(int index) const { return boxes_[static_cast<std::size_t>(index)]; }

private:
    void saveChosen();

    std::vector<QAbstractButton*> boxes_;
};

/// Choice questions with more options than this get a combo box instead of radio buttons.
inline constexpr std::size_t kMaxRadioOptions = 7;

} // namespace dpia::ui
