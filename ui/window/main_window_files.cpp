// MainWindow: the File menu — new, open, example, recent, save a copy, JSON export/import,
// the Model DPIA form.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/error.h"
#include "ui/dialogs/export_flow.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/portfolio/portfolio_window.h"
#include "ui/session/document_session.h"
#include "ui/settings/app_settings.h"
#include "ui/start/new_assessment_dialog.h"
#include "ui/start/start_page.h"
#include "ui/text/local_text.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <functional>
#include <memory>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

namespace dpia::ui {

namespace {

/// Makes sure the folder of `path` exists (the default Documents/DPIA folder may not yet).
void makeFolderFor(const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
}

QString withSuffix(QString path, const QString& suffix) {
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    return path;
}

/// Writes a JSON file through the save dialog titled `caption`: the .json suffix added, and
/// only a file the dialog asked about replaced. Fill in the rest of the flow, then run it.
ExportFlow jsonExportFlow(
    QWidget* parent, const QString& caption,
    std::function<Status(const QString& path, storage::files::Existing existing)> write) {
    // The dialog asked before replacing the file it returned, not one with an added suffix.
    auto existing = std::make_shared<storage::files::Existing>(storage::files::Existing::replace);
    ExportFlow flow;
    flow.ask = [parent, caption, existing](const QString& suggestion) {
        const QString chosen =
            FileDialog::instance().saveFileName(parent, caption, suggestion, jsonFilter());
        const QString path = withSuffix(chosen, QStringLiteral("json"));
        *existing =
            path == chosen ? storage::files::Existing::replace : storage::files::Existing::keep;
        return path;
    };
    flow.write = [write = std::move(write), existing](const QString& path) {
        const Status written = write(path, *existing);
        return written ? QString() : errorMessage(written.error());
    };
    return flow;
}

} // namespace

bool MainWindow::openPath(const QString& path) {
    if (path.isEmpty()) {
        return false;
    }
    if (session_ != nullptr &&
        QFileInfo(path).canonicalFilePath() == QFileInfo(session_->path()).canonicalFilePath()) {
        return true; // already open here (opening it again would meet our own lock)
    }
    // The new file is opened before the current one is closed: a file that cannot be
    // opened leaves the user in the document they were working in, with the error over it.
    DocumentSession::Opened opened = DocumentSession::open(path);
    if (!opened && opened.error().code == ErrorCode::lockedByOther) {
        const QString holder = DocumentSession::lockHolder(path);
        //: Asked when another window or program has the file open; %1 is the file name,
        //: %2 who has it open, on which computer, since when.
        const QString text =
            tr("“%1” is already open for editing by %2.\n\nYou can open it read-only: read "
               "everything and save a copy, but not change this file. Or cancel, and open it "
               "once it is closed there.")
                .arg(QFileInfo(path).fileName(),
                     //: Who has a file open, when the lock does not say.
                     holder.isEmpty() ? tr("another program") : holder);
        //: Buttons of the question whether to open a file in use read-only.
        const auto answer = MessageBox::choose(
            this, tr("Assessment in use"), text,
            {{QMessageBox::Open, tr("Open &read-only")}, {QMessageBox::Cancel, tr("Cancel")}},
            QMessageBox::Open);
        if (answer != QMessageBox::Open) {
            return false;
        }
        opened = DocumentSession::open(path, DocumentSession::Mode::readOnly);
    }
    if (!opened) {
        //: Title of the message when a file cannot be opened.
        showError(tr("Cannot open the assessment"), errorMessage(opened.error()));
        if (opened.error().code == ErrorCode::fileNotFound) {
            settings::forgetRecentFile(path);
            start_->reload();
        }
        return false;
    }
    if (!closeDocument()) {
        return false; // the user kept the current document; the new one closes again
    }
    setDocument(std::move(opened).value());
    return true;
}

void MainWindow::newAssessment() {
    const std::optional<NewAssessmentDialog::Request> request = NewAssessmentDialog::ask(this);
    if (!request || !closeDocument()) {
        return;
    }
    makeFolderFor(request->path);
    DocumentSession::Opened created = DocumentSession::create(request->path, request->details);
    if (!created) {
        //: Title of the message when a new assessment cannot be made.
        showError(tr("Cannot create the assessment"), errorMessage(created.error()));
        return;
    }
    setDocument(std::move(created).value());
    // A new DPIA starts at its first question, ready for typing.
    view_->focusFirstInput();
}

void MainWindow::openFile() {
    //: Title of the open dialog.
    const QString path = FileDialog::instance().openFileName(
        this, tr("Open an assessment"), settings::defaultFolder(), assessmentFilter());
    if (!path.isEmpty()) {
        openPath(path);
    }
}

PortfolioWindow* MainWindow::portfolioWindow() const {
    return portfolio_;
}

void MainWindow::openPortfolio() {
    const QString start = portfolio_ != nullptr && !portfolio_->folder().isEmpty()
                              ? portfolio_->folder()
                              : settings::defaultFolder();
    //: Title of the folder dialog of File → Open portfolio.
    const QString folder =
        FileDialog::instance().existingFolder(this, tr("Open a portfolio folder"), start);
    if (folder.isEmpty()) {
        return;
    }
    if (portfolio_ == nullptr) {
        // The program's baseline names roles (the review date) that older documents'
        // baselines do not record; loaded once, kept by the window.
        static const std::shared_ptr<const baseline::Baseline> shipped = [] {
            auto loaded = baseline::Baseline::load(baseline::embeddedImage());
            return loaded ? *loaded : nullptr;
        }();
        portfolio_ = new PortfolioWindow(shipped.get(), this);
        portfolio_->setAttribute(Qt::WA_DeleteOnClose);
        connect(portfolio_, &PortfolioWindow::openRequested, this, [this](const QString& path) {
            if (openPath(path)) {
                raise();
                activateWindow();
            }
        });
    }
    portfolio_->showFolder(folder);
    portfolio_->show();
    portfolio_->raise();
    portfolio_->activateWindow();
}

QString MainWindow::uniqueExamplePath() const {
    const QDir folder(settings::defaultFolder());
    //: File name (without extension) of the copy of the example assessment.
    const QString base = tr("Example DPIA");
    QString path = folder.filePath(base + QStringLiteral(".dpia"));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = folder.filePath(QStringLiteral("%1 (%2).dpia").arg(base).arg(n));
    }
    return path;
}

void MainWindow::openExample() {
    if (!closeDocument()) {
        return;
    }
    const QString path = uniqueExamplePath();
    makeFolderFor(path);
    DocumentSession::Opened created = DocumentSession::createSample(path);
    if (!created) {
        //: Title of the message when the example cannot be opened.
        showError(tr("Cannot open the example"), errorMessage(created.error()));
        return;
    }
    setDocument(std::move(created).value());
    //: Status bar message after opening the example; %1 is where the copy is.
    statusBar()->showMessage(
        tr("The example is a copy in %1; change it freely.").arg(QDir::toNativeSeparators(path)),
        15000);
}

void MainWindow::saveCopy() {
    if (session_ == nullptr) {
        return;
    }
    //: Title of the save-a-copy dialog.
    const QString path =
        withSuffix(FileDialog::instance().saveFileName(
                       this, tr("Save a copy"), settings::defaultFolder(), assessmentFilter()),
                   QStringLiteral("dpia"));
    if (path.isEmpty()) {
        return;
    }
    const Status saved = session_->saveCopy(path);
    if (!saved) {
        showError(tr("Cannot save a copy"), errorMessage(saved.error()));
        return;
    }
    //: Status bar message; %1 is the path of the copy.
    statusBar()->showMessage(tr("Copy saved as %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::exportJson() {
    if (session_ == nullptr) {
        return;
    }
    view_->commitPending();
    //: Title of the export dialog.
    ExportFlow flow = jsonExportFlow(
        this, tr("Export as JSON"), [this](const QString& path, storage::files::Existing existing) {
            return session_->exportJson(path, existing);
        });
    flow.errorTitle = tr("Cannot export");
    //: Title of the message after the JSON export.
    flow.doneTitle = tr("Exported as JSON");
    //: After the JSON export; %1 is the path of the JSON file.
    flow.done = tr("The assessment is exported to %1.");
    flow.run(this, settings::defaultFolder());
}

QString MainWindow::importTarget() {
    //: Title of the dialog that picks where the imported assessment is saved.
    const QString path = withSuffix(
        FileDialog::instance().saveFileName(this, tr("Save the imported assessment as"),
                                            settings::defaultFolder(), assessmentFilter()),
        QStringLiteral("dpia"));
    return path.isEmpty() || !closeDocument() ? QString() : path;
}

void MainWindow::importJson() {
    //: Title of the dialog that picks the JSON file to import.
    const QString json = FileDialog::instance().openFileName(
        this, tr("Import from JSON"), settings::defaultFolder(), jsonFilter());
    if (json.isEmpty()) {
        return;
    }
    const QString path = importTarget();
    if (path.isEmpty()) {
        return;
    }
    DocumentSession::Opened imported = DocumentSession::importJson(json, path);
    if (!imported) {
        showError(tr("Cannot import"), errorMessage(imported.error()));
        return;
    }
    setDocument(std::move(imported).value());
}

namespace {

/// What an import took over and kept aside, shown before the new document opens.
void showImportReport(QWidget* parent, const QString& title,
                      const DocumentSession::FormImport& report) {
    // The report comes first, so the officer knows what to complete in the new document:
    // the questions by their caption, not by the source's keys.
    //: After an import; %1 answers were taken over, %2 items kept aside.
    QString text =
        MainWindow::tr("Answers taken over: %1. Kept in the document, without a place in this "
                       "DPIA: %2.")
            .arg(report.answers)
            .arg(report.keptAside.size());
    if (report.customRisks + report.measures + report.signoffs > 0) {
        //: After the CNIL import: own risks, measures, advice/decisions made.
        text += QStringLiteral(" ") +
                MainWindow::tr("Also made: %1 own risks, %2 measures, %3 advice or "
                               "decisions.")
                    .arg(report.customRisks)
                    .arg(report.measures)
                    .arg(report.signoffs);
    }
    if (!report.questions.isEmpty()) {
        //: Before the list of the questions an import answered.
        text += QStringLiteral("\n\n") + MainWindow::tr("Answered:") + QStringLiteral("\n• ") +
                report.questions.join(QStringLiteral("\n• "));
    }
    if (!report.keptAside.isEmpty()) {
        //: Before the list of what an import kept aside (where it was in the source).
        text += QStringLiteral("\n\n") +
                MainWindow::tr("Kept aside (where it was in the source):") + QStringLiteral("\n") +
                report.keptAside.join(QStringLiteral(", "));
    }
    if (!report.attachments.isEmpty()) {
        //: Before the list of attachments of an import, which are not stored.
        text += QStringLiteral("\n\n") +
                MainWindow::tr("Attachments, not stored in the document (keep the export itself):");
        for (const auto& a : report.attachments) {
            //: One attachment of an import: %1 name, %2 size in bytes, %3 SHA-256.
            text +=
                QStringLiteral("\n• ") +
                MainWindow::tr("%1 (%2 bytes, SHA-256 %3)").arg(a.name).arg(a.size).arg(a.sha256);
        }
    }
    MessageBox::information(parent, title, text);
}

} // namespace

void MainWindow::importMinbzk() {
    //: Title of the dialog that picks the file of the Model DPIA form to import.
    const QString form = FileDialog::instance().openFileName(
        this, tr("Import from the Model DPIA"), settings::defaultFolder(), minbzkFilter());
    if (form.isEmpty()) {
        return;
    }
    const QString path = importTarget();
    if (path.isEmpty()) {
        return;
    }
    auto imported = DocumentSession::importMinbzk(form, path);
    if (!imported) {
        showError(tr("Cannot import"), errorMessage(imported.error()));
        return;
    }
    //: Title of the report of the Model DPIA import.
    showImportReport(this, tr("Imported from the Model DPIA"), *imported);
    setDocument(std::move(imported->session));
}

void MainWindow::importCnil() {
    //: Title of the dialog that picks the export of the CNIL's PIA software to import.
    const QString source = FileDialog::instance().openFileName(
        this, tr("Import from the CNIL PIA software"), settings::defaultFolder(), cnilFilter());
    if (source.isEmpty()) {
        return;
    }
    const QString path = importTarget();
    if (path.isEmpty()) {
        return;
    }
    auto imported = DocumentSession::importCnil(source, path);
    if (!imported) {
        showError(tr("Cannot import"), errorMessage(imported.error()));
        return;
    }
    //: Title of the report of the CNIL PIA import.
    showImportReport(this, tr("Imported from the CNIL PIA software"), *imported);
    setDocument(std::move(imported->session));
}

void MainWindow::exportMinbzk() {
    if (session_ == nullptr) {
        return;
    }
    view_->commitPending();
    //: Title of the dialog that picks where the Model DPIA form's JSON is written.
    ExportFlow flow =
        jsonExportFlow(this, tr("Export to the Model DPIA"),
                       [this](const QString& path, storage::files::Existing existing) {
                           return session_->exportMinbzk(path, existing);
                       });
    flow.errorTitle = tr("Cannot export");
    //: Title of the message after the export to the Model DPIA form.
    flow.doneTitle = tr("Exported to the Model DPIA");
    //: After the export to the Model DPIA form; %1 is the path of the JSON file.
    flow.done = tr("The assessment is exported for the Model DPIA form to %1.");
    flow.run(this, settings::defaultFolder());
}

void MainWindow::fillRecentMenu() {
    recentMenu_->clear();
    const QList<settings::RecentFile> files = settings::recentFiles();
    if (files.isEmpty()) {
        //: Open recent menu when the list is empty.
        recentMenu_->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    int number = 1;
    for (const settings::RecentFile& file : files) {
        const QString title =
            file.title.isEmpty() ? QFileInfo(file.path).completeBaseName() : file.title;
        QString shown = title;
        shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QString text = QStringLiteral("%1 %2").arg(number).arg(shown);
        if (number < 10) {
            text = QStringLiteral("&") + text;
        }
        QAction* action = recentMenu_->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(file.path));
        const QString path = file.path;
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
        ++number;
    }
}

} // namespace dpia::ui
