#include "ui/dialogs/document_details_dialog.h"

#include "ui/text/local_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpia::ui {

DocumentDetailsDialog::DocumentDetailsDialog(const storage::Metadata& metadata, bool readOnly,
                                             QWidget* parent)
    : QDialog(parent), original_(metadata), title_(new QLineEdit(this)),
      organisation_(new QLineEdit(this)), processing_(new QLineEdit(this)),
      processOwner_(new QLineEdit(this)), author_(new QLineEdit(this)),
      classification_(new QComboBox(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("documentDetailsDialog"));
    //: Title of the dialog with the document's details.
    setWindowTitle(tr("Document details"));
    const struct {
        QLineEdit* edit;
        const std::string& value;
        QString name;
    } fields[] = {
        //: Fields of the document details dialog.
        {title_, metadata.title, tr("Title")},
        {organisation_, metadata.organisation, tr("Organisation")},
        {processing_, metadata.processing, tr("Processing")},
        {processOwner_, metadata.processOwner, tr("Process owner")},
        {author_, metadata.author, tr("Author")},
    };
    for (const auto& field : fields) {
        field.edit->setText(qs(field.value));
        field.edit->setAccessibleName(field.name);
        field.edit->setReadOnly(readOnly);
    }
    classification_->setEditable(true);
    classification_->setInsertPolicy(QComboBox::NoInsert);
    //: Suggested classification markings of the report (the user may type another).
    classification_->addItems({tr("Public"), tr("Internal use"), tr("Confidential")});
    classification_->setEditText(qs(metadata.classification));
    classification_->setAccessibleName(tr("Classification of the report"));
    classification_->setEnabled(!readOnly);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), title_);
    form->addRow(tr("&Organisation:"), organisation_);
    form->addRow(tr("&Processing:"), processing_);
    form->addRow(tr("Process o&wner:"), processOwner_);
    form->addRow(tr("&Author:"), author_);
    form->addRow(tr("&Classification:"), classification_);
    //: Shown in the details dialog; the version is changed by making a new revision.
    form->addRow(tr("Version:"),
                 new QLabel(tr("%1 (a new revision raises it)").arg(metadata.version), this));
    auto* hint = new QLabel(tr("The classification is printed in the header of every page of "
                               "the report, e.g. “Internal use”."),
                            this);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, readOnly] {
        // A document needs a title: it names the file in lists and the report.
        buttons_->button(QDialogButtonBox::Ok)
            ->setEnabled(!readOnly && !title_->text().trimmed().isEmpty());
    };
    connect(title_, &QLineEdit::textChanged, this, update);
    update();
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

namespace {

struct Prepared {
    bool set = false;
    std::optional<storage::Metadata> answer;
};

Prepared& prepared() {
    static Prepared instance;
    return instance;
}

} // namespace

std::optional<storage::Metadata>
DocumentDetailsDialog::ask(QWidget* parent, const storage::Metadata& metadata, bool readOnly) {
    if (prepared().set) {
        prepared().set = false;
        return prepared().answer;
    }
    DocumentDetailsDialog dialog(metadata, readOnly, parent);
    if (dialog.exec() != QDialog::Accepted || readOnly) {
        return std::nullopt;
    }
    return dialog.metadata();
}

void DocumentDetailsDialog::prepare(std::optional<storage::Metadata> answer) {
    prepared() = Prepared{true, std::move(answer)};
}

storage::Metadata DocumentDetailsDialog::metadata() const {
    storage::Metadata result = original_;
    result.title = utf8(title_->text().trimmed());
    result.organisation = utf8(organisation_->text().trimmed());
    result.processing = utf8(processing_->text().trimmed());
    result.processOwner = utf8(processOwner_->text().trimmed());
    result.author = utf8(author_->text().trimmed());
    result.classification = utf8(classification_->currentText().trimmed());
    return result;
}

} // namespace dpia::ui
