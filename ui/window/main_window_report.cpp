// MainWindow: the File menu's report entries — export as PDF or as a web page (HTML) and
// print with a preview. The report itself is ui/report, the same renderer dpia-cli uses.
#include "core/compare/revision_source.h"
#include "ui/dialogs/export_flow.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/report/report_web.h"
#include "ui/report/report_writer.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"
#include "ui/window/preview_keys.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace dpia::ui {

namespace {

/// Shows the busy cursor while the report renders (about half a second for the example).
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

/// For a revision: what changed since the final it came from, when that file is in the
/// same folder (core/compare/revision_source.h); the report then has a chapter for it.
std::optional<compare::ChangesSinceFinal> changesSinceFinal(const DocumentSession& session) {
    return compare::changesSinceFinal(
        utf8(session.path()), {session.assessment(), session.baseline(), session.evaluation()});
}

} // namespace

void MainWindow::exportPdf() {
    exportReport(false);
}

void MainWindow::exportHtml() {
    exportReport(true);
}

void MainWindow::exportReport(bool web) {
    if (session_ == nullptr) {
        return;
    }
    // What was typed a moment ago belongs in the report too.
    view_->commitPending();
    const QFileInfo document(session_->path());
    const QString suffix = web ? QStringLiteral(".html") : QStringLiteral(".pdf");
    // The dialog asked before replacing the file it returned, not one we add a suffix to.
    auto existing = storage::files::Existing::replace;
    ExportFlow flow;
    flow.ask = [this, &existing, web, &suffix](const QString& suggestion) {
        existing = storage::files::Existing::replace;
        QString path = FileDialog::instance().saveFileName(
            this,
            //: Title of the dialog that asks where to save the report as a web page.
            web ? tr("Export the report as HTML")
                //: Title of the dialog that asks where to save the report.
                : tr("Export the report as PDF"),
            suggestion, web ? htmlFilter() : pdfFilter());
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
            path += suffix;
            existing = storage::files::Existing::keep;
        }
        return path;
    };
    flow.write = [this, &existing, web](const QString& path) {
        const auto changes = changesSinceFinal(*session_);
        const report::ReportInput input{session_->assessment(), session_->baseline(),
                                        session_->evaluation(), uiLang(),
                                        QDate::currentDate(),   changes ? &*changes : nullptr};
        const BusyCursor busy;
        Status written = success();
        if (web) {
            written = report::writeReportHtml(path, input, existing);
        } else if (const Result<int> pages = report::writeReportPdf(path, input, existing);
                   !pages) {
            written = pages.error();
        }
        //: %1 is the path the user chose, %2 the reason.
        return written ? QString()
                       : tr("The report could not be written to %1: %2")
                             .arg(QDir::toNativeSeparators(path), errorMessage(written.error()));
    };
    //: Title of the message when the PDF report cannot be written.
    flow.errorTitle = tr("Cannot export the report");
    //: Title of the message after the report was saved.
    flow.doneTitle = tr("Report exported");
    //: After the report was saved; %1 is the path of the PDF or HTML file.
    flow.done = tr("The report is saved as %1.");
    flow.run(this, document.dir().filePath(document.completeBaseName() + suffix));
}

void MainWindow::printReport() {
    if (session_ == nullptr) {
        return;
    }
    view_->commitPending();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(session_->title());
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("reportPreview"));
    //: Title of the print preview window.
    preview.setWindowTitle(tr("Print the report"));
    makePreviewKeyboardFriendly(preview);
    // The preview asks again for every change of zoom or printer; the document may not
    // change meanwhile (the dialog is modal), so the input stays valid.
    const auto changes = changesSinceFinal(*session_);
    const report::ReportInput input{session_->assessment(), session_->baseline(),
                                    session_->evaluation(), uiLang(),
                                    QDate::currentDate(),   changes ? &*changes : nullptr};
    bool failed = false;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&input, &failed](QPrinter* target) {
                const BusyCursor busy;
                failed = !report::paintReport(*target, input);
            });
    // The last paint is the real print when the user pressed Print.
    if (preview.exec() == QDialog::Accepted && failed) {
        //: Title of the message when printing failed.
        showError(tr("Cannot print the report"),
                  tr("The printer could not be used. Check that it is switched on and "
                     "connected, or export the report as PDF and print that file."));
    }
}

} // namespace dpia::ui
