#include "ui/dialogs/file_dialog.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace dpia::ui {

FileDialog& FileDialog::instance() {
    static FileDialog dialog;
    return dialog;
}

void FileDialog::reset() {
    answers_.clear();
    proposal_.clear();
    asked_ = 0;
}

bool FileDialog::takeAnswer(QString& answer) {
    ++asked_;
    if (answers_.isEmpty()) {
        return false;
    }
    answer = answers_.takeFirst();
    return true;
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& folder,
                                 const QString& filter) {
    proposal_ = folder;
    QString answer;
    if (takeAnswer(answer)) {
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter) {
    proposal_ = suggested;
    QString answer;
    if (takeAnswer(answer)) {
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::existingFolder(QWidget* parent, const QString& caption, const QString& folder) {
    proposal_ = folder;
    QString answer;
    if (takeAnswer(answer)) {
        return answer;
    }
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

QString assessmentFilter() {
    //: File type filter in open and save dialogs; keep "(*.dpia)".
    return QCoreApplication::translate("dpia::ui::FileDialog", "DPIA assessments (*.dpia)");
}

QString jsonFilter() {
    //: File type filter in export and import dialogs; keep "(*.json)".
    return QCoreApplication::translate("dpia::ui::FileDialog", "JSON files (*.json)");
}

QString csvFilter() {
    //: File type filter of the action plan export; keep "(*.csv)".
    return QCoreApplication::translate("dpia::ui::FileDialog", "CSV files (*.csv)");
}

QString minbzkFilter() {
    //: File type filter of the Model DPIA import: the form's JSON or its PDF; keep the
    //: patterns.
    return QCoreApplication::translate("dpia::ui::FileDialog", "Model DPIA files (*.json *.pdf)");
}

QString cnilFilter() {
    //: File type filter of the CNIL PIA import: its JSON or its zip; keep the patterns.
    return QCoreApplication::translate("dpia::ui::FileDialog", "CNIL PIA exports (*.json *.zip)");
}

QString pdfFilter() {
    //: File type filter of the report export; keep "(*.pdf)".
    return QCoreApplication::translate("dpia::ui::FileDialog", "PDF files (*.pdf)");
}

QString htmlFilter() {
    //: File type filter of the report export as a web page; keep "(*.html *.htm)".
    return QCoreApplication::translate("dpia::ui::FileDialog", "Web pages (*.html *.htm)");
}

} // namespace dpia::ui
