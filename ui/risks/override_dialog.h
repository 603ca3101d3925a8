#pragma once

#include "core/storage/assessment.h"

#include <functional>
#include <optional>

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dpia::baseline {
struct Matrix;
}
namespace dpia::scoring {
struct RiskResult;
}

namespace dpia::ui {

class ScoreInputs;

/// The expert's own residual score for a baseline risk: likelihood, impact and a
/// justification, which is required (the scoring ignores an override without one, and
/// the core refuses to store it). OK stays disabled, with a line saying why, until the
/// justification holds text. "Remove override" goes back to the computed level.
class OverrideDialog : public QDialog {
    Q_OBJECT
public:
    enum class Outcome { cancelled, saved, removed };

    OverrideDialog(const baseline::Matrix& matrix, const scoring::RiskResult& risk,
                   const std::optional<storage::RiskOverride>& current, QWidget* parent = nullptr);

    /// What the user entered (the justification as typed).
    storage::RiskOverride value() const;
    Outcome outcome() const { return outcome_; }

    ScoreInputs* scoreInputs() const { return score_; }
    QPlainTextEdit* justificationEdit() const { return justification_; }
    QPushButton* okButton() const { return ok_; }
    QPushButton* removeButton() const { return remove_; }
    QLabel* problemLabel() const { return problem_; }

    /// Runs the dialog modally — or, under test, hands it to the installed observer —
    /// and returns what the user chose.
    Outcome run();
    /// Tests: receive each dialog instead of running it (nullptr restores exec()).
    static void setObserver(std::function<void(OverrideDialog&)> observer);

private:
    void validate();

    ScoreInputs* score_;
    QPlainTextEdit* justification_;
    QLabel* problem_;
    QPushButton* ok_;
    QPushButton* remove_;
    Outcome outcome_ = Outcome::cancelled;
};

} // namespace dpia::ui
