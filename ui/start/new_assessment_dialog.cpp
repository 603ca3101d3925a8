#include "ui/start/new_assessment_dialog.h"

#include "ui/dialogs/file_dialog.h"
#include "ui/settings/app_settings.h"
#include "ui/widgets/form_rows.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

struct Prepared {
    bool set = false;
    std::optional<NewAssessmentDialog::Request> answer;
};

Prepared& prepared() {
    static Prepared instance;
    return instance;
}

} // namespace

QString fileNameForTitle(const QString& title) {
    QString name = title.simplified();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
                 QStringLiteral("-"));
    name = name.left(80).trimmed();
    while (name.startsWith(QLatin1Char('.'))) {
        name.remove(0, 1);
    }
    if (name.isEmpty()) {
        //: Default file name of a new assessment without a title.
        name = NewAssessmentDialog::tr("DPIA");
    }
    return name + QStringLiteral(".dpia");
}

NewAssessmentDialog::NewAssessmentDialog(QWidget* parent)
    : QDialog(parent), title_(new QLineEdit(this)), organisation_(new QLineEdit(this)),
      processing_(new QLineEdit(this)), folder_(new QLineEdit(this)), fileLabel_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("newAssessmentDialog"));
    //: Title of the dialog that starts a new assessment.
    setWindowTitle(tr("New assessment"));
    //: Placeholder examples in the new-assessment dialog.
    title_->setPlaceholderText(tr("e.g. DPIA Teams for the Wmo team"));
    organisation_->setPlaceholderText(tr("e.g. Gemeente Voorbeeldstad"));
    processing_->setPlaceholderText(tr("e.g. Wmo applications in Microsoft Teams"));
    folder_->setText(QDir::toNativeSeparators(settings::defaultFolder()));
    //: Button that chooses the folder for a new assessment.
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browse);
    fileLabel_->setWordWrap(true);
    fileLabel_->setObjectName(QStringLiteral("fileName"));
    fileLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* form = new QFormLayout;
    //: Field labels of the new-assessment dialog.
    form->addRow(tr("&Title (required):"), title_);
    form->addRow(tr("&Organisation:"), organisation_);
    form->addRow(tr("&Processing:"), processing_);
    addFieldRow(*form, tr("&Folder:"), folderRow, folder_);
    // QFormLayout names the fields from their labels for assistive technology; say so
    // explicitly as well, so the names survive any layout change.
    title_->setAccessibleName(tr("Title"));
    title_->setAccessibleDescription(tr("Required"));
    organisation_->setAccessibleName(tr("Organisation"));
    processing_->setAccessibleName(tr("Processing"));
    folder_->setAccessibleName(tr("Folder"));

    connect(title_, &QLineEdit::textChanged, this, &NewAssessmentDialog::update);
    connect(folder_, &QLineEdit::textChanged, this, &NewAssessmentDialog::update);
    connect(browse, &QPushButton::clicked, this, &NewAssessmentDialog::browse);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Tab as the eye reads: "Browse…" right after its folder, before OK and Cancel.
    setTabOrder(folder_, browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(fileLabel_);
    layout->addWidget(buttons_);
    setMinimumWidth(520);
    update();
}

NewAssessmentDialog::Request NewAssessmentDialog::request() const {
    Request request;
    request.details.title = title_->text().simplified();
    request.details.organisation = organisation_->text().simplified();
    request.details.processing = processing_->text().simplified();
    request.details.author = settings::authorName();
    request.path = QDir(QDir::fromNativeSeparators(folder_->text().trimmed()))
                       .filePath(fileNameForTitle(request.details.title));
    return request;
}

void NewAssessmentDialog::update() {
    const bool ready = !title_->text().trimmed().isEmpty() && !folder_->text().trimmed().isEmpty();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(ready);
    //: Shows where the new file will be saved; %1 is the full path.
    fileLabel_->setText(
        ready ? tr("It will be saved as %1").arg(QDir::toNativeSeparators(request().path))
              : tr("Enter a title to continue."));
}

void NewAssessmentDialog::browse() {
    //: Title of the folder chooser for a new assessment.
    const QString folder =
        FileDialog::instance().existingFolder(this, tr("Choose a folder"), folder_->text());
    if (!folder.isEmpty()) {
        folder_->setText(QDir::toNativeSeparators(folder));
    }
}

std::optional<NewAssessmentDialog::Request> NewAssessmentDialog::ask(QWidget* parent) {
    if (prepared().set) {
        prepared().set = false;
        return prepared().answer;
    }
    NewAssessmentDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.request();
}

void NewAssessmentDialog::prepare(std::optional<Request> answer) {
    prepared() = Prepared{true, std::move(answer)};
}

} // namespace dpia::ui
