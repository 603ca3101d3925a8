#pragma once

#include "ui/session/document_session.h"

#include <optional>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dpia::ui {

/// Asks what a new assessment is about and where to keep it. The file name follows the
/// title; the folder defaults to the one in Settings (Documents/DPIA).
class NewAssessmentDialog : public QDialog {
    Q_OBJECT
public:
    struct Request {
        NewAssessment details;
        QString path; ///< the .dpia file to create
    };

    explicit NewAssessmentDialog(QWidget* parent = nullptr);

    Request request() const;

    QLineEdit* titleEdit() const { return title_; }
    QLineEdit* organisationEdit() const { return organisation_; }
    QLineEdit* processingEdit() const { return processing_; }
    QLineEdit* folderEdit() const { return folder_; }
    QDialogButtonBox* buttons() const { return buttons_; }

    /// Runs the dialog; nullopt when cancelled. Tests answer it with `prepare()`.
    static std::optional<Request> ask(QWidget* parent);
    static void prepare(std::optional<Request> answer);

private:
    void update();
    void browse();

    QLineEdit* title_;
    QLineEdit* organisation_;
    QLineEdit* processing_;
    QLineEdit* folder_;
    QLabel* fileLabel_;
    QDialogButtonBox* buttons_;
};

/// A file name made from a title: characters that are unsafe in file names replaced.
QString fileNameForTitle(const QString& title);

} // namespace dpia::ui
