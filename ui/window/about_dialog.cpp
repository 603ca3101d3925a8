#include "ui/window/about_dialog.h"

#include "core/version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace dpia::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About DPIA Assistent"));

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(
        QStringLiteral("<h2>%1 %2</h2><p>%3</p><p>%4</p><p>%5</p>")
            .arg(QString::fromUtf8(kApplicationName).toHtmlEscaped(),
                 QString::fromUtf8(kVersion).toHtmlEscaped(),
                 tr("Carry out a Data Protection Impact Assessment (GDPR article 35) for work "
                    "that your municipality moves to Microsoft 365, scored against the "
                    "Privacy &amp; Security Baseline."),
                 tr("Licensed under the European Union Public Licence, version 1.2 (EUPL-1.2)."),
                 tr("This program makes no network connections. Your assessments stay on "
                    "your own computer.")));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace dpia::ui
