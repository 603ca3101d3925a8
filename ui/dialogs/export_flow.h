#pragma once

#include <functional>

#include <QString>

class QUrl;
class QWidget;

namespace dpia::ui {

/// The one way a file is exported (the report as PDF, the document as JSON, the action plan
/// as CSV). `ask(suggestion)` asks for the file name (empty: cancelled); `write(path)`
/// writes it and returns an error message, or an empty string when written. After an
/// error the user reads why (under `errorTitle`) and gets the file dialog again on the same
/// name, until the file is written or they cancel. Once written, a message says where it
/// went (`done`, with %1 for the path) and offers to open the file or its folder. Returns
/// the path written, or empty.
struct ExportFlow {
    std::function<QString(const QString& suggestion)> ask;
    std::function<QString(const QString& path)> write;
    QString errorTitle;
    QString doneTitle;
    QString done;

    QString run(QWidget* parent, const QString& suggestion) const;

    /// Tests: receive the file or folder the user asked to open instead of opening it
    /// (nullptr restores the desktop's opener).
    static void setOpener(std::function<void(const QUrl&)> opener);
};

} // namespace dpia::ui
