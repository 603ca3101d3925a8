#include "ui/window/about_dialog.h"

#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/version.h"
#include "ui/text/local_text.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

/// "Privacy & Security Baseline M365 2026.1", escaped.
QString baselineName(const baseline::BaselineInfo& info) {
    return (local(info.title) + QLatin1Char(' ') + qs(info.version)).toHtmlEscaped();
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent, const baseline::BaselineInfo* documentBaseline)
    : QDialog(parent) {
    setWindowTitle(tr("About DPIA Assistent"));

    // The baseline this program brings; a document keeps the one it was made with.
    QString baselines;
    if (const auto shipped = baseline::Baseline::load(baseline::embeddedImage())) {
        //: About: the version of the Privacy & Security Baseline built into the program.
        baselines +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Baseline in this program: %1").arg(baselineName((*shipped)->info())));
        if (documentBaseline != nullptr &&
            (documentBaseline->id != (*shipped)->info().id ||
             documentBaseline->version != (*shipped)->info().version)) {
            //: About: the baseline version the open document was made with.
            baselines += QStringLiteral("<p>%1</p>")
                             .arg(tr("Baseline of the open document: %1")
                                      .arg(baselineName(*documentBaseline)));
        }
    }

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(
        QStringLiteral("<h2>%1 %2</h2>%6<p>%3</p><p>%4</p><p>%5</p>")
            .arg(QString::fromUtf8(kApplicationName).toHtmlEscaped(),
                 //: About: the program's version, e.g. "version 0.9.0".
                 tr("version %1").arg(QString::fromUtf8(kVersion)).toHtmlEscaped(),
                 tr("Carry out a Data Protection Impact Assessment (GDPR article 35) for work "
                    "that your municipality moves to Microsoft 365, scored against the "
                    "Privacy &amp; Security Baseline."),
                 tr("Licensed under the European Union Public Licence, version 1.2 (EUPL-1.2)."),
                 tr("This program makes no network connections. Your assessments stay on "
                    "your own computer."),
                 baselines));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace dpia::ui
