#include "ui/dialogs/export_flow.h"

#include "ui/dialogs/message_box.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace dpia::ui {

namespace {

class ExportWords {
    Q_DECLARE_TR_FUNCTIONS(ExportWords)
};

std::function<void(const QUrl&)>& opener() {
    static std::function<void(const QUrl&)> instance;
    return instance;
}

void open(const QUrl& url) {
    if (opener()) {
        opener()(url);
    } else {
        QDesktopServices::openUrl(url);
    }
}

} // namespace

QString ExportFlow::run(QWidget* parent, const QString& suggestion) const {
    QString proposal = suggestion;
    for (;;) {
        const QString path = ask(proposal);
        if (path.isEmpty()) {
            return {};
        }
        const QString problem = write(path);
        if (problem.isEmpty()) {
            const QString native = QDir::toNativeSeparators(path);
            //: Buttons of the message after an export.
            const MessageBox::Button choice =
                MessageBox::choose(parent, doneTitle, done.arg(native),
                                   {{QMessageBox::Open, ExportWords::tr("&Open the file")},
                                    {QMessageBox::Yes, ExportWords::tr("Show the &folder")},
                                    {QMessageBox::Close, ExportWords::tr("&Close")}},
                                   QMessageBox::Close);
            if (choice == QMessageBox::Open) {
                open(QUrl::fromLocalFile(path));
            } else if (choice == QMessageBox::Yes) {
                open(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
            }
            return path;
        }
        MessageBox::critical(parent, errorTitle, problem);
        proposal = path; // the same name again, to correct or to cancel
    }
}

void ExportFlow::setOpener(std::function<void(const QUrl&)> callback) {
    opener() = std::move(callback);
}

} // namespace dpia::ui
