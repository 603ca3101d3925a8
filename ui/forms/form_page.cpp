#include "ui/forms/form_page.h"

#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"
#include "ui/forms/answered_elsewhere.h"
#include "ui/forms/question_block.h"
#include "ui/forms/question_editor.h"
#include "ui/forms/verdict_panel.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"

#include <algorithm>

#include <QLabel>
#include <QVBoxLayout>

namespace dpia::ui {

FormPage::FormPage(const baseline::Section& section, DocumentSession& session,
                   DocumentCommands& commands, bool showVerdict, QWidget* parent)
    : QScrollArea(parent), section_(section), session_(session) {
    setObjectName(QStringLiteral("page:%1").arg(qs(section.id)));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("pageContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 16);

    const baseline::Baseline& baseline = session.baseline();
    auto* part = new QLabel(content);
    for (const baseline::Part& candidate : baseline.parts()) {
        if (candidate.id == section.part) {
            part->setText(local(candidate.title));
        }
    }
    auto* heading = new QLabel(local(section.title), content);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);
    heading->setMinimumWidth(1); // a long one-word title may clip rather than widen the page
    part->setWordWrap(true);
    layout->addWidget(part);
    layout->addWidget(heading);
    if (showVerdict) {
        // At the top, so the outcome is in view as soon as the page opens.
        verdict_ = new VerdictPanel(baseline, content);
        connect(verdict_, &VerdictPanel::questionRequested, this, &FormPage::questionRequested);
        layout->addWidget(verdict_);
    }

    const std::vector<const baseline::Question*> questions = baseline.questionsIn(section.id);
    const bool anyRequired = std::any_of(questions.begin(), questions.end(),
                                         [](const baseline::Question* q) { return q->required; });
    if (anyRequired) {
        //: Legend at the top of a form page.
        auto* legend = new QLabel(tr("Questions marked * are required."), content);
        legend->setWordWrap(true);
        layout->addWidget(legend);
    }
    // Where an earlier baseline asked a fact again, its one question is shown, not asked.
    // An old yes/no question now read from a rule (`as`) shows every question the rule reads.
    std::vector<const baseline::Question*> shownHere;
    const auto show = [&](const baseline::Question* question) {
        if (question == nullptr || question->section == section.id ||
            std::find(shownHere.begin(), shownHere.end(), question) != shownHere.end()) {
            return;
        }
        shownHere.push_back(question);
        auto* shown = new AnsweredElsewhere(baseline, *question, content);
        shown->showAnswer(session.answer(question->id));
        connect(shown, &AnsweredElsewhere::questionRequested, this, &FormPage::questionRequested);
        layout->addWidget(shown);
        elsewhere_.push_back(shown);
    };
    for (const baseline::Question& question : baseline.questions()) {
        for (const baseline::ReplacedQuestion& old : question.replaces) {
            if (old.section != section.id) {
                continue;
            }
            show(&question);
            if (old.as) {
                for (const std::string& id : old.as->questionIds()) {
                    show(baseline.question(id));
                }
            }
        }
    }
    for (const baseline::Question* question : questions) {
        auto* block = new QuestionBlock(*question, commands, content);
        block->editor()->showValue(session.answer(question->id));
        layout->addWidget(block);
        blocks_.push_back(block);
        byId_[question->id] = block;
    }
    //: Shown on a form page when the earlier answers make none of its questions apply.
    nothingVisible_ = new QLabel(
        questions.empty() ? tr("This section has no questions.")
                          : tr("None of the questions of this section apply, given your earlier "
                               "answers."),
        content);
    nothingVisible_->setWordWrap(true);
    nothingVisible_->setVisible(questions.empty());
    layout->addWidget(nothingVisible_);
    layout->addStretch(1);
    setWidget(content);
    setReadOnly(session.isReadOnly());
    showEvaluation(session.evaluation());
}

const std::string& FormPage::sectionId() const {
    return section_.id;
}

void FormPage::refresh(const std::string& questionId) {
    if (QuestionBlock* found = block(questionId)) {
        found->editor()->showValue(session_.answer(questionId));
    }
}

void FormPage::showEvaluation(const scoring::Evaluation& evaluation) {
    const std::vector<std::string>& visible = evaluation.visibleQuestions;
    bool any = false;
    for (QuestionBlock* block : blocks_) {
        const bool shown =
            std::find(visible.begin(), visible.end(), block->question().id) != visible.end();
        if (!shown && block->isAncestorOf(QWidget::focusWidget())) {
            block->editor()->commitPending();
        }
        block->setVisible(shown);
        any = any || shown;
    }
    for (AnsweredElsewhere* shown : elsewhere_) {
        const std::string& id = shown->question().id;
        shown->showAnswer(session_.answer(id));
        shown->setVisible(std::find(visible.begin(), visible.end(), id) != visible.end());
    }
    nothingVisible_->setVisible(!any);
    if (verdict_ != nullptr) {
        verdict_->showEvaluation(evaluation);
    }
}

void FormPage::commitPending() {
    for (QuestionBlock* block : blocks_) {
        block->editor()->commitPending();
    }
}

void FormPage::setReadOnly(bool readOnly) {
    for (QuestionBlock* block : blocks_) {
        block->editor()->setReadOnly(readOnly);
    }
}

QuestionBlock* FormPage::block(const std::string& questionId) const {
    const auto found = byId_.find(questionId);
    return found == byId_.end() ? nullptr : found->second;
}

QWidget* FormPage::firstInput() const {
    for (QuestionBlock* block : blocks_) {
        if (!block->isHidden()) {
            QWidget* target = block->editor()->focusTarget();
            if (target != nullptr && target->isEnabled()) {
                return target;
            }
        }
    }
    return nullptr;
}

} // namespace dpia::ui
