#include "ui/forms/verdict_panel.h"

#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"
#include "ui/text/local_text.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

QString verdictText(scoring::Verdict verdict) {
    switch (verdict) {
    case scoring::Verdict::required:
        //: Pre-scan outcome.
        return VerdictPanel::tr("A DPIA is required.");
    case scoring::Verdict::recommended:
        //: Pre-scan outcome.
        return VerdictPanel::tr("A DPIA is recommended.");
    case scoring::Verdict::notRequired:
        break;
    }
    //: Pre-scan outcome.
    return VerdictPanel::tr("A DPIA is not required.");
}

} // namespace

VerdictPanel::VerdictPanel(const baseline::Baseline& baseline, QWidget* parent)
    : QFrame(parent), baseline_(baseline), verdict_(new QLabel(this)), reason_(new QLabel(this)),
      reasons_(new QLabel(this)), missing_(new QLabel(this)), details_(new QToolButton(this)) {
    setObjectName(QStringLiteral("verdictPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* heading = new QLabel(this);
    //: Heading of the box with the pre-scan outcome.
    heading->setText(tr("Outcome of the pre-scan"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    verdict_->setObjectName(QStringLiteral("verdictText"));
    verdict_->setWordWrap(true);
    QFont large = verdict_->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.15);
    verdict_->setFont(large);
    verdict_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    reason_->setObjectName(QStringLiteral("verdictReason"));
    reason_->setWordWrap(true);
    reason_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    missing_->setObjectName(QStringLiteral("verdictMissing"));
    missing_->setWordWrap(true);
    missing_->setTextFormat(Qt::RichText);
    missing_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(missing_, &QLabel::linkActivated, this,
            [this](const QString& link) { emit questionRequested(link); });
    // The criteria and points of attention are long: shown on request.
    details_->setCheckable(true);
    details_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    details_->setArrowType(Qt::RightArrow);
    details_->setAutoRaise(true);
    details_->setFocusPolicy(Qt::StrongFocus);
    connect(details_, &QToolButton::toggled, this, &VerdictPanel::showDetails);
    reasons_->setObjectName(QStringLiteral("verdictReasons"));
    reasons_->setWordWrap(true);
    reasons_->setTextFormat(Qt::RichText);
    reasons_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(verdict_);
    layout->addWidget(reason_);
    layout->addWidget(missing_);
    layout->addWidget(details_, 0, Qt::AlignLeft);
    layout->addWidget(reasons_);
    showDetails(false);
}

void VerdictPanel::showDetails(bool shown) {
    details_->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    //: Checkable button in the pre-scan box that shows (checked) or hides the criteria met
    //: and the points of attention.
    details_->setText(tr("Criteria and points of attention"));
    reasons_->setVisible(shown);
}

void VerdictPanel::showEvaluation(const scoring::Evaluation& evaluation) {
    const scoring::Screening& screening = evaluation.screening;
    //: Pre-scan outcome while questions that decide it are still open (the reason below
    //: says how many, the list which).
    const QString verdict =
        screening.decided() ? verdictText(screening.verdict) : tr("Not decided yet.");
    verdict_->setText(verdict);
    verdict_->setAccessibleName(verdict);
    QString missing;
    for (const std::string& id : screening.undecidedBy) {
        if (const baseline::Question* question = baseline_.question(id)) {
            missing += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                           .arg(qs(id).toHtmlEscaped(), local(question->text).toHtmlEscaped());
        }
    }
    if (!missing.isEmpty()) {
        //: Pre-scan box: heading of the list of open questions that decide the outcome.
        missing = QStringLiteral("<p>%1</p><ul>%2</ul>")
                      .arg(tr("Still to answer:").toHtmlEscaped(), missing);
    }
    missing_->setText(missing);
    missing_->setVisible(!missing.isEmpty());

    const QString reason = local(evaluation.screening.reason);
    reason_->setText(reason);
    reason_->setVisible(!reason.isEmpty());
    QString html;
    QString items;
    for (const scoring::CriterionResult& result : evaluation.screening.criteria) {
        const baseline::Criterion* criterion = baseline_.criterion(result.id);
        if (result.triggered && criterion != nullptr) {
            items += QStringLiteral("<li>%1</li>").arg(local(criterion->title).toHtmlEscaped());
        }
    }
    if (!items.isEmpty()) {
        //: Pre-scan box: list of the criteria that the answers meet.
        html += QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(tr("Criteria met by your answers:").toHtmlEscaped(), items);
    } else {
        //: Pre-scan box: no criterion is met (yet).
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No criterion is met by your answers so far.").toHtmlEscaped());
    }
    for (const std::string& id : evaluation.screening.hints) {
        for (const baseline::Hint& hint : baseline_.hints()) {
            if (hint.id == id) {
                html +=
                    QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(local(hint.title).toHtmlEscaped(), local(hint.text).toHtmlEscaped());
            }
        }
    }
    reasons_->setText(html);
}

} // namespace dpia::ui
