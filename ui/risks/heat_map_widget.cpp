#include "ui/risks/heat_map_widget.h"

#include "core/baseline/baseline_types.h"
#include "ui/risks/level_style.h"
#include "ui/text/local_text.h"

#include <algorithm>

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

/// Empty cells are paler, so the eye finds the cells that hold risks; the words say it too.
QColor cellColour(const QColor& level, int count) {
    if (count > 0) {
        return level;
    }
    const auto pale = [](int channel) {
        return (channel * 35 + 255 * 65) / 100;
    };
    return QColor(pale(level.red()), pale(level.green()), pale(level.blue()));
}

/// The narrowest a cell may be: its widest text ("✓ Very high", "88 risks") in bold, as the
/// chosen cell shows it, with the padding and border of its style sheet (updateCells).
int cellMinimumWidth(const baseline::Matrix& matrix, const QFont& font) {
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    int widest = bold.horizontalAdvance(riskCountText(88));
    for (const baseline::Level& level : matrix.levels) {
        widest =
            std::max(widest, bold.horizontalAdvance(QStringLiteral("✓ ") + local(level.label)));
    }
    constexpr int kPadding = 4;
    constexpr int kCheckedBorder = 4;
    return widest + 2 * (kPadding + kCheckedBorder) + 2;
}

} // namespace

HeatMapWidget::HeatMapWidget(const baseline::Matrix& matrix, QWidget* parent)
    : QFrame(parent), matrix_(matrix), all_(new QPushButton(this)),
      inherent_(new QRadioButton(this)), residual_(new QRadioButton(this)) {
    setObjectName(QStringLiteral("heatMap"));
    setFrameShape(QFrame::StyledPanel);

    //: Heat map toggle: count the risks before safeguards.
    inherent_->setText(tr("&Inherent"));
    inherent_->setObjectName(QStringLiteral("heatMapInherent"));
    //: Heat map toggle: count the risks with the implemented safeguards (or override).
    residual_->setText(tr("Residual &now"));
    residual_->setObjectName(QStringLiteral("heatMapResidual"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(inherent_);
    modes->addButton(residual_);
    residual_->setChecked(true);
    connect(inherent_, &QRadioButton::toggled, this,
            [this](bool on) { setMode(on ? Mode::inherent : Mode::residual); });
    //: Button under the heat map that removes the cell filter from the table.
    all_->setText(tr("&All risks"));
    all_->setObjectName(QStringLiteral("heatMapAll"));
    //: Accessible description of the "All risks" button.
    all_->setAccessibleDescription(tr("Shows every risk in the table again."));
    connect(all_, &QPushButton::clicked, this, &HeatMapWidget::clearSelection);

    auto* top = new QHBoxLayout;
    //: Label before the inherent/residual toggle of the heat map.
    auto* show = new QLabel(tr("Show:"), this);
    top->addWidget(show);
    top->addWidget(inherent_);
    top->addWidget(residual_);
    top->addStretch(1);
    top->addWidget(all_);

    auto* grid = new QGridLayout;
    grid->setSpacing(3);
    //: Heat map: the vertical axis.
    auto* likelihoodAxis = new QLabel(tr("Likelihood ↑"), this);
    QFont bold = likelihoodAxis->font();
    bold.setBold(true);
    likelihoodAxis->setFont(bold);
    grid->addWidget(likelihoodAxis, 0, 0);
    for (int likelihood = kSize; likelihood >= 1; --likelihood) {
        const int row = kSize - likelihood + 1;
        const LocalText& name = matrix_.likelihood[static_cast<std::size_t>(likelihood - 1)];
        auto* label =
            new QLabel(QStringLiteral("%1 %2").arg(likelihood).arg(shortScaleLabel(name)), this);
        label->setToolTip(local(name));
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setWordWrap(true); // "4 Very likely" on two lines leaves the cells their room
        grid->addWidget(label, row, 0);
        for (int impact = 1; impact <= kSize; ++impact) {
            auto* button = new QPushButton(this);
            button->setObjectName(QStringLiteral("heatCell%1x%2").arg(likelihood).arg(impact));
            button->setCheckable(true);
            button->setAutoDefault(false);
            // Two lines of text; the explanation below gets the rest of the height.
            button->setMinimumSize(cellMinimumWidth(matrix_, font()),
                                   fontMetrics().lineSpacing() * 2 + 16);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            button->installEventFilter(this);
            connect(button, &QPushButton::clicked, this,
                    [this, likelihood, impact] { onCellClicked(likelihood, impact); });
            cells_[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)] =
                button;
            grid->addWidget(button, row, impact);
        }
    }
    for (int impact = 1; impact <= kSize; ++impact) {
        const LocalText& name = matrix_.impact[static_cast<std::size_t>(impact - 1)];
        auto* label =
            new QLabel(QStringLiteral("%1 %2").arg(impact).arg(shortScaleLabel(name)), this);
        label->setToolTip(local(name));
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
        grid->addWidget(label, kSize + 1, impact);
    }
    //: Heat map: the horizontal axis (how serious the effects on people are).
    auto* impactAxis = new QLabel(tr("Impact →"), this);
    impactAxis->setFont(bold);
    impactAxis->setAlignment(Qt::AlignHCenter);
    grid->addWidget(impactAxis, kSize + 2, 1, 1, kSize);
    for (int column = 1; column <= kSize; ++column) {
        grid->setColumnStretch(column, 1);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addStretch(1); // more room goes below the matrix, not between its rows
    //: Accessible name of the heat map.
    setAccessibleName(tr("Heat map of the risks"));
    updateCells();
}

QPushButton* HeatMapWidget::cell(int likelihood, int impact) const {
    if (likelihood < 1 || likelihood > kSize || impact < 1 || impact > kSize) {
        return nullptr;
    }
    return cells_[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)];
}

int HeatMapWidget::count(int likelihood, int impact) const {
    if (likelihood < 1 || likelihood > kSize || impact < 1 || impact > kSize) {
        return 0;
    }
    return counts_[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)];
}

void HeatMapWidget::showRisks(const std::vector<scoring::RiskResult>& risks) {
    risks_ = risks;
    recount();
    updateCells();
}

void HeatMapWidget::recount() {
    counts_ = {};
    for (const scoring::RiskResult& risk : risks_) {
        if (!risk.applies) {
            continue; // a risk that does not apply counts nowhere (docs/SCORING.md)
        }
        const scoring::Score& score = mode_ == Mode::inherent ? risk.inherent : risk.residual();
        if (score.likelihood >= 1 && score.likelihood <= kSize && score.impact >= 1 &&
            score.impact <= kSize) {
            ++counts_[static_cast<std::size_t>(score.likelihood - 1)]
                     [static_cast<std::size_t>(score.impact - 1)];
        }
    }
}

void HeatMapWidget::setMode(Mode mode) {
    if (mode == mode_) {
        return;
    }
    mode_ = mode;
    (mode == Mode::inherent ? inherent_ : residual_)->setChecked(true);
    recount();
    updateCells();
    emit filterChanged();
}

void HeatMapWidget::selectCell(int likelihood, int impact) {
    if (cell(likelihood, impact) == nullptr || (likelihood == likelihood_ && impact == impact_)) {
        return;
    }
    likelihood_ = likelihood;
    impact_ = impact;
    updateCells();
    emit filterChanged();
}

void HeatMapWidget::clearSelection() {
    if (!hasSelection()) {
        return;
    }
    const bool hadFocus = all_->hasFocus();
    likelihood_ = 0;
    impact_ = 0;
    updateCells();
    if (hadFocus) {
        cell(focusLikelihood_, focusImpact_)->setFocus(Qt::OtherFocusReason);
    }
    emit filterChanged();
}

void HeatMapWidget::onCellClicked(int likelihood, int impact) {
    focusLikelihood_ = likelihood;
    focusImpact_ = impact;
    if (likelihood == likelihood_ && impact == impact_) {
        clearSelection();
    } else {
        selectCell(likelihood, impact);
    }
    updateCells(); // a click toggles the button itself; the selection decides
}

void HeatMapWidget::moveFocus(int likelihood, int impact) {
    QPushButton* target = cell(likelihood, impact);
    if (target == nullptr) {
        return;
    }
    focusLikelihood_ = likelihood;
    focusImpact_ = impact;
    updateCells();
    target->setFocus(Qt::TabFocusReason);
}

bool HeatMapWidget::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) {
        return QFrame::eventFilter(watched, event);
    }
    for (int likelihood = 1; likelihood <= kSize; ++likelihood) {
        for (int impact = 1; impact <= kSize; ++impact) {
            if (watched != cell(likelihood, impact)) {
                continue;
            }
            const auto* key = static_cast<QKeyEvent*>(event);
            switch (key->key()) {
            case Qt::Key_Up:
                moveFocus(likelihood + 1, impact);
                return true;
            case Qt::Key_Down:
                moveFocus(likelihood - 1, impact);
                return true;
            case Qt::Key_Left:
                moveFocus(likelihood, impact - 1);
                return true;
            case Qt::Key_Right:
                moveFocus(likelihood, impact + 1);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                onCellClicked(likelihood, impact);
                return true;
            default:
                return QFrame::eventFilter(watched, event);
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

void HeatMapWidget::updateCells() {
    for (int likelihood = 1; likelihood <= kSize; ++likelihood) {
        for (int impact = 1; impact <= kSize; ++impact) {
            QPushButton* button = cell(likelihood, impact);
            const baseline::Level& level = matrix_.levelAt(likelihood, impact);
            const int risks = count(likelihood, impact);
            const bool selected = likelihood == likelihood_ && impact == impact_;
            const QColor background = cellColour(levelColour(matrix_, level.code), risks);
            const QColor text = readableOn(background);
            const QString counted = riskCountText(risks);
            // The chosen cell says so in text too (a tick), not only with its border.
            button->setText(
                QStringLiteral("%1%2\n%3")
                    .arg(selected ? QStringLiteral("✓ ") : QString(), local(level.label), counted));
            button->setChecked(selected);
            button->setStyleSheet(
                QStringLiteral("QPushButton { background-color: %1; color: %2; border: 1px solid "
                               "#5f6368; border-radius: 2px; padding: 4px; }"
                               "QPushButton:focus { border: 3px dotted %2; }"
                               "QPushButton:checked { border: 4px solid %2; font-weight: bold; }")
                    .arg(background.name(), text.name()));
            //: Accessible name of a heat-map cell: %1 likelihood, %2 impact (1-4), %3 the
            //: level in words, %4 the number of risks ("3 risks").
            button->setAccessibleName(tr("Likelihood %1, impact %2: %3, %4")
                                          .arg(likelihood)
                                          .arg(impact)
                                          .arg(local(level.label), counted));
            //: Accessible description of a heat-map cell.
            button->setAccessibleDescription(
                tr("Space or Enter shows only these risks in the table; again shows all."));
            button->setToolTip(QStringLiteral("%1\n%2").arg(
                local(matrix_.likelihood[static_cast<std::size_t>(likelihood - 1)]),
                local(matrix_.impact[static_cast<std::size_t>(impact - 1)])));
            // One tab stop for the whole grid; the arrow keys move within it.
            const bool tabStop = likelihood == focusLikelihood_ && impact == focusImpact_;
            button->setFocusPolicy(tabStop ? Qt::StrongFocus : Qt::ClickFocus);
        }
    }
    all_->setEnabled(hasSelection());
}

} // namespace dpia::ui
