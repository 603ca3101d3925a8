#include "ui/portfolio/portfolio_window.h"

#include "core/portfolio/portfolio.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/portfolio/portfolio_filter_proxy.h"
#include "ui/portfolio/portfolio_model.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace dpia::ui {

PortfolioWindow::PortfolioWindow(const baseline::Baseline* shipped, QWidget* parent)
    : QWidget(parent, Qt::Window), shipped_(shipped), model_(new PortfolioModel(this)),
      proxy_(new PortfolioFilterProxy(this)), folderLabel_(new QLabel(this)),
      count_(new QLabel(this)), filter_(new QComboBox(this)), status_(new QComboBox(this)),
      search_(new QLineEdit(this)), table_(new QTableView(this)) {
    //: Title of the portfolio window (all DPIAs in a folder).
    setWindowTitle(tr("Portfolio"));
    setObjectName(QStringLiteral("portfolioWindow"));
    proxy_->setSourceModel(model_);

    //: Portfolio window: which documents to show.
    filter_->addItem(tr("All documents"), static_cast<int>(PortfolioFilterProxy::Filter::all));
    filter_->addItem(tr("Review overdue"),
                     static_cast<int>(PortfolioFilterProxy::Filter::reviewOverdue));
    filter_->addItem(tr("Review due within 60 days"),
                     static_cast<int>(PortfolioFilterProxy::Filter::reviewDue));
    filter_->addItem(tr("High residual risk"),
                     static_cast<int>(PortfolioFilterProxy::Filter::highResidual));
    filter_->addItem(tr("Files that could not be read"),
                     static_cast<int>(PortfolioFilterProxy::Filter::problems));
    //: Portfolio window: show documents of every status.
    status_->addItem(tr("Every status"), -1);
    for (const auto status : {storage::DocumentStatus::draft, storage::DocumentStatus::inReview,
                              storage::DocumentStatus::final}) {
        status_->addItem(words::documentStatus(status), static_cast<int>(status));
    }
    //: Placeholder of the portfolio window's search box.
    search_->setPlaceholderText(tr("Search title, processing, organisation or file"));
    search_->setClearButtonEnabled(true);

    //: Portfolio window buttons.
    auto* choose = new QPushButton(tr("&Choose folder…"), this);
    auto* reload = new QPushButton(tr("&Refresh"), this);
    auto* open = new QPushButton(tr("&Open document"), this);

    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(filter_);
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(status_);
    auto* searchLabel = new QLabel(tr("S&earch:"), this);
    searchLabel->setBuddy(search_);

    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(PortfolioModel::File, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    table_->horizontalHeader()->setSectionsMovable(true);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    //: Accessible name of the portfolio table.
    table_->setAccessibleName(tr("DPIAs in the folder"));

    auto* top = new QHBoxLayout;
    top->addWidget(folderLabel_, 1);
    top->addWidget(choose);
    top->addWidget(reload);
    auto* filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(filter_);
    filters->addWidget(statusLabel);
    filters->addWidget(status_);
    filters->addWidget(searchLabel);
    filters->addWidget(search_, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(count_, 1);
    bottom->addWidget(open);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    layout->addLayout(bottom);
    resize(1100, 600);

    connect(choose, &QPushButton::clicked, this, &PortfolioWindow::chooseFolder);
    connect(reload, &QPushButton::clicked, this, &PortfolioWindow::refresh);
    connect(open, &QPushButton::clicked, this,
            [this] { activate(table_->selectionModel()->currentIndex()); });
    connect(table_, &QTableView::activated, this, &PortfolioWindow::activate);
    connect(filter_, &QComboBox::currentIndexChanged, this, [this] {
        proxy_->setFilter(
            static_cast<PortfolioFilterProxy::Filter>(filter_->currentData().toInt()));
        updateCount();
    });
    connect(status_, &QComboBox::currentIndexChanged, this, [this] {
        const int status = status_->currentData().toInt();
        proxy_->setStatus(status < 0 ? std::nullopt : std::optional<int>(status));
        updateCount();
    });
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setSearch(text);
        updateCount();
    });
    // F5 reads the folder again, as in a file manager.
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &PortfolioWindow::refresh);
}

bool PortfolioWindow::showFolder(const QString& folder) {
    folder_ = folder;
    folderLabel_->setText(QDir::toNativeSeparators(folder));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    portfolio::ScanOptions options;
    options.today = utf8(QDate::currentDate().toString(Qt::ISODate));
    options.shipped = shipped_;
    auto scanned = portfolio::scan(utf8(folder), options);
    QApplication::restoreOverrideCursor();
    if (!scanned) {
        model_->setPortfolio({});
        count_->setText(errorMessage(scanned.error()));
        return false;
    }
    model_->setPortfolio(std::move(scanned).value());
    table_->resizeColumnsToContents();
    updateCount();
    if (proxy_->rowCount() > 0) {
        table_->setCurrentIndex(proxy_->index(0, 0));
    }
    table_->setFocus();
    return true;
}

void PortfolioWindow::refresh() {
    if (!folder_.isEmpty()) {
        showFolder(folder_);
    }
}

void PortfolioWindow::chooseFolder() {
    //: Title of the folder dialog of the portfolio.
    const QString folder =
        FileDialog::instance().existingFolder(this, tr("Open a portfolio folder"), folder_);
    if (!folder.isEmpty()) {
        showFolder(folder);
    }
}

void PortfolioWindow::activate(const QModelIndex& index) {
    if (!index.isValid()) {
        return;
    }
    if (index.data(PortfolioModel::ProblemRole).toBool()) {
        // Nothing to open: say why, where the count is.
        count_->setText(proxy_->index(index.row(), PortfolioModel::Problem).data().toString());
        return;
    }
    emit openRequested(index.data(PortfolioModel::PathRole).toString());
}

void PortfolioWindow::updateCount() {
    int documents = 0;
    int problems = 0;
    for (const auto& entry : model_->portfolio().entries) {
        (entry.problem ? problems : documents) += 1;
    }
    //: Portfolio window status line: %1 shown rows, %2 documents, %3 unreadable files.
    count_->setText(tr("%1 shown · %2 DPIAs · %3 could not be read")
                        .arg(proxy_->rowCount())
                        .arg(documents)
                        .arg(problems));
}

} // namespace dpia::ui
