#pragma once

#include <nlohmann/json_fwd.hpp>

#include <QFrame>

class QLabel;

namespace dpia::baseline {
class Baseline;
struct Question;
} // namespace dpia::baseline

namespace dpia::ui {

/// One fact, one place: a question asked in another section, shown read-only where an
/// earlier baseline asked it again (baseline `replaces`), with a link to where it is
/// answered. The link emits `questionRequested`.
class AnsweredElsewhere : public QFrame {
    Q_OBJECT
public:
    AnsweredElsewhere(const baseline::Baseline& baseline, const baseline::Question& question,
                      QWidget* parent = nullptr);

    const baseline::Question& question() const { return question_; }
    /// Shows the answer as it is stored now (null or absent: not answered yet).
    void showAnswer(const nlohmann::json* answer);
    QLabel* label() const { return label_; }

signals:
    void questionRequested(const QString& questionId);

private:
    const baseline::Question& question_;
    QString where_; ///< "Pre-scan › Scope and processing"
    QLabel* label_;
};

/// An answer in words: option labels, yes/no, the text, the number of table rows.
QString answerInWords(const baseline::Question& question, const nlohmann::json* answer);

} // namespace dpia::ui
