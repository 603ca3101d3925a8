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
/// whose questions decide it, updated after every answer.
class VerdictPanel : public QFrame {
    Q_OBJECT
public:
    VerdictPanel(const baseline::Baseline& baseline, QWidget* parent = nullptr);

    void showEvaluation(const scoring::Evaluation& evaluation);

    QLabel* verdictLabel() const { return verdict_; }
    QLabel* reasonsLabel() const { return reasons_; }
    QToolButton* detailsButton() const { return details_; }

private:
    void showDetails(bool shown);

    const baseline::Baseline& baseline_;
    QLabel* verdict_;
    QLabel* reason_;
    QLabel* reasons_; ///< criteria met and points of attention (hints)
    QToolButton* details_;
};

} // namespace dpia::ui
