#include "ui/safeguards/safeguards_page.h"

#include "core/baseline/baseline.h"
#include "ui/safeguards/safeguard_detail_panel.h"
#include "ui/safeguards/safeguard_filter_proxy.h"
#include "ui/safeguards/safeguard_model.h"
#include "ui/safeguards/safeguard_status.h"
#include "ui/safeguards/safeguard_status_delegate.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/widgets/adaptive_splitter.h"
#include "ui/widgets/page_header.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace dpia::ui {

SafeguardsPage::SafeguardsPage(DocumentSession& session, DocumentCommands& commands,
                               QWidget* parent)
    : WorkspacePage(parent), session_(session), commands_(commands),
      model_(new SafeguardModel(session.baseline(), this)), proxy_(new SafeguardFilterProxy(this)),
      licence_(new QComboBox(this)), search_(new QLineEdit(this)), summary_(new QLabel(this)),
      tree_(new QTreeView(this)), detail_(new SafeguardDetailPanel(session, commands, this)) {
    setObjectName(QStringLiteral("page:@safeguards"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    //: Heading of the safeguards page.
    addPageHeader(layout, this, tr("Safeguards"),
                  //: Introduction of the safeguards page.
                  tr("The Microsoft 365 settings, contract terms and municipal measures of the "
                     "baseline. Record for each one whether it is implemented or planned, with "
                     "evidence; the risk register shows at once how the residual risk falls."));

    model_->setEditor(
        [this](const std::string& id, const std::optional<storage::SafeguardEntry>& entry) {
            commands_.endTyping();
            return commands_.apply(storage::SetSafeguard{id, entry}).has_value();
        });
    model_->refresh(session);
    model_->setReadOnly(commands.isReadOnly());
    proxy_->setSourceModel(model_);

    //: Licence filter: every safeguard.
    licence_->addItem(tr("All safeguards"));
    //: Licence filter: what Microsoft 365 E3 offers.
    licence_->addItem(tr("Available with E3"));
    //: Licence filter: what Microsoft 365 E5 offers (E3's included).
    licence_->addItem(tr("Available with E5"));
    licence_->setObjectName(QStringLiteral("licenceFilter"));
    //: Accessible name of the licence filter.
    licence_->setAccessibleName(tr("Available with my licence"));
    search_->setObjectName(QStringLiteral("safeguardSearch"));
    search_->setClearButtonEnabled(true);
    //: Placeholder and accessible name of the search field of the safeguards page.
    search_->setPlaceholderText(tr("Search safeguards"));
    search_->setAccessibleName(tr("Search safeguards"));
    summary_->setObjectName(QStringLiteral("safeguardSummary"));
    summary_->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    //: Label of the licence filter.
    auto* licenceLabel = new QLabel(tr("Available with my &licence:"), this);
    licenceLabel->setBuddy(licence_);
    filters->addWidget(licenceLabel);
    filters->addWidget(licence_);
    filters->addSpacing(12);
    filters->addWidget(search_, 1);
    layout->addLayout(filters);
    layout->addWidget(summary_);

    tree_->setObjectName(QStringLiteral("safeguardTree"));
    tree_->setModel(proxy_);
    tree_->setItemDelegateForColumn(SafeguardModel::StatusColumn,
                                    new SafeguardStatusDelegate(tree_));
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::SelectedClicked);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    QHeaderView* header = tree_->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SafeguardModel::TitleColumn, QHeaderView::Stretch);
    for (const int column : {SafeguardModel::LicenceColumn, SafeguardModel::StatusColumn,
                             SafeguardModel::RisksColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(SafeguardModel::EvidenceColumn, QHeaderView::Interactive);
    header->resizeSection(SafeguardModel::EvidenceColumn, fontMetrics().averageCharWidth() * 24);
    //: Accessible name of the safeguards checklist.
    tree_->setAccessibleName(tr("Safeguards by kind"));
    //: Accessible description of the safeguards checklist.
    tree_->setAccessibleDescription(
        tr("F2 changes the status of the selected safeguard; Enter moves to its details."));

    auto* splitter = new QSplitter(this);
    splitter_ = splitter;
    splitter->addWidget(tree_);
    splitter->addWidget(detail_);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    const int unit = fontMetrics().averageCharWidth();
    splitter->setSizes({unit * 120, unit * 70});
    layout->addWidget(splitter, 1);

    connect(licence_, &QComboBox::activated, this, [this](int index) {
        licenceChosen_ = true;
        applyLicence(index);
    });
    connect(search_, &QLineEdit::textChanged, proxy_, [this](const QString& text) {
        proxy_->setSearch(text);
        tree_->expandAll();
    });
    connect(tree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { detail_->showSafeguard(selectedSafeguardId()); });
    connect(tree_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.parent().isValid() && statusBox()->isEnabled()) {
            statusBox()->setFocus(Qt::OtherFocusReason);
        }
    });
    // A group row spans the whole width: its title carries the group's counts.
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &SafeguardsPage::spanGroups);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &SafeguardsPage::spanGroups);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &SafeguardsPage::spanGroups);
    // Every edit ends in a new evaluation; it also carries the statuses that answers in the
    // questionnaire decide (one fact, one place).
    connect(&session_, &DocumentSession::evaluationChanged, this, &SafeguardsPage::refresh);
    connect(&session_, &DocumentSession::statusChanged, this, &SafeguardsPage::refresh);
    connect(&session_, &DocumentSession::answerChanged, this, [this](const QString& id) {
        const std::string& licence = session_.roles().licenceQuestion;
        if (!licenceChosen_ && !licence.empty() && utf8(id) == licence) {
            applyLicence(licenceFromAnswer());
        }
    });

    applyLicence(licenceFromAnswer());
    spanGroups();
    updateSummary();
    const QModelIndex first = proxy_->index(0, 0, proxy_->index(0, 0));
    if (first.isValid()) {
        tree_->setCurrentIndex(first);
    }
}

QComboBox* SafeguardsPage::statusBox() const {
    return detail_->statusBox();
}

QPlainTextEdit* SafeguardsPage::evidenceEdit() const {
    return detail_->evidenceEdit();
}

QTextBrowser* SafeguardsPage::details() const {
    return detail_->details();
}

int SafeguardsPage::licenceFromAnswer() const {
    const baseline::Roles& roles = session_.roles();
    const nlohmann::json* answer =
        roles.licenceQuestion.empty() ? nullptr : session_.answer(roles.licenceQuestion);
    if (answer != nullptr && answer->is_string()) {
        const std::string& option = answer->get_ref<const std::string&>();
        if (!roles.licenceE3Option.empty() && option == roles.licenceE3Option) {
            return static_cast<int>(SafeguardFilterProxy::Licence::e3);
        }
        if (!roles.licenceE5Option.empty() && option == roles.licenceE5Option) {
            return static_cast<int>(SafeguardFilterProxy::Licence::e5);
        }
    }
    // An E5 security bundle or another mix: which compliance features it holds varies.
    return static_cast<int>(SafeguardFilterProxy::Licence::all);
}

void SafeguardsPage::applyLicence(int index) {
    const std::string keep = selectedSafeguardId();
    licence_->setCurrentIndex(index);
    proxy_->setLicence(static_cast<SafeguardFilterProxy::Licence>(index));
    tree_->expandAll();
    if (!keep.empty()) {
        const QModelIndex still = proxy_->mapFromSource(model_->indexOf(keep));
        if (still.isValid()) {
            tree_->setCurrentIndex(still);
        }
    }
    detail_->showSafeguard(selectedSafeguardId());
}

void SafeguardsPage::spanGroups() {
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        tree_->setFirstColumnSpanned(row, {}, true);
    }
}

void SafeguardsPage::refresh() {
    model_->refresh(session_);
    model_->setReadOnly(commands_.isReadOnly());
    updateSummary();
    detail_->refresh();
}

void SafeguardsPage::updateSummary() {
    int counts[5] = {};
    for (const baseline::Safeguard& safeguard : session_.baseline().safeguards()) {
        ++counts[static_cast<int>(choiceOf(session_.safeguard(safeguard.id).status))];
    }
    QStringList parts;
    // Done first, then what is left to decide.
    for (const SafeguardChoice choice :
         {SafeguardChoice::implemented, SafeguardChoice::planned, SafeguardChoice::notImplemented,
          SafeguardChoice::notApplicable, SafeguardChoice::notDecided}) {
        parts << QStringLiteral("%1: %2")
                     .arg(choiceLabel(choice))
                     .arg(counts[static_cast<int>(choice)]);
    }
    //: Summary above the safeguards: counts per status, then the total.
    summary_->setText(tr("%1 (of %2 safeguards)")
                          .arg(parts.join(QStringLiteral(" · ")))
                          .arg(session_.baseline().safeguards().size()));
}

std::string SafeguardsPage::selectedSafeguardId() const {
    const QModelIndex current = tree_->currentIndex();
    return current.isValid() ? utf8(current.data(SafeguardModel::SafeguardIdRole).toString())
                             : std::string();
}

bool SafeguardsPage::selectSafeguard(const std::string& id) {
    QModelIndex index = proxy_->mapFromSource(model_->indexOf(id));
    if (!index.isValid()) {
        search_->clear();
        licenceChosen_ = true;
        applyLicence(static_cast<int>(SafeguardFilterProxy::Licence::all));
        index = proxy_->mapFromSource(model_->indexOf(id));
    }
    tree_->setCurrentIndex(index);
    tree_->scrollTo(index);
    return index.isValid();
}

void SafeguardsPage::commitPending() {
    detail_->commitPending();
}

void SafeguardsPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitSplitter(splitter_, width(), fontMetrics().averageCharWidth() * 140, 0.6);
}

} // namespace dpia::ui
