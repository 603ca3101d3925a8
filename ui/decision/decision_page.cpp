#include "ui/decision/decision_page.h"

#include "core/scoring/review_due.h"
#include "ui/decision/prior_consultation.h"
#include "ui/decision/readiness.h"
#include "ui/decision/signoff_editor.h"
#include "ui/dialogs/message_box.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"
#include "ui/widgets/page_header.h"
#include "ui/widgets/typed_date.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

QGroupBox* group(const QString& title, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    box->setFlat(false);
    return box;
}

} // namespace

DecisionPage::DecisionPage(DocumentSession& session, DocumentCommands& commands, QWidget* parent)
    : WorkspacePage(parent), session_(session), commands_(commands), status_(new QLabel(this)),
      review_(new QPushButton(this)), draft_(new QPushButton(this)), final_(new QPushButton(this)),
      revision_(new QPushButton(this)), checklist_(new QVBoxLayout), prior_(new QLabel(this)),
      signoffs_(new SignoffEditor(session, commands, this)) {
    setObjectName(QStringLiteral("decisionPage"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    //: Heading and introduction of the sign-off page.
    addPageHeader(layout, content, tr("Sign-off and status"),
                  tr("Before the DPIA is adopted: the questions that must be answered, the "
                     "advice of the DPO and the CISO, the views of data subjects and the "
                     "decision are recorded in the questionnaire (parts “Advice” and "
                     "“Decision”). Here you see what is still missing, record who signed what, "
                     "and set the status."));

    QGroupBox* statusBox = group(tr("Status"), content);
    auto* statusLayout = new QVBoxLayout(statusBox);
    status_->setObjectName(QStringLiteral("documentStatusText"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    //: Status buttons on the sign-off page.
    review_->setText(tr("Offer for &review"));
    review_->setToolTip(tr("Set the status to “in review”: the DPO and the CISO can give advice"));
    draft_->setText(tr("Back to &draft"));
    final_->setText(tr("&Adopt as final…"));
    final_->setToolTip(tr("Make the DPIA final: it can no longer be changed"));
    revision_->setText(tr("New &revision…"));
    revision_->setToolTip(tr("Continue in a copy with the next version number"));
    auto* statusButtons = new QHBoxLayout;
    statusButtons->addWidget(review_);
    statusButtons->addWidget(draft_);
    statusButtons->addWidget(final_);
    statusButtons->addWidget(revision_);
    statusButtons->addStretch(1);
    statusLayout->addWidget(status_);
    statusLayout->addLayout(statusButtons);
    layout->addWidget(statusBox);

    QGroupBox* readyBox = group(tr("Ready for adoption?"), content);
    readyBox->setLayout(checklist_);
    layout->addWidget(readyBox);

    QGroupBox* priorBox = group(tr("Prior consultation (GDPR art. 36)"), content);
    auto* priorLayout = new QVBoxLayout(priorBox);
    prior_->setObjectName(QStringLiteral("priorConsultation"));
    prior_->setWordWrap(true);
    prior_->setTextFormat(Qt::RichText);
    prior_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    priorLayout->addWidget(prior_);
    layout->addWidget(priorBox);

    QGroupBox* signoffBox = group(tr("Sign-offs"), content);
    auto* signoffLayout = new QVBoxLayout(signoffBox);
    auto* signoffIntro =
        new QLabel(tr("Who advised or decided, when, and with what outcome. The report prints "
                      "these with a signature line."));
    signoffIntro->setWordWrap(true);
    signoffLayout->addWidget(signoffIntro);
    signoffLayout->addWidget(signoffs_);
    layout->addWidget(signoffBox);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Sign-off and status"));
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(review_, &QPushButton::clicked, this,
            [this] { commands_.apply(storage::SetStatus{storage::DocumentStatus::inReview}); });
    connect(draft_, &QPushButton::clicked, this,
            [this] { commands_.apply(storage::SetStatus{storage::DocumentStatus::draft}); });
    connect(final_, &QPushButton::clicked, this, &DecisionPage::finalise);
    connect(revision_, &QPushButton::clicked, this, &DecisionPage::newRevisionRequested);
    connect(&session_, &DocumentSession::evaluationChanged, this, &DecisionPage::refresh);
    connect(&session_, &DocumentSession::statusChanged, this, &DecisionPage::refresh);
    refresh();
}

void DecisionPage::refresh() {
    const QString code = session_.statusCode();
    const bool isFinal = session_.isFinal();
    QString text = tr("Status: <b>%1</b>, version %2.")
                       .arg(session_.statusText().toHtmlEscaped())
                       .arg(session_.assessment().metadata.version);
    if (isFinal) {
        text += QLatin1Char(' ') +
                tr("This DPIA is adopted and can no longer be changed. Make a new revision "
                   "when the processing or its risks change (GDPR art. 35(11)).")
                    .toHtmlEscaped();
        const scoring::ReviewDue due =
            scoring::reviewDue(session_.roles(), session_.assessment(), isoToday());
        if (due.state != scoring::ReviewDue::State::none) {
            text +=
                QLatin1Char(' ') + words::reviewSentence(due, dateText(due.date)).toHtmlEscaped();
        }
    } else if (session_.isReadOnly()) {
        text += QLatin1Char(' ') + session_.readOnlyReason().toHtmlEscaped();
    }
    status_->setText(text);
    status_->setAccessibleName(QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    const bool editable = !commands_.isReadOnly();
    review_->setVisible(code == QLatin1String("draft"));
    review_->setEnabled(editable);
    draft_->setVisible(code == QLatin1String("in-review"));
    draft_->setEnabled(editable);
    final_->setVisible(!isFinal);
    final_->setEnabled(editable);
    revision_->setVisible(isFinal);

    while (QLayoutItem* item = checklist_->takeAt(0)) {
        delete item->widget();
        delete item->layout();
        delete item;
    }
    for (const ReadinessItem& item : readiness(session_)) {
        auto* row = new QWidget;
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        //: Mark before a checklist row: done (✓) or still open (✗); words follow.
        auto* label =
            new QLabel((item.done ? tr("✓ Done:") : tr("✗ Open:")) + QLatin1Char(' ') + item.text);
        label->setObjectName(QStringLiteral("readinessItem"));
        label->setWordWrap(true);
        rowLayout->addWidget(label, 1);
        if (!item.done && !item.questionId.empty()) {
            //: Button next to an open checklist row: shows the question to answer.
            auto* go = new QPushButton(tr("Go to the question"));
            go->setAccessibleName(tr("Go to the question: %1").arg(item.text));
            const QString id = qs(item.questionId);
            connect(go, &QPushButton::clicked, this,
                    [this, id] { emit showQuestionRequested(id); });
            rowLayout->addWidget(go);
        }
        checklist_->addWidget(row);
    }
    prior_->setText(priorConsultationHtml(session_));
}

QStringList DecisionPage::readinessTexts() const {
    QStringList texts;
    for (const QLabel* label : findChildren<QLabel*>(QStringLiteral("readinessItem"))) {
        texts << label->text();
    }
    return texts;
}

void DecisionPage::commitPending() {
    signoffs_->commitPending();
}

void DecisionPage::finalise() {
    if (commands_.isReadOnly()) {
        return;
    }
    commitPending();
    // The review date (art. 35(11)) is asked here: without one, adopting records the date
    // the officer's own review interval gives (or a year), and says so first.
    const baseline::Roles& roles = session_.roles();
    const std::string todayIso = isoToday();
    const scoring::ReviewDue due = scoring::reviewDue(roles, session_.assessment(), todayIso);
    storage::EditList alongWith;
    QString review;
    if (!roles.reviewDateQuestion.empty() && due.state == scoring::ReviewDue::State::none) {
        const std::string proposed =
            scoring::proposedReviewDate(roles, session_.assessment(), todayIso);
        alongWith.push_back(storage::SetAnswer{roles.reviewDateQuestion, proposed});
        const baseline::Question* question = session_.baseline().question(roles.reviewDateQuestion);
        //: Before adoption; %1 is the proposed review date, %2 the question's text.
        review =
            tr("No review date is set yet: adopting records %1 (the review interval "
               "you gave, or one year). For another date, answer “%2” first.")
                .arg(dateText(proposed), question != nullptr ? local(question->text) : QString());
    } else if (due.state != scoring::ReviewDue::State::none) {
        review = words::reviewSentence(due, dateText(due.date));
    }
    QStringList open;
    for (const ReadinessItem& item : readiness(session_)) {
        if (!item.done && (alongWith.empty() || item.questionId != roles.reviewDateQuestion)) {
            open << QStringLiteral("• ") + item.text;
        }
    }
    //: Asked before making the DPIA final.
    QString question = tr("After adoption this DPIA can no longer be changed; a change then "
                          "needs a new revision with the next version number.");
    if (!open.isEmpty()) {
        question += QStringLiteral("\n\n") + tr("Still open:") + QLatin1Char('\n') +
                    open.join(QLatin1Char('\n'));
    }
    if (!review.isEmpty()) {
        question += QStringLiteral("\n\n") + review;
    }
    question += QStringLiteral("\n\n") +
                tr("Adopt version %1 as final?").arg(session_.assessment().metadata.version);
    if (MessageBox::question(this, tr("Adopt the DPIA"), question,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    commands_.adopt(std::move(alongWith));
}

} // namespace dpia::ui
