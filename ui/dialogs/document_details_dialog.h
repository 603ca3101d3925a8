#pragma once

#include "core/storage/assessment.h"

#include <optional>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace dpia::ui {

/// The document's details: title, organisation, processing, process owner, author and
/// the classification printed on every page of the report. The version number is shown,
/// not edited: it goes up with each new revision.
class DocumentDetailsDialog : public QDialog {
    Q_OBJECT
public:
    DocumentDetailsDialog(const storage::Metadata& metadata, bool readOnly,
                          QWidget* parent = nullptr);

    /// The details as entered (the version unchanged).
    storage::Metadata metadata() const;

    /// Runs the dialog; nullopt when cancelled or read-only. Tests answer with prepare().
    static std::optional<storage::Metadata> ask(QWidget* parent, const storage::Metadata& metadata,
                                                bool readOnly);
    /// The answer of the next ask() (tests only); nullopt means "Cancel".
    static void prepare(std::optional<storage::Metadata> answer);

    QLineEdit* titleEdit() const { return title_; }
    QComboBox* classificationBox() const { return classification_; }
    QDialogButtonBox* buttons() const { return buttons_; }

private:
    storage::Metadata original_;
    QLineEdit* title_;
    QLineEdit* organisation_;
    QLineEdit* processing_;
    QLineEdit* processOwner_;
    QLineEdit* author_;
    QComboBox* classification_;
    QDialogButtonBox* buttons_;
};

} // namespace dpia::ui
