#include "ui/forms/guidance_panel.h"

#include "core/baseline/baseline.h"
#include "ui/dialogs/baseline_item_dialog.h"
#include "ui/forms/reference_links.h"
#include "ui/text/local_text.h"

#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {
const QString kRequirementScheme = QStringLiteral("requirement");

QString paragraphs(const QString& text) {
    QString html;
    const QStringList parts = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        html += QStringLiteral("<p>%1</p>").arg(part.toHtmlEscaped());
    }
    return html;
}
} // namespace

GuidancePanel::GuidancePanel(const baseline::Baseline& baseline, QWidget* parent)
    : QWidget(parent), baseline_(baseline), heading_(new QLabel(this)),
      browser_(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("guidancePanel"));
    //: Heading of the panel with help for the current question.
    heading_->setText(tr("Guidance"));
    QFont font = heading_->font();
    font.setBold(true);
    heading_->setFont(font);
    browser_->setOpenLinks(false);
    browser_->setOpenExternalLinks(false);
    browser_->setObjectName(QStringLiteral("guidanceText"));
    //: Accessible name of the guidance text.
    browser_->setAccessibleName(tr("Guidance for the current question"));
    heading_->setBuddy(browser_);
    connect(browser_, &QTextBrowser::anchorClicked, this, &GuidancePanel::openLink);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(browser_, 1);
    showQuestion(nullptr);
}

void GuidancePanel::showQuestion(const baseline::Question* question) {
    if (question == nullptr) {
        browser_->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(
                    //: Guidance panel text when no question has focus.
                    tr("Move to a question to see what to write, with an example from municipal "
                       "practice, and the legal reference.")
                        .toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(local(question->text).toHtmlEscaped());
    if (question->required) {
        //: Guidance panel: the question must be answered.
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Required question").toHtmlEscaped());
    }
    html += paragraphs(local(question->guidance));
    if (!question->ref.nl.empty()) {
        //: Guidance panel: the legal or control reference of the question.
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Reference:").toHtmlEscaped(), local(question->ref).toHtmlEscaped());
        const std::vector<std::string> ids = requirementIdsIn(question->ref.nl, baseline_);
        if (!ids.empty()) {
            //: Guidance panel: links to the requirements named in the reference.
            html +=
                QStringLiteral("<p>%1</p><ul>")
                    .arg(tr("Requirements in the baseline (open for the text):").toHtmlEscaped());
            for (const std::string& id : ids) {
                const baseline::Requirement* requirement = baseline_.requirement(id);
                html += QStringLiteral("<li><a href=\"%1:%2\">%3 — %4</a></li>")
                            .arg(kRequirementScheme, qs(id).toHtmlEscaped(),
                                 local(requirement->ref).toHtmlEscaped(),
                                 local(requirement->title).toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
    }
    browser_->setHtml(html);
}

void GuidancePanel::openLink(const QUrl& link) {
    if (link.scheme() != kRequirementScheme) {
        return;
    }
    const baseline::Requirement* requirement = baseline_.requirement(utf8(link.path()));
    if (requirement != nullptr) {
        BaselineItemDialog::showRequirement(baseline_, *requirement, this);
    }
}

} // namespace dpia::ui
