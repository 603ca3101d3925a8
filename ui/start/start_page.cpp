#include "ui/start/start_page.h"

#include "ui/start/recent_files_model.h"
#include "ui/widgets/app_icon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
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
    heading->setObjectName(QStringLiteral("startHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    heading->setFont(font);
    // The program's icon beside its name, as on the desktop.
    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("startIcon"));
    const int iconSize = heading->fontMetrics().height() * 2;
    icon->setPixmap(applicationIcon().pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    icon->setFixedSize(iconSize, iconSize);
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
    // The first action stands out: larger and bold, with the other two beside it.
    QFont strong = new_->font();
    strong.setBold(true);
    new_->setFont(strong);
    new_->setMinimumSize(new_->sizeHint().width() + 2 * fontMetrics().averageCharWidth() * 3,
                         new_->sizeHint().height() * 3 / 2);
    //: Tooltip of the new assessment button on the start page.
    new_->setToolTip(tr("Starts a new DPIA with the pre-scan: does this processing need one?"));
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
    // The list is as tall as its rows; a long path is elided (its tooltip has it whole).
    recent_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    recent_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
        fitRecentHeight();
        // The mnemonic only while there is a list to go to.
        recentLabel->setText(model_->rowCount() > 0 ? tr("&Recent assessments")
                                                    : tr("Recent assessments"));
    });

    auto* title = new QHBoxLayout;
    title->addWidget(icon);
    title->addWidget(heading, 1);

    auto* body = new QWidget(this);
    body->setObjectName(QStringLiteral("startBody"));
    auto* column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(18);
    column->addWidget(recentLabel);
    column->addWidget(empty);
    column->addWidget(recent_);
    // A readable line length in a wide window; the list of files may use it all.
    body->setMaximumWidth(fontMetrics().averageCharWidth() * 130);
    body->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    // The column in the middle, a little above the centre: no empty box under a short list
    // of files, no wide margins of nothing at the sides of a small window.
    auto* across = new QHBoxLayout;
    across->addStretch(1);
    across->addWidget(body, 12);
    across->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(across);
    outer->addStretch(2);
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

void StartPage::fitRecentHeight() {
    // Every file in view without a scroll bar (the list holds at most kMaxRecentFiles),
    // and not a line more.
    const int rows = model_->rowCount();
    const int row = rows > 0 ? recent_->sizeHintForRow(0) : 0;
    const int frame = 2 * recent_->frameWidth();
    recent_->setFixedHeight(recent_->header()->sizeHint().height() + rows * row + frame);
}

void StartPage::openCurrentRecent() {
    const QString path = model_->path(recent_->currentIndex().row());
    if (!path.isEmpty()) {
        emit recentRequested(path);
    }
}

} // namespace dpia::ui
