#include "ui/main_window.h"

#include "ui/about_dialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace dpia::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), undoStack_(new QUndoStack(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DPIA Assistent"));
    createMenus();

    auto* welcome = new QLabel(tr("Welcome to DPIA Assistent."), this);
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    statusBar()->showMessage(tr("Every change is saved automatically."));
    resize(1100, 720);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    quitAction_ = file->addAction(tr("&Quit"));
    quitAction_->setShortcut(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Every edit of a document becomes a command on this stack (see ui/commands).
    QAction* undo = undoStack_->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = undoStack_->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    aboutAction_ = help->addAction(tr("&About DPIA Assistent"));
    aboutAction_->setMenuRole(QAction::AboutRole);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace dpia::ui
