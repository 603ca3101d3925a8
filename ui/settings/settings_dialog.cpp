#include "ui/settings/settings_dialog.h"

#include "ui/dialogs/file_dialog.h"
#include "ui/settings/app_settings.h"
#include "ui/text/translator.h"
#include "ui/widgets/form_rows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpia::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), language_(new QComboBox(this)), author_(new QLineEdit(this)),
      folder_(new QLineEdit(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    //: Title of the settings dialog.
    setWindowTitle(tr("Settings"));
    // Each language is named in itself, so a user who cannot read the current one finds it.
    language_->addItem(QStringLiteral("Nederlands"), kDutch);
    language_->addItem(QStringLiteral("English"), kEnglish);
    language_->setCurrentIndex(language_->findData(settings::language()));
    author_->setText(settings::authorName());
    folder_->setText(QDir::toNativeSeparators(settings::defaultFolder()));

    //: Note under the language choice.
    auto* note =
        new QLabel(tr("A new language is used the next time you start the program."), this);
    note->setWordWrap(true);
    //: Button that chooses the default folder.
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout;
    //: Settings dialog field labels.
    form->addRow(tr("&Language:"), language_);
    form->addRow(QString(), note);
    form->addRow(tr("&Author name:"), author_);
    addFieldRow(*form, tr("Default &folder:"), folderRow, folder_);
    language_->setAccessibleName(tr("Language"));
    language_->setAccessibleDescription(note->text());
    author_->setAccessibleName(tr("Author name"));
    //: Accessible description of the author name field.
    author_->setAccessibleDescription(tr("Recorded as the author of new assessments."));
    folder_->setAccessibleName(tr("Default folder"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool SettingsDialog::save() {
    const QString language = language_->currentData().toString();
    const bool changed = language != settings::language();
    settings::setLanguage(language);
    settings::setAuthorName(author_->text());
    const QString folder = QDir::fromNativeSeparators(folder_->text().trimmed());
    if (!folder.isEmpty()) {
        settings::setDefaultFolder(folder);
    }
    return changed;
}

void SettingsDialog::browse() {
    //: Title of the folder chooser in the settings.
    const QString folder = FileDialog::instance().existingFolder(
        this, tr("Choose the default folder"), folder_->text());
    if (!folder.isEmpty()) {
        folder_->setText(QDir::toNativeSeparators(folder));
    }
}

} // namespace dpia::ui
