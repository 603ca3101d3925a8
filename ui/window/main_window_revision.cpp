// MainWindow: the document's life cycle — its details, rebuilding the view when the
// status changes, and continuing a final DPIA in a new revision.
#include "ui/dialogs/document_details_dialog.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/dialogs/message_box.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace dpia::ui {

namespace {

/// "Wmo-Teams.dpia" → "Wmo-Teams versie 2.dpia" in the same folder, made unique.
QString revisionPath(const QString& current, int version) {
    const QFileInfo info(current);
    QString base = info.completeBaseName();
    // A previous revision's suffix is replaced, not stacked.
    static const QRegularExpression suffix(QStringLiteral("\\s+(versie|version)\\s+\\d+$"));
    base.remove(suffix);
    //: File name suffix of a new revision; %1 is its version number.
    const QString stem = base + MainWindow::tr(" version %1").arg(version);
    QString path = info.dir().filePath(stem + QStringLiteral(".dpia"));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = info.dir().filePath(QStringLiteral("%1 (%2).dpia").arg(stem).arg(n));
    }
    return path;
}

} // namespace

void MainWindow::createView() {
    view_ = new DocumentView(*session_, *commands_, stack_);
    stack_->addWidget(view_);
    stack_->setCurrentWidget(view_);
    connect(view_, &DocumentView::newRevisionRequested, this, &MainWindow::newRevision);
}

void MainWindow::reloadView() {
    if (session_ == nullptr || view_ == nullptr) {
        return;
    }
    const std::string page = view_->currentPageId();
    view_->commitPending();
    stack_->removeWidget(view_);
    view_->deleteLater();
    createView();
    view_->showPage(page);
    updateTitle();
    updateActions();
    rememberCurrent();
}

void MainWindow::editDetails() {
    if (session_ == nullptr) {
        return;
    }
    const std::optional<storage::Metadata> details =
        DocumentDetailsDialog::ask(this, session_->assessment().metadata, session_->isReadOnly());
    if (!details || session_->isReadOnly()) {
        return;
    }
    if (commands_->apply(storage::SetMetadata{*details})) {
        updateTitle();
        rememberCurrent();
    }
}

void MainWindow::newRevision() {
    if (session_ == nullptr || !session_->isFinal()) {
        return;
    }
    const int next = session_->assessment().metadata.version + 1;
    //: Title of the dialog that asks where the new revision is saved.
    const QString chosen = FileDialog::instance().saveFileName(this, tr("Save the new revision as"),
                                                               revisionPath(session_->path(), next),
                                                               assessmentFilter());
    if (chosen.isEmpty()) {
        return;
    }
    const QString path =
        QFileInfo(chosen).suffix().isEmpty() ? chosen + QStringLiteral(".dpia") : chosen;
    const QString previous = session_->fileName();
    DocumentSession::Opened revision = session_->createRevision(path);
    if (!revision) {
        //: Title of the message when a new revision cannot be made.
        showError(tr("Cannot make a new revision"), errorMessage(revision.error()));
        return;
    }
    if (!closeDocument()) {
        return;
    }
    setDocument(std::move(revision).value());
    //: Status bar message after making a new revision; %1 version, %2 the final file.
    statusBar()->showMessage(tr("Version %1 is a new draft. The adopted version stays "
                                "unchanged in %2.")
                                 .arg(next)
                                 .arg(previous),
                             20000);
}

} // namespace dpia::ui
