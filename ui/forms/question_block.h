#pragma once

#include "core/baseline/baseline_types.h"

#include <QFrame>

class QLabel;

namespace dpia::ui {

class DocumentCommands;
class QuestionEditor;

/// One question on a form page: its text (with an asterisk when required) above its
/// editor.
class QuestionBlock : public QFrame {
    Q_OBJECT
public:
    QuestionBlock(const baseline::Question& question, DocumentCommands& commands,
                  QWidget* parent = nullptr);

    const baseline::Question& question() const { return question_; }
    QuestionEditor* editor() const { return editor_; }
    QLabel* label() const { return label_; }

private:
    const baseline::Question& question_;
    QLabel* label_;
    QuestionEditor* editor_;
};

} // namespace dpia::ui
