#pragma once

#include "core/baseline/baseline_types.h"
#include "core/storage/edit.h"

#include <nlohmann/json.hpp>

#include <QWidget>

namespace dpia::ui {

class DocumentCommands;

/// The input for one question. It shows what the core holds (`showValue`) and hands every
/// change to the command facade; it never writes document data itself.
class QuestionEditor : public QWidget {
    Q_OBJECT
public:
    QuestionEditor(const baseline::Question& question, DocumentCommands& commands,
                   QWidget* parent = nullptr);

    const baseline::Question& question() const { return question_; }

    /// Shows the stored answer (nullptr: unanswered). Leaves a field the user is still
    /// typing in alone when it already shows that value.
    virtual void showValue(const nlohmann::json* value) = 0;
    /// Saves what was typed but not yet saved (debounced text, dates, numbers).
    virtual void commitPending() {}
    /// True while input is shown that the document does not hold (a save was refused).
    virtual bool hasUnsavedInput() const { return false; }
    virtual void setReadOnly(bool readOnly) = 0;
    /// The widget that takes focus for this question (label buddy, navigation).
    virtual QWidget* focusTarget() const = 0;

protected:
    /// Names `widget` after the question; its description says when an answer is required.
    void nameForAccessibility(QWidget* widget) const;
    QString questionText() const;
    /// The question text, plus "Required question" when it is: the accessible description
    /// of inputs named after an option rather than the question.
    QString describe() const;
    /// What the document holds now for this question (nullptr: unanswered).
    const nlohmann::json* stored() const;
    bool commit(const nlohmann::json& value);
    /// The edit that answers the question with `value` (typed answers save it through a
    /// TypingSaver).
    storage::Edit answerEdit(const nlohmann::json& value) const;
    DocumentCommands& commands() const { return commands_; }

private:
    const baseline::Question& question_;
    DocumentCommands& commands_;
};

/// The editor for the question's type.
QuestionEditor* createQuestionEditor(const baseline::Question& question, DocumentCommands& commands,
                                     QWidget* parent);

} // namespace dpia::ui
