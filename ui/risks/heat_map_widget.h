#pragma once

#include "core/baseline/baseline_types.h"
#include "core/scoring/evaluation.h"

#include <array>
#include <vector>

#include <QFrame>

class QPushButton;
class QRadioButton;

namespace dpia::ui {

/// The baseline's risk matrix (4 × 4): likelihood upwards, impact to the right. Each cell is a
/// button in the level's colour that says the level in words and how many risks score there, so it
/// reads in black and white and to a screen reader. It counts inherent or current (residual)
/// scores. Choosing a cell (click, or arrows then Space/Enter) selects it as a filter; choosing it
/// again, or "All risks", clears the filter.
class HeatMapWidget : public QFrame {
    Q_OBJECT
public:
    enum class Mode { inherent, residual };

    explicit HeatMapWidget(const baseline::Matrix& matrix, QWidget* parent = nullptr);

    void showRisks(const std::vector<scoring::RiskResult>& risks);
    Mode mode() const { return mode_; }
    void setMode(Mode mode);
    bool hasSelection() const { return likelihood_ > 0; }
    int selectedLikelihood() const { return likelihood_; }
    int selectedImpact() const { return impact_; }
    void selectCell(int likelihood, int impact);
    void clearSelection();
    /// How many risks the current mode puts in a cell.
    int count(int likelihood, int impact) const;

    QPushButton* cell(int likelihood, int impact) const;
    QPushButton* allButton() const { return all_; }
    QRadioButton* inherentButton() const { return inherent_; }
    QRadioButton* residualButton() const { return residual_; }

signals:
    /// The chosen cell or the mode changed: the table filters again.
    void filterChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCellClicked(int likelihood, int impact);
    void moveFocus(int likelihood, int impact);
    void updateCells();
    void recount();

    static constexpr int kSize = baseline::Matrix::kSize; ///< one cell per likelihood × impact
    const baseline::Matrix& matrix_;
    std::vector<scoring::RiskResult> risks_;
    std::array<std::array<QPushButton*, kSize>, kSize> cells_{}; ///< [likelihood-1][impact-1]
    std::array<std::array<int, kSize>, kSize> counts_{};
    QPushButton* all_;
    QRadioButton* inherent_;
    QRadioButton* residual_;
    Mode mode_ = Mode::residual;
    int likelihood_ = 0;
    int impact_ = 0;
    int focusLikelihood_ = kSize; ///< the one cell Tab lands on (roving tab stop)
    int focusImpact_ = 1;
};

} // namespace dpia::ui
