#include "ui/window/document_view.h"

#include "core/baseline/baseline.h"
#include "core/scoring/review_due.h"
#include "ui/forms/form_page.h"
#include "ui/forms/guidance_panel.h"
#include "ui/forms/question_block.h"
#include "ui/forms/question_editor.h"
#include "ui/forms/screening_sections.h"
#include "ui/session/document_commands.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/text/words.h"
#include "ui/widgets/typed_date.h"
#include "ui/widgets/workspace_page.h"
#include "ui/window/navigator_model.h"
#include "ui/window/workspace_pages.h"

#include <algorithm>

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QVBoxLayout>

namespace dpia::ui {

DocumentView::DocumentView(DocumentSession& session, DocumentCommands& commands, QWidget* parent)
    : QWidget(parent), session_(session), commands_(commands),
      model_(new NavigatorModel(session.baseline(), this)), navigator_(new QTreeView(this)),
      pages_(new QStackedWidget(this)), guidance_(new GuidancePanel(session.baseline(), this)),
      banner_(new QLabel(this)) {
    setObjectName(QStringLiteral("documentView"));
    banner_->setObjectName(QStringLiteral("readOnlyBanner"));
    banner_->setWordWrap(true);
    banner_->setFrameShape(QFrame::StyledPanel);
    banner_->setMargin(8);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Colour only supports the words: the banner says "read-only" in text.
    banner_->setStyleSheet(QStringLiteral("QLabel#readOnlyBanner { background: #fff4ce; "
                                          "color: #3b2f00; border: 1px solid #c8a600; }"));
    if (session.isReadOnly()) {
        //: Banner above a document opened read-only; %1 says why.
        QString text = tr("⚠ Read-only: %1 Your changes cannot be saved; use File → Save a "
                          "copy to continue in a new file.")
                           .arg(session.readOnlyReason())
                           .toHtmlEscaped();
        // An adopted DPIA whose review is near or past says so, with the way forward.
        const scoring::ReviewDue due =
            scoring::reviewDue(session.roles(), session.assessment(), isoToday());
        if (session.isFinal() && (due.state == scoring::ReviewDue::State::soon ||
                                  due.state == scoring::ReviewDue::State::overdue)) {
            //: Link in the banner of an adopted DPIA that is due for review.
            text += QStringLiteral("<br><b>%1</b> <a href=\"revision\">%2</a>")
                        .arg(words::reviewSentence(due, dateText(due.date)).toHtmlEscaped(),
                             tr("Start a new revision…").toHtmlEscaped());
        }
        banner_->setTextFormat(Qt::RichText);
        banner_->setText(text);
        banner_->setAccessibleName(QTextDocumentFragment::fromHtml(text).toPlainText());
        banner_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                                         Qt::LinksAccessibleByMouse |
                                         Qt::LinksAccessibleByKeyboard);
        connect(banner_, &QLabel::linkActivated, this, &DocumentView::newRevisionRequested);
    }
    banner_->setVisible(session.isReadOnly());

    navigator_->setObjectName(QStringLiteral("navigator"));
    navigator_->setModel(model_);
    navigator_->setUniformRowHeights(true);
    navigator_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    navigator_->setSelectionMode(QAbstractItemView::SingleSelection);
    navigator_->header()->setStretchLastSection(false);
    navigator_->header()->setSectionResizeMode(NavigatorModel::TitleColumn, QHeaderView::Stretch);
    navigator_->header()->setSectionResizeMode(NavigatorModel::CompletionColumn,
                                               QHeaderView::ResizeToContents);
    //: Accessible name of the list of parts and sections.
    navigator_->setAccessibleName(tr("Sections of the questionnaire"));
    //: Accessible description of the navigator.
    navigator_->setAccessibleDescription(
        tr("Choose a section with the arrow keys; Enter moves to its questions."));
    navigator_->expandAll();
    model_->setCompletion(session.evaluation().completeness.sections);

    pages_->setObjectName(QStringLiteral("formPages"));
    auto* splitter = new QSplitter(this);
    splitter_ = splitter;
    splitter->addWidget(navigator_);
    splitter->addWidget(pages_);
    splitter->addWidget(guidance_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);
    // Never squeezed to a strip of elided names (resizeEvent gives it its width).
    navigator_->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    // Once the user drags a splitter handle, the widths are theirs.
    connect(splitter, &QSplitter::splitterMoved, this, [this] { userSized_ = true; });

    auto* layout = new QVBoxLayout(this);
    // Room for the focus frame of the panes at the window's edges (ui/widgets/focus_frame.h).
    layout->setContentsMargins(2, 0, 2, 2);
    layout->addWidget(banner_);
    layout->addWidget(splitter, 1);

    connect(navigator_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DocumentView::onNavigatorCurrentChanged);
    connect(navigator_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (!model_->sectionId(index).empty()) {
            if (QWidget* input = firstInputOfCurrent()) {
                input->setFocus(Qt::OtherFocusReason);
            }
        }
    });
    connect(&session_, &DocumentSession::answerChanged, this, &DocumentView::onAnswerChanged);
    connect(&session_, &DocumentSession::evaluationChanged, this,
            &DocumentView::onEvaluationChanged);
    connect(qApp, &QApplication::focusChanged, this, &DocumentView::onFocusChanged);
    connect(&commands_, &DocumentCommands::revisited, this,
            [this](const QString& id) { showQuestion(utf8(id)); });
    connect(&commands_, &DocumentCommands::revisitedPage, this,
            [this](const QString& id) { showPage(utf8(id)); });

    const QModelIndexList sections = model_->sectionIndexes();
    if (!sections.isEmpty()) {
        showSection(model_->sectionId(sections.first()));
    }
}

int DocumentView::navigatorWidthWanted() const {
    // The widest name with its indentation, the completion column, frame and scroll bar.
    const QFontMetrics metrics = navigator_->fontMetrics();
    int widest = 0;
    for (int part = 0; part < model_->rowCount(); ++part) {
        const QModelIndex partIndex = model_->index(part, 0);
        widest = std::max(widest, metrics.horizontalAdvance(partIndex.data().toString()));
        for (int row = 0; row < model_->rowCount(partIndex); ++row) {
            widest = std::max(widest, navigator_->indentation() +
                                          metrics.horizontalAdvance(
                                              model_->index(row, 0, partIndex).data().toString()));
        }
    }
    const int margins = 4 * navigator_->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
    // Public in QAbstractItemView; the tree's own (protected) answers.
    const auto* view = static_cast<const QAbstractItemView*>(navigator_);
    return navigator_->indentation() + widest + margins +
           std::max(view->sizeHintForColumn(NavigatorModel::CompletionColumn),
                    navigator_->header()->sectionSizeHint(NavigatorModel::CompletionColumn)) +
           2 * navigator_->frameWidth() +
           navigator_->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

void DocumentView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitPanes();
}

void DocumentView::fitPanes() {
    if (userSized_) {
        return;
    }
    // The navigator as wide as its names, up to 28 % of the window (its tooltips give the
    // full name when it is narrower); the guidance a quarter; the questions the rest.
    const int room = splitter_->width();
    const int navigator = std::clamp(navigatorWidthWanted(), navigator_->minimumWidth(),
                                     std::max(navigator_->minimumWidth(), room * 28 / 100));
    const int guidance = room / 4;
    splitter_->setSizes({navigator, std::max(0, room - navigator - guidance), guidance});
}

DocumentView::~DocumentView() {
    // Focus moves while the children go; this view must not hear of it half-destroyed.
    disconnect(qApp, &QApplication::focusChanged, this, &DocumentView::onFocusChanged);
}

FormPage* DocumentView::page(const std::string& sectionId) {
    const auto found = built_.find(sectionId);
    if (found != built_.end()) {
        return found->second;
    }
    const baseline::Section* section = session_.baseline().section(sectionId);
    if (section == nullptr) {
        return nullptr;
    }
    const bool verdict = screeningSections(session_.baseline()).count(sectionId) != 0;
    auto* created = new FormPage(*section, session_, commands_, verdict, pages_);
    connect(created, &FormPage::questionRequested, this, &DocumentView::showQuestionById);
    pages_->addWidget(created);
    built_[sectionId] = created;
    return created;
}

FormPage* DocumentView::currentPage() const {
    return qobject_cast<FormPage*>(pages_->currentWidget());
}

FormPage* DocumentView::showSection(const std::string& sectionId) {
    FormPage* target = page(sectionId);
    if (target == nullptr) {
        return nullptr;
    }
    if (FormPage* previous = currentPage(); previous != nullptr && previous != target) {
        previous->commitPending();
    }
    current_ = sectionId;
    pages_->setCurrentWidget(target);
    guidance_->setVisible(true);
    fitPanes(); // a wide page before may have narrowed the navigator
    if (!target->isAncestorOf(QApplication::focusWidget()) && !target->blocks().empty()) {
        // Until a question has the focus, the guidance is that of the page's first question.
        guidance_->showQuestion(&target->blocks().front()->question());
    }
    const QModelIndex index = model_->indexOfSection(sectionId);
    if (navigator_->currentIndex() != index) {
        navigator_->setCurrentIndex(index);
    }
    return target;
}

WorkspacePage* DocumentView::workspacePage(const std::string& pageId) {
    const auto found = workspace_.find(pageId);
    if (found != workspace_.end()) {
        return found->second;
    }
    WorkspacePage* created = createWorkspacePage(pageId, session_, commands_, pages_);
    if (created == nullptr) {
        return nullptr;
    }
    pages_->addWidget(created);
    workspace_[pageId] = created;
    connect(created, &WorkspacePage::showQuestionRequested, this, &DocumentView::showQuestionById);
    connect(created, &WorkspacePage::newRevisionRequested, this,
            &DocumentView::newRevisionRequested);
    return created;
}

QWidget* DocumentView::showPage(const std::string& pageId) {
    if (!isWorkspacePage(pageId)) {
        return showSection(pageId);
    }
    QWidget* target = workspacePage(pageId);
    if (target == nullptr) {
        return nullptr;
    }
    if (FormPage* previous = currentPage(); previous != nullptr) {
        previous->commitPending();
    }
    current_ = pageId;
    pages_->setCurrentWidget(target);
    // These pages explain their own items; the room goes to their tables.
    guidance_->setVisible(false);
    fitPanes();
    const QModelIndex index = model_->indexOfSection(pageId);
    if (navigator_->currentIndex() != index) {
        navigator_->setCurrentIndex(index);
    }
    return target;
}

QWidget* DocumentView::firstInputOfCurrent() const {
    if (FormPage* form = currentPage()) {
        return form->firstInput();
    }
    QWidget* shown = pages_->currentWidget();
    if (shown == nullptr) {
        return nullptr;
    }
    for (QWidget* widget = shown->nextInFocusChain(); widget != shown;
         widget = widget->nextInFocusChain()) {
        if (shown->isAncestorOf(widget) && widget->isVisibleTo(shown) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) != 0) {
            return widget;
        }
    }
    return nullptr;
}

void DocumentView::onNavigatorCurrentChanged() {
    const std::string id = model_->sectionId(navigator_->currentIndex());
    if (!id.empty() && id != current_) {
        showPage(id);
    }
}

void DocumentView::step(int delta) {
    const QModelIndexList sections = model_->pageIndexes();
    for (int i = 0; i < sections.size(); ++i) {
        if (model_->sectionId(sections[i]) == current_) {
            const int target = i + delta;
            if (target >= 0 && target < sections.size()) {
                const QWidget* shown = showPage(model_->sectionId(sections[target]));
                QWidget* input = shown != nullptr ? firstInputOfCurrent() : nullptr;
                if (input != nullptr && !navigator_->hasFocus()) {
                    input->setFocus(Qt::OtherFocusReason);
                }
            }
            return;
        }
    }
}

void DocumentView::nextSection() {
    step(1);
}

void DocumentView::previousSection() {
    step(-1);
}

void DocumentView::cycleFocus(bool forward) {
    QWidget* focus = QApplication::focusWidget();
    int area = 1; // form
    if (focus == navigator_ || navigator_->isAncestorOf(focus)) {
        area = 0;
    } else if (guidance_->isAncestorOf(focus)) {
        area = 2;
    }
    const int next = (area + (forward ? 1 : 2)) % 3;
    QWidget* target = navigator_;
    if (next == 1) {
        target = firstInputOfCurrent();
        if (target == nullptr && guidance_->isVisible()) {
            target = guidance_->browser(); // a page without inputs: skip to guidance
        }
    } else if (next == 2 && guidance_->isVisible()) {
        target = guidance_->browser();
    }
    if (target == nullptr) {
        target = navigator_;
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void DocumentView::commitPending() {
    for (const auto& [id, built] : built_) {
        built->commitPending();
    }
    for (const auto& [id, page] : workspace_) {
        page->commitPending();
    }
}

bool DocumentView::hasUnsavedInput() const {
    for (const auto& [id, built] : built_) {
        for (const QuestionBlock* block : built->blocks()) {
            if (block->editor()->hasUnsavedInput()) {
                return true;
            }
        }
    }
    return false;
}

void DocumentView::showQuestionById(const QString& questionId) {
    showQuestion(utf8(questionId));
}

void DocumentView::focusFirstInput() {
    if (QWidget* input = firstInputOfCurrent()) {
        input->setFocus(Qt::OtherFocusReason);
    }
}

void DocumentView::showQuestion(const std::string& questionId) {
    const baseline::Question* question = session_.baseline().question(questionId);
    if (question == nullptr) {
        return;
    }
    FormPage* shown = showSection(question->section);
    QuestionBlock* block = shown != nullptr ? shown->block(questionId) : nullptr;
    if (block != nullptr && block->isVisibleTo(shown)) {
        shown->ensureWidgetVisible(block);
        if (QWidget* input = block->editor()->focusTarget()) {
            input->setFocus(Qt::OtherFocusReason);
        }
    }
}

void DocumentView::onAnswerChanged(const QString& questionId) {
    const baseline::Question* question = session_.baseline().question(utf8(questionId));
    if (question == nullptr) {
        return;
    }
    const auto found = built_.find(question->section);
    if (found != built_.end()) {
        found->second->refresh(question->id);
    }
}

void DocumentView::onEvaluationChanged() {
    const scoring::Evaluation& evaluation = session_.evaluation();
    model_->setCompletion(evaluation.completeness.sections);
    for (const auto& [id, built] : built_) {
        built->showEvaluation(evaluation);
    }
}

void DocumentView::onFocusChanged(QWidget*, QWidget* now) {
    if (now == nullptr || !isAncestorOf(now) || guidance_->isAncestorOf(now)) {
        return;
    }
    for (QWidget* widget = now; widget != nullptr && widget != this;
         widget = widget->parentWidget()) {
        if (auto* block = qobject_cast<QuestionBlock*>(widget)) {
            guidance_->showQuestion(&block->question());
            return;
        }
    }
}

} // namespace dpia::ui
