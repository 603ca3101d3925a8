#pragma once

#include "core/storage/assessment.h"

#include <functional>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dpia::baseline {
struct Matrix;
}

namespace dpia::ui {

class ScoreInputs;

/// Adds or edits a risk of the user's own: title (required), description, likelihood
/// and impact. OK stays disabled, with a line saying why, while the title is blank.
class CustomRiskDialog : public QDialog {
    Q_OBJECT
public:
    /// `risk` is the risk to edit, or a default one (empty id) to add.
    CustomRiskDialog(const baseline::Matrix& matrix, const storage::CustomRisk& risk,
                     QWidget* parent = nullptr);

    /// The risk as entered (with the id it was opened with).
    storage::CustomRisk value() const;

    QLineEdit* titleEdit() const { return title_; }
    QPlainTextEdit* descriptionEdit() const { return description_; }
    ScoreInputs* scoreInputs() const { return score_; }
    QPushButton* okButton() const { return ok_; }
    QLabel* problemLabel() const { return problem_; }

    /// Runs the dialog modally — or, under test, hands it to the installed observer;
    /// true when the user pressed OK.
    bool run();
    /// Tests: receive each dialog instead of running it (nullptr restores exec()).
    static void setObserver(std::function<void(CustomRiskDialog&)> observer);

private:
    void validate();

    std::string id_;
    QLineEdit* title_;
    QPlainTextEdit* description_;
    ScoreInputs* score_;
    QLabel* problem_;
    QPushButton* ok_ = nullptr;
};

} // namespace dpia::ui
