#pragma once

#include "ui/forms/question_editor.h"

#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dpia::ui {

/// Saves typed input 700 ms after the last keystroke and when the field loses focus;
/// consecutive saves of one field merge into one undo step.
inline constexpr int kTypingDebounceMs = 700;

/// Free text: a QPlainTextEdit where Tab moves on (tabChangesFocus).
class TextEditor : public QuestionEditor {
    Q_OBJECT
public:
    TextEditor(const baseline::Question& question, DocumentCommands& commands,
               QWidget* parent = nullptr);

    void showValue(const nlohmann::json* value) override;
    void commitPending() override;
    void setReadOnly(bool readOnly) override;
    QWidget* focusTarget() const override;

    bool hasUnsavedInput() const override { return dirty_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextChanged();
    void saveTyped();
    void fitHeight();

    QPlainTextEdit* edit_;
    QTimer debounce_;
    bool applying_ = false;
    bool dirty_ = false;
    QString refused_; ///< the text a save was refused for; not retried until it changes
};

/// A number within the question's min and max, typed in the UI language's notation.
class NumberEditor : public QuestionEditor {
    Q_OBJECT
public:
    NumberEditor(const baseline::Question& question, DocumentCommands& commands,
                 QWidget* parent = nullptr);

    void showValue(const nlohmann::json* value) override;
    void commitPending() override;
    void setReadOnly(bool readOnly) override;
    QWidget* focusTarget() const override;

    bool hasUnsavedInput() const override { return dirty_; }
    QLabel* problemLabel() const { return problem_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void saveTyped();
    QString rangeText() const;

    QLineEdit* edit_;
    QLabel* problem_;
    QTimer debounce_;
    bool dirty_ = false;
    QString refused_;
};

} // namespace dpia::ui
