#include "ui/risks/score_inputs.h"

#include "core/baseline/baseline_types.h"
#include "ui/risks/level_style.h"
#include "ui/text/local_text.h"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace dpia::ui {

namespace {

void fill(QComboBox* box, const std::array<LocalText, baseline::Matrix::kSize>& scale) {
    for (int value = 1; value <= baseline::Matrix::kSize; ++value) {
        box->addItem(QStringLiteral("%1 – %2").arg(value).arg(
                         local(scale[static_cast<std::size_t>(value - 1)])),
                     value);
    }
}

} // namespace

ScoreInputs::ScoreInputs(const baseline::Matrix& matrix, QWidget* parent)
    : QWidget(parent), matrix_(matrix), likelihood_(new QComboBox(this)),
      impact_(new QComboBox(this)), level_(new QLabel(this)) {
    likelihood_->setObjectName(QStringLiteral("likelihood"));
    impact_->setObjectName(QStringLiteral("impact"));
    level_->setObjectName(QStringLiteral("resultingLevel"));
    fill(likelihood_, matrix.likelihood);
    fill(impact_, matrix.impact);
    // The scale names are long sentences; the box may be narrower than the longest one.
    for (QComboBox* box : {likelihood_, impact_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(30);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            showLevel();
            emit changed();
        });
    }
    //: Accessible name of the likelihood choice (1-4).
    likelihood_->setAccessibleName(tr("Likelihood"));
    //: Accessible name of the impact choice (1-4).
    impact_->setAccessibleName(tr("Impact"));
    level_->setMargin(4);
    level_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    //: Form label of the likelihood choice.
    form->addRow(tr("&Likelihood:"), likelihood_);
    //: Form label of the impact choice.
    form->addRow(tr("&Impact:"), impact_);
    //: Form label before the level that likelihood and impact give.
    form->addRow(tr("Level:"), level_);
    showLevel();
}

void ScoreInputs::setScore(int likelihood, int impact) {
    likelihood_->setCurrentIndex(std::clamp(likelihood, 1, baseline::Matrix::kSize) - 1);
    impact_->setCurrentIndex(std::clamp(impact, 1, baseline::Matrix::kSize) - 1);
    showLevel();
}

int ScoreInputs::likelihood() const {
    return likelihood_->currentData().toInt();
}

int ScoreInputs::impact() const {
    return impact_->currentData().toInt();
}

void ScoreInputs::showLevel() {
    const baseline::Level& level = matrix_.levelAt(likelihood(), impact());
    const QColor background = levelColour(matrix_, level.code);
    level_->setText(local(level.label));
    level_->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; }")
                              .arg(background.name(), readableOn(background).name()));
}

} // namespace dpia::ui
