#include "ui/window/main_window.h"

#include "ui/dialogs/message_box.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/settings_dialog.h"
#include "ui/start/start_page.h"
#include "ui/widgets/app_icon.h"
#include "ui/window/about_dialog.h"
#include "ui/window/document_status.h"
#include "ui/window/document_view.h"
#include "ui/window/undo_keys.h"
#include "ui/window/window_geometry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

namespace dpia::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), undoStack_(new QUndoStack(this)), stack_(new QStackedWidget(this)),
      start_(new StartPage(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    stack_->addWidget(start_);
    setCentralWidget(stack_);
    createMenus();
    connect(start_, &StartPage::newRequested, this, &MainWindow::newAssessment);
    connect(start_, &StartPage::openRequested, this, &MainWindow::openFile);
    connect(start_, &StartPage::exampleRequested, this, &MainWindow::openExample);
    connect(start_, &StartPage::recentRequested, this, &MainWindow::openPath);
    updateTitle();
    updateActions();
    // The program's icon on every window and dialog.
    QApplication::setWindowIcon(applicationIcon());
    restoreWindowGeometry(*this);
}

MainWindow::~MainWindow() {
    // Typed text still waiting for its debounce is saved even when the window is simply
    // destroyed (tests, or a close that skipped closeEvent).
    if (view_ != nullptr) {
        view_->commitPending();
        rememberCurrent();
    }
    delete view_;
    delete status_;
    session_.reset();
}

void MainWindow::createMenus() {
    createFileMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Every edit of a document becomes a command on this stack (see ui/commands).
    undoAction_ = undoStack_->createUndoAction(this, tr("&Undo"));
    undoAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    edit->addAction(undoAction_);
    redoAction_ = undoStack_->createRedoAction(this, tr("&Redo"));
    // Both redo keys people know, on every platform.
    redoAction_->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(redoAction_);
    // From any field, these keys reach the document's undo unless the field holds typing
    // not saved yet.
    new UndoKeys(this);
    edit->addSeparator();
    //: Edit menu: opens the settings dialog.
    settingsAction_ = edit->addAction(tr("&Settings…"));
    settingsAction_->setShortcut(QKeySequence::Preferences);
    settingsAction_->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction_, &QAction::triggered, this, &MainWindow::showSettings);

    createGoMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    //: Help menu: the user guide, opened at the page in view.
    helpAction_ = help->addAction(tr("&User guide"));
    helpAction_->setShortcut(QKeySequence::HelpContents);
    connect(helpAction_, &QAction::triggered, this, &MainWindow::showHelp);
    aboutAction_ = help->addAction(tr("&About DPIA Assistent"));
    aboutAction_->setMenuRole(QAction::AboutRole);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    //: File menu entries.
    newAction_ = file->addAction(tr("&New assessment…"));
    newAction_->setShortcut(QKeySequence::New);
    connect(newAction_, &QAction::triggered, this, &MainWindow::newAssessment);
    openAction_ = file->addAction(tr("&Open…"));
    openAction_->setShortcut(QKeySequence::Open);
    connect(openAction_, &QAction::triggered, this, &MainWindow::openFile);
    recentMenu_ = file->addMenu(tr("Open &recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    exampleAction_ = file->addAction(tr("Open the e&xample"));
    connect(exampleAction_, &QAction::triggered, this, &MainWindow::openExample);
    //: File menu: every DPIA in a folder at a glance.
    portfolioAction_ = file->addAction(tr("Open portfo&lio…"));
    connect(portfolioAction_, &QAction::triggered, this, &MainWindow::openPortfolio);
    file->addSeparator();
    saveCopyAction_ = file->addAction(tr("Save a &copy…"));
    saveCopyAction_->setShortcut(QKeySequence::SaveAs);
    connect(saveCopyAction_, &QAction::triggered, this, &MainWindow::saveCopy);
    exportAction_ = file->addAction(tr("&Export as JSON…"));
    exportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAction_, &QAction::triggered, this, &MainWindow::exportJson);
    importAction_ = file->addAction(tr("&Import from JSON…"));
    importAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(importAction_, &QAction::triggered, this, &MainWindow::importJson);
    //: File menu: the submenu of imports from other DPIA tools.
    QMenu* importFrom = file->addMenu(tr("Im&port"));
    //: File → Import: a file of the Dutch government's Model DPIA form (Rijksoverheid).
    importMinbzkAction_ = importFrom->addAction(tr("&Model DPIA (Rijksoverheid)…"));
    connect(importMinbzkAction_, &QAction::triggered, this, &MainWindow::importMinbzk);
    //: File → Import: an export (JSON or zip) of the CNIL's PIA software.
    importCnilAction_ = importFrom->addAction(tr("&CNIL PIA…"));
    connect(importCnilAction_, &QAction::triggered, this, &MainWindow::importCnil);
    exportMinbzkAction_ = file->addAction(tr("Export to the Model DPI&A (Rijksoverheid)…"));
    connect(exportMinbzkAction_, &QAction::triggered, this, &MainWindow::exportMinbzk);
    file->addSeparator();
    //: File menu: the report of the open document (see ui/main_window_report.cpp).
    exportPdfAction_ = file->addAction(tr("Expor&t as PDF…"));
    connect(exportPdfAction_, &QAction::triggered, this, &MainWindow::exportPdf);
    exportHtmlAction_ = file->addAction(tr("Export as &web page (HTML)…"));
    connect(exportHtmlAction_, &QAction::triggered, this, &MainWindow::exportHtml);
    printAction_ = file->addAction(tr("&Print…"));
    printAction_->setShortcut(QKeySequence::Print);
    connect(printAction_, &QAction::triggered, this, &MainWindow::printReport);
    file->addSeparator();
    //: File menu: title, organisation, classification, ... of the open document.
    detailsAction_ = file->addAction(tr("Document &details…"));
    detailsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(detailsAction_, &QAction::triggered, this, &MainWindow::editDetails);
    //: File menu: continue a final DPIA in a copy with the next version number.
    newRevisionAction_ = file->addAction(tr("New re&vision…"));
    connect(newRevisionAction_, &QAction::triggered, this, &MainWindow::newRevision);
    //: File menu: show what changed from another document (an earlier version) to this one.
    compareAction_ = file->addAction(tr("Compare wit&h…"));
    connect(compareAction_, &QAction::triggered, this, &MainWindow::compareWith);
    file->addSeparator();
    closeAction_ = file->addAction(tr("&Close"));
    closeAction_->setShortcut(QKeySequence::Close);
    connect(closeAction_, &QAction::triggered, this, &MainWindow::closeDocument);
    quitAction_ = file->addAction(tr("&Quit"));
    quitAction_->setShortcut(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createGoMenu() {
    //: Menu for moving through the questionnaire.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    nextSectionAction_ = go->addAction(tr("&Next section"));
    nextSectionAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextSectionAction_, &QAction::triggered, this, [this] {
        if (view_ != nullptr) {
            view_->nextSection();
        }
    });
    previousSectionAction_ = go->addAction(tr("&Previous section"));
    previousSectionAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousSectionAction_, &QAction::triggered, this, [this] {
        if (view_ != nullptr) {
            view_->previousSection();
        }
    });
    go->addSeparator();
    //: Moves the focus between navigator, questions and guidance.
    nextPanelAction_ = go->addAction(tr("Next &pane"));
    nextPanelAction_->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextPanelAction_, &QAction::triggered, this, [this] {
        if (view_ != nullptr) {
            view_->cycleFocus(true);
        }
    });
    previousPanelAction_ = go->addAction(tr("Previous p&ane"));
    previousPanelAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPanelAction_, &QAction::triggered, this, [this] {
        if (view_ != nullptr) {
            view_->cycleFocus(false);
        }
    });
}

void MainWindow::showAbout() {
    AboutDialog dialog(this, session_ != nullptr ? &session_->baseline().info() : nullptr);
    dialog.exec();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.save()) {
        //: After choosing another language in the settings.
        MessageBox::information(this, tr("Settings"),
                                tr("The new language is used the next time you start DPIA "
                                   "Assistent."));
    }
}

void MainWindow::setDocument(std::unique_ptr<DocumentSession> session) {
    undoStack_->clear();
    session_ = std::move(session);
    commands_ = new DocumentCommands(*session_, *undoStack_, session_.get());
    connect(commands_, &DocumentCommands::failed, this, &MainWindow::onEditFailed);
    createView();
    status_ = new DocumentStatus(*session_, this);
    statusBar()->addPermanentWidget(status_, 1);
    status_->show();
    connect(session_.get(), &DocumentSession::evaluationChanged, this, &MainWindow::updateTitle);
    // Queued: the status is set from a button on a page that the reload replaces.
    connect(session_.get(), &DocumentSession::statusChanged, this, &MainWindow::reloadView,
            Qt::QueuedConnection);
    rememberCurrent();
    updateTitle();
    updateActions();
    if (QWidget* first = view_->navigator()) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

bool MainWindow::closeDocument() {
    if (session_ == nullptr) {
        return true;
    }
    view_->commitPending();
    if (view_->hasUnsavedInput() &&
        MessageBox::warning(this, tr("Close the assessment"),
                            //: Asked when closing while typed text could not be saved.
                            tr("Some of what you typed could not be saved (see the message "
                               "shown before). Close anyway and lose it?"),
                            QMessageBox::Close | QMessageBox::Cancel,
                            QMessageBox::Cancel) != QMessageBox::Close) {
        return false;
    }
    rememberCurrent();
    statusBar()->removeWidget(status_);
    delete status_;
    status_ = nullptr;
    stack_->removeWidget(view_);
    delete view_;
    view_ = nullptr;
    undoStack_->clear();
    commands_ = nullptr;
    session_.reset();
    start_->reload();
    stack_->setCurrentWidget(start_);
    updateTitle();
    updateActions();
    start_->newButton()->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::rememberCurrent() {
    if (session_ != nullptr) {
        // The start page warns of an adopted DPIA's review date without opening the file.
        const nlohmann::json* review = session_->answer(session_->roles().reviewDateQuestion);
        const QString reviewDate = session_->isFinal() && review != nullptr && review->is_string()
                                       ? QString::fromStdString(review->get<std::string>())
                                       : QString();
        settings::rememberRecentFile(
            {session_->path(), session_->title(), session_->statusCode(), reviewDate});
    }
}

void MainWindow::updateTitle() {
    if (session_ == nullptr) {
        setWindowTitle(tr("DPIA Assistent"));
        return;
    }
    //: Window title: file name, document status, program name.
    setWindowTitle(
        tr("%1 — %2 — DPIA Assistent").arg(session_->fileName(), session_->statusText()));
}

void MainWindow::updateActions() {
    const bool open = session_ != nullptr;
    saveCopyAction_->setEnabled(open);
    exportAction_->setEnabled(open);
    exportMinbzkAction_->setEnabled(open);
    exportPdfAction_->setEnabled(open);
    exportHtmlAction_->setEnabled(open);
    printAction_->setEnabled(open);
    closeAction_->setEnabled(open);
    newRevisionAction_->setEnabled(open && session_->isFinal());
    detailsAction_->setEnabled(open);
    compareAction_->setEnabled(open);
    nextSectionAction_->setEnabled(open);
    previousSectionAction_->setEnabled(open);
    nextPanelAction_->setEnabled(open);
    previousPanelAction_->setEnabled(open);
}

void MainWindow::showError(const QString& title, const QString& message) {
    MessageBox::critical(this, title, message);
}

void MainWindow::onEditFailed(const QString& message) {
    if (status_ != nullptr) {
        status_->showSaveFailed();
    }
    //: Title of the message shown when a change could not be saved.
    showError(tr("Change not saved"),
              //: After a failed save; %1 is the reason given by the program's core.
              tr("%1\n\nNothing in the file was changed. Text you typed stays in its field, "
                 "so you can try again or copy it elsewhere.")
                  .arg(message));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!closeDocument()) {
        event->ignore();
        return;
    }
    saveWindowGeometry(*this);
    event->accept();
}

} // namespace dpia::ui
