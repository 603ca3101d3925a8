#pragma once

#include "core/lang.h"

#include <memory>

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace dpia::ui {

class DocumentCommands;
class DocumentSession;
class DocumentStatus;
class DocumentView;
class HelpWindow;
class PortfolioWindow;
class StartPage;

/// The application window: the start page while no document is open, the questionnaire
/// of one document otherwise. Owns the menus, the undo stack and the open document.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a .dpia file, asking to open it read-only when another window holds it.
    bool openPath(const QString& path);
    /// Saves pending text and closes the document; false when the user kept it open.
    bool closeDocument();

    void newAssessment();
    void openFile();
    void openExample();
    /// File → Open portfolio…: asks for a folder and shows every DPIA in it (read only).
    void openPortfolio();
    /// The portfolio window, once opened (null before).
    PortfolioWindow* portfolioWindow() const;
    void saveCopy();
    void exportJson();
    void importJson();
    /// From / to the government's Model DPIA form; the import shows what it took over and
    /// what it kept aside before the new document opens.
    void importMinbzk();
    /// From the CNIL's PIA software (its JSON or zip); shows the same report.
    void importCnil();
    void exportMinbzk();
    /// The report of the open document as an A4 PDF, in the UI language.
    void exportPdf();
    /// The same report as one accessible web page (HTML), for publishing.
    void exportHtml();
    /// The report on paper, through a print preview.
    void printReport();
    void showSettings();
    /// Continues a final document in a new file with the next version number.
    void newRevision();
    /// Edits title, organisation, classification, ... as one undo step.
    void editDetails();
    /// Asks for another document and shows what changed from it to the open one.
    void compareWith();

    DocumentSession* session() const { return session_.get(); }
    DocumentView* documentView() const { return view_; }
    DocumentCommands* commands() const { return commands_; }
    DocumentStatus* documentStatus() const { return status_; }
    StartPage* startPage() const { return start_; }
    QUndoStack* undoStack() const { return undoStack_; }

    QAction* quitAction() const { return quitAction_; }
    QAction* aboutAction() const { return aboutAction_; }
    QAction* helpAction() const { return helpAction_; }
    QAction* newAction() const { return newAction_; }
    QAction* openAction() const { return openAction_; }
    QAction* portfolioAction() const { return portfolioAction_; }
    QAction* saveCopyAction() const { return saveCopyAction_; }
    QAction* exportAction() const { return exportAction_; }
    QAction* importAction() const { return importAction_; }
    QAction* importMinbzkAction() const { return importMinbzkAction_; }
    QAction* importCnilAction() const { return importCnilAction_; }
    QAction* exportMinbzkAction() const { return exportMinbzkAction_; }
    QAction* exportPdfAction() const { return exportPdfAction_; }
    QAction* exportHtmlAction() const { return exportHtmlAction_; }
    QAction* printAction() const { return printAction_; }
    QAction* closeAction() const { return closeAction_; }
    QAction* newRevisionAction() const { return newRevisionAction_; }
    QAction* detailsAction() const { return detailsAction_; }
    QAction* compareAction() const { return compareAction_; }
    QAction* undoAction() const { return undoAction_; }
    QAction* redoAction() const { return redoAction_; }
    QAction* settingsAction() const { return settingsAction_; }
    QAction* nextSectionAction() const { return nextSectionAction_; }
    QAction* previousSectionAction() const { return previousSectionAction_; }
    QAction* nextPanelAction() const { return nextPanelAction_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createFileMenu();
    void createGoMenu();
    void showAbout();
    void showHelp();
    void exportReport(bool web);
    void fillRecentMenu();
    void setDocument(std::unique_ptr<DocumentSession> session);
    /// Where an import is saved (the save dialog, .dpia added), after closing the open
    /// document; empty when the user cancelled either.
    QString importTarget();
    /// Builds the document view again (after the status changed to or from final, which
    /// changes what every page may edit), on the same page.
    void reloadView();
    void createView();
    void rememberCurrent();
    void updateTitle();
    void updateActions();
    void showError(const QString& title, const QString& message);
    void onEditFailed(const QString& message);
    QString uniqueExamplePath() const;

    QUndoStack* undoStack_;
    QStackedWidget* stack_;
    StartPage* start_;
    std::unique_ptr<DocumentSession> session_;
    DocumentCommands* commands_ = nullptr;
    DocumentView* view_ = nullptr;
    DocumentStatus* status_ = nullptr;

    QMenu* recentMenu_ = nullptr;
    QAction* newAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* exampleAction_ = nullptr;
    QAction* portfolioAction_ = nullptr;
    QAction* saveCopyAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QAction* importAction_ = nullptr;
    QAction* importMinbzkAction_ = nullptr;
    QAction* importCnilAction_ = nullptr;
    QAction* exportMinbzkAction_ = nullptr;
    QAction* exportPdfAction_ = nullptr;
    QAction* exportHtmlAction_ = nullptr;
    QAction* printAction_ = nullptr;
    QAction* closeAction_ = nullptr;
    QAction* newRevisionAction_ = nullptr;
    QAction* detailsAction_ = nullptr;
    QAction* compareAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* settingsAction_ = nullptr;
    QAction* nextSectionAction_ = nullptr;
    QAction* previousSectionAction_ = nullptr;
    QAction* nextPanelAction_ = nullptr;
    QAction* previousPanelAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* helpAction_ = nullptr;
    QPointer<HelpWindow> help_;
    QPointer<PortfolioWindow> portfolio_;
    Lang helpLang_ = Lang::nl;
};

} // namespace dpia::ui
