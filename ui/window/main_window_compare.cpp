// MainWindow: File → "Compare with…": what changed from another document to the open one.
#include "core/compare/document_diff.h"
#include "core/compare/revision_source.h"
#include "core/scoring/scored_document.h"
#include "ui/dialogs/compare_dialog.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/window/main_window.h"

#include <QFileInfo>

namespace dpia::ui {

void MainWindow::compareWith() {
    if (session_ == nullptr) {
        return;
    }
    // A revision is compared with the final it came from unless the user picks another.
    const std::optional<std::string> final =
        compare::finalItCameFrom(utf8(session_->path()), session_->assessment());
    const QString proposal = final ? qs(*final) : QFileInfo(session_->path()).absolutePath();
    //: Title of the dialog that asks which document to compare the open one with.
    const QString path =
        FileDialog::instance().openFileName(this, tr("Compare with"), proposal, assessmentFilter());
    if (path.isEmpty()) {
        return;
    }
    // Read-only: the other document may be open elsewhere, or final; it is never changed.
    auto other = scoring::openScored(utf8(path), storage::OpenMode::readOnly);
    if (!other) {
        //: Title of the message when the document to compare with cannot be read.
        showError(tr("Cannot compare"), errorMessage(other.error()));
        return;
    }
    const compare::DiffSide before{other->assessment(), other->baseline(), other->evaluation};
    const compare::DiffSide after{session_->assessment(), session_->baseline(),
                                  session_->evaluation()};
    auto* dialog = new CompareDialog(compare::compareDocuments(before, after),
                                     QFileInfo(path).fileName(), session_->fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace dpia::ui
