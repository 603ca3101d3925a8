#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace dpia::baseline {
struct Matrix;
}

namespace dpia::ui {

/// Likelihood and impact (1–4, with the matrix's names) and the level they give, in
/// words on the level's colour. Used by the override and custom-risk dialogs.
class ScoreInputs : public QWidget {
    Q_OBJECT
public:
    explicit ScoreInputs(const baseline::Matrix& matrix, QWidget* parent = nullptr);

    void setScore(int likelihood, int impact);
    int likelihood() const;
    int impact() const;

    QComboBox* likelihoodBox() const { return likelihood_; }
    QComboBox* impactBox() const { return impact_; }
    QLabel* levelLabel() const { return level_; }

signals:
    void changed();

private:
    void showLevel();

    const baseline::Matrix& matrix_;
    QComboBox* likelihood_;
    QComboBox* impact_;
    QLabel* level_;
};

} // namespace dpia::ui
