#include "ui/risks/custom_risk_dialog.h"

#include "core/baseline/baseline_types.h"
#include "ui/risks/score_inputs.h"
#include "ui/text/local_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

std::function<void(CustomRiskDialog&)>& observer() {
    static std::function<void(CustomRiskDialog&)> instance;
    return instance;
}

} // namespace

CustomRiskDialog::CustomRiskDialog(const baseline::Matrix& matrix, const storage::CustomRisk& risk,
                                   QWidget* parent)
    : QDialog(parent), id_(risk.id), title_(new QLineEdit(this)),
      description_(new QPlainTextEdit(this)), score_(new ScoreInputs(matrix, this)),
      problem_(new QLabel(this)) {
    setObjectName(QStringLiteral("customRiskDialog"));
    //: Title of the dialog that adds a risk of the user's own.
    const QString addTitle = tr("Add own risk");
    //: Title of the dialog that edits a risk of the user's own.
    const QString editTitle = tr("Edit own risk");
    setWindowTitle(risk.id.empty() ? addTitle : editTitle);
    //: Explanation at the top of the own-risk dialog.
    auto* intro = new QLabel(tr("A risk the baseline does not name. Rate it yourself: the "
                                "safeguards of the baseline do not lower it; plan measures for "
                                "it in the action plan."),
                             this);
    intro->setWordWrap(true);
    title_->setObjectName(QStringLiteral("riskTitle"));
    title_->setText(qs(risk.title));
    //: Accessible name of the title field of an own risk.
    title_->setAccessibleName(tr("Title of the risk"));
    description_->setObjectName(QStringLiteral("riskDescription"));
    description_->setTabChangesFocus(true);
    description_->setPlainText(qs(risk.description));
    //: Accessible name of the description field of an own risk.
    description_->setAccessibleName(tr("Description of the risk"));
    //: Placeholder of the description of an own risk.
    description_->setPlaceholderText(
        tr("What can happen, to whom, and what would it mean for them?"));
    score_->setScore(risk.likelihood, risk.impact);
    problem_->setObjectName(QStringLiteral("problem"));
    problem_->setWordWrap(true);

    auto* form = new QFormLayout;
    //: Form label of the title of an own risk.
    form->addRow(tr("&Title (required):"), title_);
    //: Form label of the description of an own risk.
    form->addRow(tr("&Description:"), description_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (ok_->isEnabled()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(title_, &QLineEdit::textChanged, this, &CustomRiskDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(score_);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    validate();
    resize(620, 440);
}

storage::CustomRisk CustomRiskDialog::value() const {
    storage::CustomRisk risk;
    risk.id = id_;
    risk.title = utf8(title_->text().trimmed());
    risk.description = utf8(description_->toPlainText().trimmed());
    risk.likelihood = score_->likelihood();
    risk.impact = score_->impact();
    return risk;
}

void CustomRiskDialog::validate() {
    const bool blank = title_->text().trimmed().isEmpty();
    ok_->setEnabled(!blank);
    //: Shown in the own-risk dialog while the title is empty; OK is disabled meanwhile.
    problem_->setText(blank ? tr("Give the risk a title.") : QString());
    problem_->setVisible(blank);
}

bool CustomRiskDialog::run() {
    if (observer()) {
        observer()(*this);
    } else {
        exec();
    }
    return result() == QDialog::Accepted;
}

void CustomRiskDialog::setObserver(std::function<void(CustomRiskDialog&)> callback) {
    observer() = std::move(callback);
}

} // namespace dpia::ui
