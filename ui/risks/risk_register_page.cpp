#include "ui/risks/risk_register_page.h"

#include "core/baseline/baseline.h"
#include "ui/risks/custom_risk_dialog.h"
#include "ui/risks/heat_map_widget.h"
#include "ui/risks/level_style.h"
#include "ui/risks/override_dialog.h"
#include "ui/risks/risk_explanation.h"
#include "ui/risks/risk_filter_proxy.h"
#include "ui/risks/risk_table_model.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/widgets/adaptive_splitter.h"
#include "ui/widgets/page_header.h"
#include "ui/widgets/row_heights.h"

#include <algorithm>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

const storage::CustomRisk* customRisk(const storage::Assessment& assessment,
                                      const std::string& id) {
    for (const storage::CustomRisk& risk : assessment.customRisks) {
        if (risk.id == id) {
            return &risk;
        }
    }
    return nullptr;
}

} // namespace

RiskRegisterPage::RiskRegisterPage(DocumentSession& session, DocumentCommands& commands,
                                   QWidget* parent)
    : WorkspacePage(parent), session_(session), commands_(commands),
      model_(new RiskTableModel(session.baseline().matrix(), this)),
      proxy_(new RiskFilterProxy(this)), filterLabel_(new QLabel(this)),
      table_(new QTableView(this)), override_(new QPushButton(this)), add_(new QPushButton(this)),
      edit_(new QPushButton(this)), remove_(new QPushButton(this)),
      heatMap_(new HeatMapWidget(session.baseline().matrix(), this)),
      explanation_(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("page:@risks"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    //: Heading of the risk register page.
    addPageHeader(layout, this, tr("Risk register"),
                  //: Introduction of the risk register page.
                  tr("Every risk of this DPIA with its level before safeguards (inherent), "
                     "with the safeguards marked implemented (residual now) and once the "
                     "planned ones are in place too. Choose a risk to see why it scores as it "
                     "does; choose a cell of the heat map to show only the risks in it."));

    proxy_->setSourceModel(model_);
    table_->setObjectName(QStringLiteral("riskTable"));
    table_->setModel(proxy_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSortingEnabled(true);
    fitRowsToContents(table_);
    table_->setTabKeyNavigation(false); // Tab leaves the table, as in the questionnaire
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(RiskTableModel::TitleColumn,
                                                     QHeaderView::Stretch);
    for (int column = RiskTableModel::InherentColumn; column < RiskTableModel::ColumnCount;
         ++column) {
        table_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    //: Accessible name of the table of risks.
    table_->setAccessibleName(tr("Risks"));
    //: Accessible description of the table of risks.
    table_->setAccessibleDescription(
        tr("Enter opens the override or, for your own risk, its details; Delete removes your "
           "own risk."));

    explanation_->setObjectName(QStringLiteral("riskExplanation"));
    explanation_->setOpenLinks(false);
    //: Accessible name of the panel that explains the selected risk.
    explanation_->setAccessibleName(tr("Why the selected risk scores as it does"));

    filterLabel_->setObjectName(QStringLiteral("riskFilter"));
    filterLabel_->setWordWrap(true);

    //: Button: set your own residual level for the selected risk.
    override_->setText(tr("&Override residual risk…"));
    override_->setObjectName(QStringLiteral("overrideRisk"));
    //: Button: add a risk the baseline does not name.
    add_->setText(tr("Add own &risk…"));
    add_->setObjectName(QStringLiteral("addRisk"));
    //: Button: edit the selected risk of your own.
    edit_->setText(tr("Edi&t own risk…"));
    edit_->setObjectName(QStringLiteral("editRisk"));
    //: Button: remove the selected risk of your own (undo brings it back).
    remove_->setText(tr("Remo&ve own risk"));
    remove_->setObjectName(QStringLiteral("removeRisk"));
    connect(override_, &QPushButton::clicked, this, &RiskRegisterPage::editOverride);
    connect(add_, &QPushButton::clicked, this, &RiskRegisterPage::addCustomRisk);
    connect(edit_, &QPushButton::clicked, this, &RiskRegisterPage::editCustomRisk);
    connect(remove_, &QPushButton::clicked, this, &RiskRegisterPage::removeCustomRisk);
    auto* removeKey = new QAction(table_);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    table_->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, [this] {
        if (remove_->isEnabled()) {
            removeCustomRisk();
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(override_);
    buttons->addStretch(1);
    buttons->addWidget(add_);
    buttons->addWidget(edit_);
    buttons->addWidget(remove_);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filterLabel_);
    leftLayout->addWidget(table_, 1);
    leftLayout->addLayout(buttons);

    // The explanation can be long: the user may give it the heat map's room.
    auto* right = new QSplitter(Qt::Vertical, this);
    right_ = right;
    right->addWidget(heatMap_);
    right->addWidget(explanation_);
    right->setChildrenCollapsible(false);
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 1);
    right->setSizes({heatMap_->sizeHint().height(), fontMetrics().lineSpacing() * 40});

    auto* splitter = new QSplitter(this);
    splitter_ = splitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(heatMap_, &HeatMapWidget::filterChanged, this, &RiskRegisterPage::applyFilter);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RiskRegisterPage::showSelected);
    connect(table_, &QTableView::activated, this, &RiskRegisterPage::onActivated);
    connect(&session_, &DocumentSession::evaluationChanged, this, &RiskRegisterPage::refresh);
    connect(&session_, &DocumentSession::statusChanged, this, &RiskRegisterPage::updateActions);

    refresh();
    table_->sortByColumn(RiskTableModel::CurrentColumn, Qt::DescendingOrder);
    if (proxy_->rowCount() > 0) {
        table_->setCurrentIndex(proxy_->index(0, RiskTableModel::TitleColumn));
    }
}

void RiskRegisterPage::refresh() {
    const std::vector<scoring::RiskResult>& risks = session_.evaluation().risks;
    model_->setRisks(risks);
    heatMap_->showRisks(risks);
    applyFilter();
    showSelected();
    if (table_->currentIndex().isValid()) {
        table_->scrollTo(table_->currentIndex()); // a re-sort may have moved it
    }
}

void RiskRegisterPage::applyFilter() {
    const bool inherent = heatMap_->mode() == HeatMapWidget::Mode::inherent;
    if (heatMap_->hasSelection()) {
        proxy_->setCell(inherent ? RiskTableModel::InherentColumn : RiskTableModel::CurrentColumn,
                        heatMap_->selectedLikelihood(), heatMap_->selectedImpact());
        //: Which score a heat-map filter reads.
        const QString which = inherent ? tr("inherent") : tr("residual now");
        //: Above the risk table while a heat-map cell filters it: %1 likelihood, %2
        //: impact, %3 "inherent" or "residual now", %4 how many are shown ("3 risks").
        filterLabel_->setText(tr("Filtered on likelihood %1 and impact %2 (%3): %4 shown. "
                                 "Choose the cell again or “All risks” to show every risk.")
                                  .arg(heatMap_->selectedLikelihood())
                                  .arg(heatMap_->selectedImpact())
                                  .arg(which, riskCountText(proxy_->rowCount())));
    } else {
        proxy_->clearCell();
        //: Above the risk table without a filter; %1 e.g. "25 risks".
        filterLabel_->setText(tr("Showing all %1.").arg(riskCountText(proxy_->rowCount())));
    }
    if (!table_->currentIndex().isValid() && proxy_->rowCount() > 0) {
        table_->setCurrentIndex(proxy_->index(0, RiskTableModel::TitleColumn));
    }
    showSelected();
}

std::string RiskRegisterPage::selectedRiskId() const {
    const QModelIndex current = table_->currentIndex();
    return current.isValid() ? utf8(current.data(RiskTableModel::RiskIdRole).toString())
                             : std::string();
}

bool RiskRegisterPage::selectRisk(const std::string& id) {
    const int row = model_->rowOf(id);
    if (row < 0) {
        return false;
    }
    QModelIndex index = proxy_->mapFromSource(model_->index(row, RiskTableModel::TitleColumn));
    if (!index.isValid()) {
        heatMap_->clearSelection(); // the filter hid it
        index = proxy_->mapFromSource(model_->index(row, RiskTableModel::TitleColumn));
    }
    table_->setCurrentIndex(index);
    table_->scrollTo(index);
    return index.isValid();
}

void RiskRegisterPage::showSelected() {
    const scoring::RiskResult* risk = model_->risk(model_->rowOf(selectedRiskId()));
    if (risk == nullptr) {
        //: Explanation panel without a selected risk.
        shownHtml_.clear();
        shownId_.clear();
        explanation_->setPlainText(proxy_->rowCount() > 0
                                       ? tr("Choose a risk in the table to see why it scores "
                                            "as it does.")
                                       : tr("No risk in this cell."));
    } else {
        const QString html = RiskExplanation::html(session_.baseline(), session_.assessment(),
                                                   session_.evaluation(), *risk);
        if (html != shownHtml_) {
            // The same risk re-scored keeps its place in the text; another starts at the top.
            const int scroll =
                risk->id == shownId_ ? explanation_->verticalScrollBar()->value() : 0;
            explanation_->setHtml(html);
            explanation_->verticalScrollBar()->setValue(scroll);
        }
        shownHtml_ = html;
        shownId_ = risk->id;
    }
    updateActions();
}

void RiskRegisterPage::updateActions() {
    const bool editable = !commands_.isReadOnly();
    const scoring::RiskResult* risk = model_->risk(model_->rowOf(selectedRiskId()));
    override_->setEnabled(editable && risk != nullptr && !risk->custom);
    add_->setEnabled(editable);
    edit_->setEnabled(editable && risk != nullptr && risk->custom);
    remove_->setEnabled(editable && risk != nullptr && risk->custom);
}

void RiskRegisterPage::onActivated() {
    if (override_->isEnabled()) {
        editOverride();
    } else if (edit_->isEnabled()) {
        editCustomRisk();
    }
}

void RiskRegisterPage::editOverride() {
    const std::string id = selectedRiskId();
    const scoring::RiskResult* risk = model_->risk(model_->rowOf(id));
    if (risk == nullptr || risk->custom || commands_.isReadOnly()) {
        return;
    }
    const auto& overrides = session_.assessment().riskOverrides;
    const auto found = overrides.find(id);
    std::optional<storage::RiskOverride> current;
    if (found != overrides.end()) {
        current = found->second;
    }
    OverrideDialog dialog(session_.baseline().matrix(), *risk, current, this);
    switch (dialog.run()) {
    case OverrideDialog::Outcome::saved:
        commands_.apply(storage::SetRiskOverride{id, dialog.value()});
        break;
    case OverrideDialog::Outcome::removed:
        commands_.apply(storage::SetRiskOverride{id, std::nullopt});
        break;
    case OverrideDialog::Outcome::cancelled:
        break;
    }
}

void RiskRegisterPage::addCustomRisk() {
    if (commands_.isReadOnly()) {
        return;
    }
    storage::CustomRisk fresh;
    fresh.likelihood = 2;
    fresh.impact = 2;
    CustomRiskDialog dialog(session_.baseline().matrix(), fresh, this);
    if (!dialog.run()) {
        return;
    }
    if (const auto added = commands_.apply(storage::AddCustomRisk{dialog.value()})) {
        selectRisk(storage::target(*added));
    }
}

void RiskRegisterPage::editCustomRisk() {
    const storage::CustomRisk* risk = customRisk(session_.assessment(), selectedRiskId());
    if (risk == nullptr || commands_.isReadOnly()) {
        return;
    }
    CustomRiskDialog dialog(session_.baseline().matrix(), *risk, this);
    if (dialog.run() && !(dialog.value() == *risk)) {
        commands_.apply(storage::UpdateCustomRisk{dialog.value()});
    }
}

void RiskRegisterPage::removeCustomRisk() {
    const std::string id = selectedRiskId();
    if (customRisk(session_.assessment(), id) == nullptr || commands_.isReadOnly()) {
        return;
    }
    const int row = table_->currentIndex().row();
    if (commands_.apply(storage::RemoveCustomRisk{id}) && proxy_->rowCount() > 0) {
        // The next risk takes its place, so Delete can be pressed again.
        table_->setCurrentIndex(
            proxy_->index(std::min(row, proxy_->rowCount() - 1), RiskTableModel::TitleColumn));
    }
}

void RiskRegisterPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Side by side the table and the heat map need about 170 characters.
    if (fitSplitter(splitter_, width(), fontMetrics().averageCharWidth() * 170, 0.6)) {
        // Below the table, the heat map and the explanation sit side by side.
        const bool below = splitter_->orientation() == Qt::Vertical;
        right_->setOrientation(below ? Qt::Horizontal : Qt::Vertical);
    }
}

} // namespace dpia::ui
