#include "ui/dialogs/baseline_item_dialog.h"

#include "core/baseline/baseline.h"
#include "ui/text/local_text.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

std::function<void(BaselineItemDialog&)>& observer() {
    static std::function<void(BaselineItemDialog&)> instance;
    return instance;
}

QString frameworkName(baseline::Framework framework) {
    switch (framework) {
    case baseline::Framework::avg:
        //: Name of the GDPR in the requirement dialog.
        return BaselineItemDialog::tr("GDPR");
    case baseline::Framework::uavg:
        //: Name of the Dutch GDPR Implementation Act.
        return BaselineItemDialog::tr("Dutch GDPR Implementation Act (UAVG)");
    case baseline::Framework::bio:
        //: Name of the Dutch government information security baseline.
        return BaselineItemDialog::tr("BIO (Baseline Informatiebeveiliging Overheid)");
    }
    return {};
}

} // namespace

BaselineItemDialog::BaselineItemDialog(const baseline::Baseline& baseline,
                                       const baseline::Requirement& requirement, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("baselineItemDialog"));
    setWindowTitle(local(requirement.ref));
    QString html =
        QStringLiteral("<h2>%1</h2><p><b>%2</b> — %3</p>")
            .arg(local(requirement.title).toHtmlEscaped(), local(requirement.ref).toHtmlEscaped(),
                 frameworkName(requirement.framework).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(local(requirement.text).toHtmlEscaped());
    if (requirement.bbn > 0) {
        //: Requirement dialog: from which BIO security level (BBN 1-3) it applies.
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Applies from BBN level %1 (BIO 1.04 control %2).")
                             .arg(requirement.bbn)
                             .arg(qs(requirement.bio104))
                             .toHtmlEscaped());
    }
    QString meets;
    for (const baseline::Safeguard& safeguard : baseline.safeguards()) {
        if (std::find(safeguard.meets.begin(), safeguard.meets.end(), requirement.id) !=
            safeguard.meets.end()) {
            meets += QStringLiteral("<li>%1</li>").arg(local(safeguard.title).toHtmlEscaped());
        }
    }
    if (!meets.isEmpty()) {
        //: Requirement dialog: list of safeguards that meet the requirement.
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                    .arg(tr("Safeguards that meet this requirement").toHtmlEscaped(), meets);
    }
    auto* browser = new QTextBrowser(this);
    browser->setHtml(html);
    browser->setAccessibleName(local(requirement.title));
    text_ = browser->toPlainText();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(560, 440);
}

void BaselineItemDialog::showRequirement(const baseline::Baseline& baseline,
                                         const baseline::Requirement& requirement,
                                         QWidget* parent) {
    BaselineItemDialog dialog(baseline, requirement, parent);
    if (observer()) {
        observer()(dialog);
        return;
    }
    dialog.exec();
}

void BaselineItemDialog::setObserver(std::function<void(BaselineItemDialog&)> callback) {
    observer() = std::move(callback);
}

} // namespace dpia::ui
