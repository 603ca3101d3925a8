#include "ui/coverage/coverage_page.h"

#include "core/baseline/baseline.h"
#include "ui/coverage/coverage_filter_proxy.h"
#include "ui/coverage/coverage_model.h"
#include "ui/safeguards/safeguard_status.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/widgets/adaptive_splitter.h"
#include "ui/widgets/page_header.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dpia::ui {

CoveragePage::CoveragePage(DocumentSession& session, DocumentCommands&, QWidget* parent)
    : WorkspacePage(parent), session_(session), model_(new CoverageModel(session.baseline(), this)),
      proxy_(new CoverageFilterProxy(this)), status_(new QComboBox(this)),
      source_(new QComboBox(this)), summary_(new QLabel(this)), table_(new QTableView(this)),
      details_(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("page:@coverage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    //: Heading of the requirement coverage page.
    addPageHeader(layout, this, tr("Requirement coverage"),
                  //: Introduction of the requirement coverage page.
                  tr("Which requirements of the GDPR, the UAVG and the BIO the safeguards meet. "
                     "Met: an implemented safeguard meets it. Partial: only planned ones do. "
                     "Open: none does yet. BIO requirements above the BBN level chosen in the "
                     "classification do not apply."));

    //: Coverage status filter: no filter.
    status_->addItem(tr("All statuses"));
    for (const CoverageModel::Status status :
         {CoverageModel::Status::open, CoverageModel::Status::partial, CoverageModel::Status::met,
          CoverageModel::Status::notApplicable}) {
        status_->addItem(CoverageModel::statusName(status), static_cast<int>(status));
    }
    status_->setObjectName(QStringLiteral("coverageStatusFilter"));
    //: Accessible name of the coverage status filter.
    status_->setAccessibleName(tr("Show requirements with status"));
    //: Coverage source filter: no filter.
    source_->addItem(tr("GDPR, UAVG and BIO"));
    //: Coverage source filter: the privacy law requirements.
    source_->addItem(tr("GDPR and UAVG"), static_cast<int>(CoverageModel::Source::avg));
    //: Coverage source filter: the information security requirements.
    source_->addItem(tr("BIO"), static_cast<int>(CoverageModel::Source::bio));
    source_->setObjectName(QStringLiteral("coverageSourceFilter"));
    //: Accessible name of the coverage source filter.
    source_->setAccessibleName(tr("Show requirements from"));

    auto* filters = new QHBoxLayout;
    //: Label of the coverage status filter.
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(status_);
    //: Label of the coverage source filter.
    auto* sourceLabel = new QLabel(tr("S&ource:"), this);
    sourceLabel->setBuddy(source_);
    filters->addWidget(statusLabel);
    filters->addWidget(status_);
    filters->addSpacing(12);
    filters->addWidget(sourceLabel);
    filters->addWidget(source_);
    filters->addStretch(1);
    layout->addLayout(filters);
    summary_->setObjectName(QStringLiteral("coverageSummary"));
    summary_->setWordWrap(true);
    layout->addWidget(summary_);

    proxy_->setSourceModel(model_);
    table_->setObjectName(QStringLiteral("coverageTable"));
    table_->setModel(proxy_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSortingEnabled(true);
    table_->sortByColumn(-1, Qt::AscendingOrder); // baseline order until a header is chosen
    // One line per requirement: long lists of safeguards are elided in the table and
    // listed in full beside it and in the tooltip.
    table_->setWordWrap(false);
    table_->setTabKeyNavigation(false);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CoverageModel::TitleColumn, QHeaderView::Stretch);
    const int unit = fontMetrics().averageCharWidth();
    header->resizeSection(CoverageModel::ReferenceColumn, unit * 18);
    header->resizeSection(CoverageModel::SourceColumn, unit * 16);
    header->resizeSection(CoverageModel::StatusColumn, unit * 20);
    header->resizeSection(CoverageModel::ImplementedColumn, unit * 30);
    header->resizeSection(CoverageModel::PlannedColumn, unit * 22);
    //: Accessible name of the coverage table.
    table_->setAccessibleName(tr("Requirements and their coverage"));

    details_->setObjectName(QStringLiteral("requirementDetails"));
    //: Accessible name of the panel about the selected requirement.
    details_->setAccessibleName(tr("About the selected requirement"));

    auto* splitter = new QSplitter(this);
    splitter_ = splitter;
    splitter->addWidget(table_);
    splitter->addWidget(details_);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(status_, &QComboBox::currentIndexChanged, this, &CoveragePage::applyFilters);
    connect(source_, &QComboBox::currentIndexChanged, this, &CoveragePage::applyFilters);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoveragePage::showSelected);
    connect(&session_, &DocumentSession::evaluationChanged, this, &CoveragePage::refresh);

    refresh();
    if (proxy_->rowCount() > 0) {
        table_->setCurrentIndex(proxy_->index(0, 0));
    }
}

void CoveragePage::refresh() {
    model_->setCoverage(session_.evaluation().coverage);
    updateSummary();
    showSelected();
}

void CoveragePage::applyFilters() {
    const QVariant status = status_->currentData();
    const QVariant source = source_->currentData();
    proxy_->setStatus(status.isValid() ? std::optional(status.toInt()) : std::nullopt);
    proxy_->setSource(source.isValid() ? std::optional(source.toInt()) : std::nullopt);
    if (!table_->currentIndex().isValid() && proxy_->rowCount() > 0) {
        table_->setCurrentIndex(proxy_->index(0, 0));
    }
    showSelected();
}

void CoveragePage::updateSummary() {
    // counts[source][status]
    int counts[2][4] = {};
    for (int row = 0; row < model_->rowCount(); ++row) {
        const QModelIndex index = model_->index(row, 0);
        ++counts[index.data(CoverageModel::SourceRole).toInt()]
                [index.data(CoverageModel::StatusRole).toInt()];
    }
    const auto line = [&counts](int source) {
        const int* of = counts[source];
        //: Coverage summary per source: %1 met, %2 partial, %3 open, %4 not applying.
        return tr("%1 met, %2 partial, %3 open, %4 do not apply")
            .arg(of[0])
            .arg(of[1])
            .arg(of[2])
            .arg(of[3]);
    };
    //: Coverage summary: %1 the counts for GDPR and UAVG, %2 those for BIO.
    summary_->setText(tr("GDPR and UAVG: %1. BIO: %2.")
                          .arg(line(static_cast<int>(CoverageModel::Source::avg)),
                               line(static_cast<int>(CoverageModel::Source::bio))));
}

std::string CoveragePage::selectedRequirementId() const {
    const QModelIndex current = table_->currentIndex();
    return current.isValid() ? utf8(current.data(CoverageModel::RequirementIdRole).toString())
                             : std::string();
}

bool CoveragePage::selectRequirement(const std::string& id) {
    const int row = model_->rowOf(id);
    if (row < 0) {
        return false;
    }
    QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
    if (!index.isValid()) {
        status_->setCurrentIndex(0);
        source_->setCurrentIndex(0);
        index = proxy_->mapFromSource(model_->index(row, 0));
    }
    table_->setCurrentIndex(index);
    table_->scrollTo(index);
    return index.isValid();
}

void CoveragePage::showSelected() {
    const std::string id = selectedRequirementId();
    const scoring::RequirementCoverage* coverage = model_->coverage(model_->rowOf(id));
    const baseline::Requirement* requirement =
        id.empty() ? nullptr : session_.baseline().requirement(id);
    if (coverage == nullptr || requirement == nullptr) {
        shownHtml_.clear();
        shownId_.clear();
        //: Detail panel of the coverage page without a selection.
        details_->setPlainText(proxy_->rowCount() > 0
                                   ? tr("Choose a requirement to see its text and safeguards.")
                                   : tr("No requirement matches the filters."));
        return;
    }
    QString html =
        QStringLiteral("<h3>%1</h3><p><b>%2</b></p><p>%3</p>")
            .arg(local(requirement->title).toHtmlEscaped(), local(requirement->ref).toHtmlEscaped(),
                 local(requirement->text).toHtmlEscaped());
    if (requirement->framework == baseline::Framework::bio && requirement->bbn > 0) {
        //: Coverage details: from which BBN level a BIO requirement applies, and whether
        //: it does for this DPIA.
        const QString applies = coverage->applies
                                    ? tr("Applies from BBN level %1; it applies to this DPIA.")
                                    : tr("Applies from BBN level %1; the classification of "
                                         "this DPIA chose a lower level, so it does not apply.");
        html +=
            QStringLiteral("<p><i>%1</i></p>").arg(applies.arg(requirement->bbn).toHtmlEscaped());
    }
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(CoverageModel::statusName(
                         static_cast<CoverageModel::Status>(model_->index(model_->rowOf(id), 0)
                                                                .data(CoverageModel::StatusRole)
                                                                .toInt()))
                         .toHtmlEscaped());
    QString items;
    for (const baseline::Safeguard& safeguard : session_.baseline().safeguards()) {
        if (std::find(safeguard.meets.begin(), safeguard.meets.end(), id) ==
            safeguard.meets.end()) {
            continue;
        }
        const SafeguardChoice choice = choiceOf(session_.safeguard(safeguard.id).status);
        items +=
            QStringLiteral("<li>%1 — <i>%2</i></li>")
                .arg(local(safeguard.title).toHtmlEscaped(), choiceLabel(choice).toHtmlEscaped());
    }
    if (!items.isEmpty()) {
        //: Coverage details heading: every safeguard that meets the requirement, with status.
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>")
                    .arg(tr("Safeguards that meet it").toHtmlEscaped(), items);
    } else {
        //: Coverage details: the baseline names no safeguard for this requirement.
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The baseline names no safeguard for this requirement; record in the "
                            "action plan how the municipality meets it.")
                             .toHtmlEscaped());
    }
    if (html != shownHtml_) {
        // The same requirement re-scored keeps its place; another starts at the top.
        const int scroll = id == shownId_ ? details_->verticalScrollBar()->value() : 0;
        details_->setHtml(html);
        details_->verticalScrollBar()->setValue(scroll);
        shownHtml_ = html;
    }
    shownId_ = id;
}

void CoveragePage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitSplitter(splitter_, width(), fontMetrics().averageCharWidth() * 130, 0.65);
}

} // namespace dpia::ui
