#pragma once

#include "ui/forms/question_editor.h"
#include "ui/widgets/typing_saver.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dpia::ui {

/// Free text: a QPlainTextEdit where Tab moves on (tabChangesFocus). Typed text is saved
/// by a TypingSaver (after the pause, on leaving the field), one undo step per visit.
class TextEditor : public QuestionEditor {
    Q_OBJECT
public:
    TextEditor(const baseline::Question& question, DocumentCommands& commands,
               QWidget* parent = nullptr);

    void showValue(const nlohmann::json* value) override;
    void commitPending() override;
    void setReadOnly(bool readOnly) override;
    QWidget* focusTarget() const override;

    bool hasUnsavedInput() const override { return saver_.isPending(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitHeight();

    QPlainTextEdit* edit_;
    TypingSaver saver_;
};

/// A number within the question's min and max, typed in the UI language's notation; saved
/// as free text is.
class NumberEditor : public QuestionEditor {
    Q_OBJECT
public:
    NumberEditor(const baseline::Question& question, DocumentCommands& commands,
                 QWidget* parent = nullptr);

    void showValue(const nlohmann::json* value) override;
    void commitPending() override;
    void setReadOnly(bool readOnly) override;
    QWidget* focusTarget() const override;

    bool hasUnsavedInput() const override { return saver_.isPending(); }
    QLabel* problemLabel() const { return problem_; }

private:
    /// The answer typed, or nullopt (and the problem shown) when it is not a number allowed.
    std::optional<storage::Edit> typedAnswer();
    QString rangeText() const;

    QLineEdit* edit_;
    QLabel* problem_;
    TypingSaver saver_;
};

} // namespace dpia::ui
