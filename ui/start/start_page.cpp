#include "ui/start/start_page.h"

#include "ui/start/recent_files_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dpia::ui {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent), new_(new QPushButton(this)), open_(new QPushButton(this)),
      example_(new QPushButton(this)), model_(new RecentFilesModel(this)),
      recent_(new QTreeView(this)) {
    setObjectName(QStringLiteral("startPage"));
    auto* heading = new QLabel(tr("DPIA Assistent"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    heading->setFont(font);
    //: Introduction on the start page.
    auto* intro = new QLabel(
        tr("Carry out a data protection impact assessment (DPIA) for work that moves to "
           "Microsoft 365: a pre-scan, the questionnaire of the Model DPIA Rijksdienst with "
           "guidance at every question, and the risks scored against the Privacy & Security "
           "Baseline. Every change is saved in the file at once."),
        this);
    intro->setWordWrap(true);

    //: Start page buttons.
    new_->setText(tr("&New assessment…"));
    open_->setText(tr("&Open…"));
    example_->setText(tr("Open the &example"));
    //: Tooltip of the example button.
    example_->setToolTip(tr("Makes a copy of a complete example DPIA (a municipality using "
                            "Teams and OneDrive for Wmo and youth care) and opens it."));
    new_->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new_);
    buttons->addWidget(open_);
    buttons->addWidget(example_);
    buttons->addStretch(1);

    //: Heading above the list of recently used files.
    auto* recentLabel = new QLabel(tr("&Recent assessments"), this);
    recentLabel->setBuddy(recent_);
    recent_->setModel(model_);
    recent_->setRootIsDecorated(false);
    recent_->setUniformRowHeights(true);
    recent_->setAllColumnsShowFocus(true);
    recent_->setSelectionBehavior(QAbstractItemView::SelectRows);
    recent_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    recent_->header()->setStretchLastSection(true);
    for (int column : {RecentFilesModel::TitleColumn, RecentFilesModel::StatusColumn,
                       RecentFilesModel::ChangedColumn}) {
        recent_->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    //: Accessible name of the recent files list.
    recent_->setAccessibleName(tr("Recent assessments"));
    //: Accessible description of the recent files list.
    recent_->setAccessibleDescription(tr("Press Enter to open the selected assessment."));
    auto* empty = new QLabel(tr("No recent assessments yet."), this);
    empty->setObjectName(QStringLiteral("noRecentFiles"));

    connect(new_, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(open_, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(example_, &QPushButton::clicked, this, &StartPage::exampleRequested);
    connect(recent_, &QTreeView::activated, this, &StartPage::openCurrentRecent);
    connect(model_, &QAbstractItemModel::modelReset, this, [this, empty, recentLabel] {
        empty->setVisible(model_->rowCount() == 0);
        recent_->setVisible(model_->rowCount() > 0);
        // The mnemonic only while there is a list to go to.
        recentLabel->setText(model_->rowCount() > 0 ? tr("&Recent assessments")
                                                    : tr("Recent assessments"));
    });

    auto* column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(18);
    column->addWidget(recentLabel);
    column->addWidget(empty);
    column->addWidget(recent_, 1);

    // A readable column in the middle of a wide window.
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 6);
    outer->addStretch(1);
    setTabOrder(new_, open_);
    setTabOrder(open_, example_);
    setTabOrder(example_, recent_);
    reload();
}

void StartPage::reload() {
    model_->reload();
    if (model_->rowCount() > 0) {
        recent_->setCurrentIndex(model_->index(0, 0));
    }
}

void StartPage::openCurrentRecent() {
    const QString path = model_->path(recent_->currentIndex().row());
    if (!path.isEmpty()) {
        emit recentRequested(path);
    }
}

} // namespace dpia::ui
