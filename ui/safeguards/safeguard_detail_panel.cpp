#include "ui/safeguards/safeguard_detail_panel.h"

#include "core/baseline/baseline.h"
#include "ui/dialogs/baseline_item_dialog.h"
#include "ui/safeguards/safeguard_model.h"
#include "ui/safeguards/safeguard_status.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace dpia::ui {

namespace {

QString signedNumber(int value) {
    return value > 0 ? QStringLiteral("+%1").arg(value) : QStringLiteral("−%1").arg(-value);
}

} // namespace

SafeguardDetailPanel::SafeguardDetailPanel(DocumentSession& session, DocumentCommands& commands,
                                           QWidget* parent)
    : QWidget(parent), session_(session), commands_(commands), title_(new QLabel(this)),
      facts_(new QLabel(this)), status_(new QComboBox(this)), evidence_(new QPlainTextEdit(this)),
      details_(new QTextBrowser(this)),
      evidenceSaver_(evidence_, commands, [this] { return typedEvidence(); }) {
    setObjectName(QStringLiteral("safeguardDetails"));
    title_->setObjectName(QStringLiteral("safeguardTitle"));
    QFont bold = title_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title_->setFont(bold);
    title_->setWordWrap(true);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts_->setWordWrap(true);
    status_->setObjectName(QStringLiteral("safeguardStatus"));
    for (const SafeguardChoice choice : safeguardChoices()) {
        status_->addItem(choiceLabel(choice), static_cast<int>(choice));
    }
    //: Accessible name of the status list of the selected safeguard.
    status_->setAccessibleName(tr("Status"));
    evidence_->setObjectName(QStringLiteral("safeguardEvidence"));
    evidence_->setTabChangesFocus(true);
    evidence_->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    //: Accessible name of the evidence field of the selected safeguard.
    evidence_->setAccessibleName(tr("Evidence"));
    details_->setObjectName(QStringLiteral("safeguardAbout"));
    details_->setOpenLinks(false);
    //: Accessible name of the description of the selected safeguard.
    details_->setAccessibleName(tr("About the selected safeguard"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(facts_);
    auto* form = new QFormLayout;
    //: Form label of the status of the selected safeguard.
    form->addRow(tr("&Status:"), status_);
    //: Form label of the evidence of the selected safeguard.
    form->addRow(tr("&Evidence:"), evidence_);
    layout->addLayout(form);
    layout->addWidget(details_, 1);

    connect(status_, &QComboBox::activated, this,
            [this] { chooseStatus(status_->currentData().toInt()); });
    connect(details_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const baseline::Requirement* requirement =
            session_.baseline().requirement(utf8(url.path()));
        if (requirement != nullptr) {
            BaselineItemDialog::showRequirement(session_.baseline(), *requirement, this);
        }
    });
    showSafeguard({});
}

void SafeguardDetailPanel::showSafeguard(const std::string& id) {
    if (id != shownId_) {
        evidenceSaver_.flush();
        commands_.endTyping();
        const baseline::Safeguard* safeguard =
            id.empty() ? nullptr : session_.baseline().safeguard(id);
        shownId_ = safeguard != nullptr ? id : std::string();
        details_->setHtml(detailsHtml(shownId_));
        evidenceSaver_.refill([this] { evidence_->clear(); });
    }
    refresh();
}

void SafeguardDetailPanel::refresh() {
    const baseline::Safeguard* safeguard =
        shownId_.empty() ? nullptr : session_.baseline().safeguard(shownId_);
    if (safeguard == nullptr) {
        //: Detail panel of the safeguards page without a selected safeguard.
        title_->setText(tr("Choose a safeguard in the list."));
        facts_->clear();
        status_->setEnabled(false);
        evidence_->setEnabled(false);
        return;
    }
    const scoring::SafeguardView shown = session_.safeguard(shownId_);
    const SafeguardChoice choice = choiceOf(shown.status);
    title_->setText(local(safeguard->title));
    //: Facts under a safeguard's title: %1 its kind, %2 what licence it needs.
    QString facts = tr("%1 · %2").arg(words::safeguardKind(safeguard->kind),
                                      words::licenceDescription(safeguard->licence));
    if (!shown.answeredBy.empty()) {
        //: Under a safeguard's title: its status is the answer to a questionnaire question
        //: (one fact, one place); %1 the question.
        facts += QStringLiteral("\n") + tr("Its status is your answer to “%1”; the evidence is "
                                           "the note on that question.")
                                            .arg(session_.questionCaption(shown.answeredBy));
    }
    if (!shown.available && safeguard->availability) {
        //: Under a safeguard's title when the licence answered does not offer it; %1 what
        //: it needs.
        facts += QStringLiteral("\n") + tr("Not offered by the licence you chose: it needs %1.")
                                            .arg(local(safeguard->availability->needs));
    }
    facts_->setText(facts);
    status_->setCurrentIndex(status_->findData(static_cast<int>(choice)));
    const bool readOnly = commands_.isReadOnly();
    status_->setEnabled(!readOnly);
    const bool decided = choice != SafeguardChoice::notDecided;
    evidence_->setEnabled(decided);
    evidence_->setReadOnly(readOnly);
    //: Placeholder of the evidence field while the safeguard has no status.
    evidence_->setPlaceholderText(decided ? local(safeguard->evidence)
                                          : tr("Choose a status first."));
    const QString evidence = qs(shown.evidence);
    // Never overwrite what the user is typing.
    const bool typing = evidenceSaver_.isPending() || evidence_->hasFocus();
    if (!typing && evidence_->toPlainText() != evidence) {
        evidenceSaver_.refill([&] { evidence_->setPlainText(evidence); });
    }
}

QString SafeguardDetailPanel::detailsHtml(const std::string& id) const {
    const baseline::Safeguard* safeguard = id.empty() ? nullptr : session_.baseline().safeguard(id);
    if (safeguard == nullptr) {
        return {};
    }
    QString html = QStringLiteral("<p>%1</p>").arg(local(safeguard->description).toHtmlEscaped());
    //: Safeguard details heading.
    html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(tr("What counts as evidence").toHtmlEscaped(),
                     local(safeguard->evidence).toHtmlEscaped());
    QString requirements;
    for (const std::string& requirementId : safeguard->meets) {
        const baseline::Requirement* requirement = session_.baseline().requirement(requirementId);
        if (requirement != nullptr) {
            requirements += QStringLiteral("<li><a href=\"req:%1\">%2</a> — %3</li>")
                                .arg(qs(requirement->id).toHtmlEscaped(),
                                     local(requirement->ref).toHtmlEscaped(),
                                     local(requirement->title).toHtmlEscaped());
        }
    }
    if (!requirements.isEmpty()) {
        //: Safeguard details heading: the AVG and BIO requirements it helps meet.
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>")
                    .arg(tr("Meets these requirements").toHtmlEscaped(), requirements);
    }
    QString risks;
    for (const baseline::Risk& risk : session_.baseline().risks()) {
        for (const baseline::Mitigation& mitigation : risk.mitigations) {
            if (mitigation.safeguard != id ||
                (mitigation.likelihood == 0 && mitigation.impact == 0)) {
                continue;
            }
            QStringList change;
            if (mitigation.likelihood != 0) {
                //: How much a safeguard lowers likelihood, e.g. "likelihood −1".
                change << tr("likelihood %1").arg(signedNumber(mitigation.likelihood));
            }
            if (mitigation.impact != 0) {
                //: How much a safeguard lowers impact, e.g. "impact −1".
                change << tr("impact %1").arg(signedNumber(mitigation.impact));
            }
            risks += QStringLiteral("<li>%1 (%2)</li>")
                         .arg(local(risk.title).toHtmlEscaped(),
                              change.join(QStringLiteral(", ")).toHtmlEscaped());
        }
    }
    if (!risks.isEmpty()) {
        //: Safeguard details heading: the risks whose score it lowers.
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>")
                    .arg(tr("Lowers these risks").toHtmlEscaped(), risks);
    }
    return html;
}

void SafeguardDetailPanel::commitPending() {
    evidenceSaver_.flush();
}

std::optional<storage::Edit> SafeguardDetailPanel::typedEvidence() const {
    std::optional<storage::SafeguardEntry> entry =
        shownId_.empty() ? std::nullopt : session_.safeguardEntry(shownId_);
    if (!entry) {
        return std::nullopt;
    }
    entry->evidence = utf8(evidence_->toPlainText());
    return storage::SetSafeguard{shownId_, entry};
}

void SafeguardDetailPanel::chooseStatus(int choice) {
    evidenceSaver_.flush();
    commands_.endTyping();
    if (shownId_.empty() || commands_.isReadOnly()) {
        return;
    }
    const std::optional<storage::SafeguardStatus> status =
        statusOf(static_cast<SafeguardChoice>(choice));
    const std::optional<storage::SafeguardEntry> shown = session_.safeguardEntry(shownId_);
    std::optional<storage::SafeguardEntry> entry;
    if (status) {
        entry = storage::SafeguardEntry{*status, session_.safeguard(shownId_).evidence};
    }
    const bool same = shown == entry;
    if (!same && !commands_.apply(storage::SetSafeguard{shownId_, entry})) {
        refresh(); // refused: show the stored status again
    }
}

} // namespace dpia::ui
