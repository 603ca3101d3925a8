#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace dpia::baseline {
class Baseline;
}
namespace dpia::scoring {
struct Evaluation;
}

namespace dpia::ui {

/// The outcome of the pre-scan — whether a DPIA is required and why — shown on the pages
/// whose questions decide it, updated after every answer. Until the questions that decide
/// it are answered it says so and lists them, each a link to the question.
class VerdictPanel : public QFrame {
    Q_OBJECT
public:
    VerdictPanel(const baseline::Baseline& baseline, QWidget* parent = nullptr);

    void showEvaluation(const scoring::Evaluation& evaluation);

    QLabel* verdictLabel() const { return verdict_; }
    QLabel* reasonsLabel() const { return reasons_; }
    /// While the verdict is undecided: the open questions that decide it, as links.
    QLabel* missingLabel() const { return missing_; }

    QToolButton* detailsButton() const { return details_; }

signals:
    void questionRequested(const QString& questionId);

private:
    void showDetails(bool shown);

    const baseline::Baseline& baseline_;
    QLabel* verdict_;
    QLabel* reason_;
    QLabel* reasons_; ///< criteria met and points of attention (hints)
    QLabel* missing_; ///< the open deciding questions, while undecided
    QToolButton* details_;
};

} // namespace dpia::ui
