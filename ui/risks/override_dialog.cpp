#include "ui/risks/override_dialog.h"

#include "core/baseline/baseline_types.h"
#include "core/scoring/evaluation.h"
#include "ui/risks/level_style.h"
#include "ui/risks/score_inputs.h"
#include "ui/text/local_text.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

std::function<void(OverrideDialog&)>& observer() {
    static std::function<void(OverrideDialog&)> instance;
    return instance;
}

} // namespace

OverrideDialog::OverrideDialog(const baseline::Matrix& matrix, const scoring::RiskResult& risk,
                               const std::optional<storage::RiskOverride>& current, QWidget* parent)
    : QDialog(parent), score_(new ScoreInputs(matrix, this)),
      justification_(new QPlainTextEdit(this)), problem_(new QLabel(this)), ok_(nullptr),
      remove_(nullptr) {
    setObjectName(QStringLiteral("overrideDialog"));
    //: Title of the dialog in which the user sets their own residual risk.
    setWindowTitle(tr("Override residual risk"));

    auto* title = new QLabel(local(risk.title), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    //: Override dialog: the computed residual level; %1 e.g. "Medium (2 × 3)".
    auto* computed = new QLabel(
        tr("Computed residual now: %1. Your override replaces it in the register, the heat "
           "map and the report; the computed level stays in the report too.")
            .arg(scoreText(matrix, risk.current)),
        this);
    computed->setWordWrap(true);

    const scoring::Score& start = risk.current;
    score_->setScore(current ? current->likelihood : start.likelihood,
                     current ? current->impact : start.impact);
    //: Label above the justification of an override; the & marks the shortcut key.
    auto* justificationLabel = new QLabel(tr("&Justification (required):"), this);
    justificationLabel->setBuddy(justification_);
    justification_->setObjectName(QStringLiteral("justification"));
    justification_->setTabChangesFocus(true);
    //: Accessible name of the justification field of an override.
    justification_->setAccessibleName(tr("Justification"));
    //: Placeholder in the justification field of an override.
    justification_->setPlaceholderText(
        tr("Why does this risk score differently from the computed level? Name the facts, "
           "for example a measure outside Microsoft 365."));
    if (current) {
        justification_->setPlainText(qs(current->justification));
    }
    problem_->setObjectName(QStringLiteral("problem"));
    problem_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    //: OK button of the override dialog.
    ok_->setText(tr("Save override"));
    //: Button of the override dialog that goes back to the computed level.
    remove_ = buttons->addButton(tr("&Remove override"), QDialogButtonBox::DestructiveRole);
    remove_->setObjectName(QStringLiteral("removeOverride"));
    remove_->setVisible(current.has_value());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (ok_->isEnabled()) {
            outcome_ = Outcome::saved;
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(remove_, &QPushButton::clicked, this, [this] {
        outcome_ = Outcome::removed;
        accept();
    });
    connect(justification_, &QPlainTextEdit::textChanged, this, &OverrideDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(computed);
    layout->addWidget(score_);
    layout->addWidget(justificationLabel);
    layout->addWidget(justification_, 1);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    validate();
    resize(620, 440);
}

storage::RiskOverride OverrideDialog::value() const {
    return {score_->likelihood(), score_->impact(), utf8(justification_->toPlainText())};
}

void OverrideDialog::validate() {
    const bool blank = justification_->toPlainText().trimmed().isEmpty();
    ok_->setEnabled(!blank);
    //: Shown under the justification while it is empty; OK is disabled meanwhile.
    problem_->setText(blank ? tr("Write a justification: an override only counts with one.")
                            : QString());
    problem_->setVisible(blank);
}

OverrideDialog::Outcome OverrideDialog::run() {
    outcome_ = Outcome::cancelled;
    if (observer()) {
        observer()(*this);
    } else {
        exec();
    }
    return result() == QDialog::Accepted ? outcome_ : Outcome::cancelled;
}

void OverrideDialog::setObserver(std::function<void(OverrideDialog&)> callback) {
    observer() = std::move(callback);
}

} // namespace dpia::ui
