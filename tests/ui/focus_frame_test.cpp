// Focus visible everywhere (issue 22, item 6): the widget with the focus has a 2 px frame
// in the palette's Highlight colour, in the light and in a high-contrast palette; the
// current item of a table or tree has one while the view has the focus; and focus moved
// by the arrow keys or a mnemonic below the visible part of a page scrolls into view.
#include "core/baseline/baseline.h"
#include "tests/ui/gui_test_support.h"
#include "ui/forms/choice_editors.h"
#include "ui/forms/form_page.h"
#include "ui/forms/guidance_panel.h"
#include "ui/forms/question_block.h"
#include "ui/forms/question_editor.h"
#include "ui/risks/risk_register_page.h"
#include "ui/safeguards/safeguards_page.h"
#include "ui/session/document_session.h"
#include "ui/session/page_ids.h"
#include "ui/text/local_text.h"
#include "ui/widgets/focus_frame.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPalette>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

namespace dpia::ui {
namespace {

class FocusFrame : public GuiTest {
protected:
    void SetUp() override {
        GuiTest::SetUp();
        installFocusFrame(*qApp);
        light_ = QApplication::palette();
    }
    void TearDown() override {
        QApplication::setPalette(light_);
        GuiTest::TearDown();
    }

    /// The example open in a shown, active window of 1024 × 700.
    void openExample(MainWindow& window) {
        window.resize(1024, 700);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        window.openExample();
        ASSERT_NE(window.documentView(), nullptr);
    }

    QPalette light_;
};

/// The window as painted now.
QImage shot(QWidget* window) {
    QCoreApplication::processEvents();
    return window->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

/// The pixels of a 2 px ring just outside `widget` (in `window`'s image): the middle of each
/// side, one pixel out.
QList<QColor> ringOutside(const QImage& image, QWidget* window, QWidget* widget) {
    const qreal ratio = image.devicePixelRatio();
    const QRect r(widget->mapTo(window, QPoint(0, 0)), widget->size());
    const QList<QPoint> points{{r.center().x(), r.top() - 1},
                               {r.center().x(), r.bottom() + 1},
                               {r.left() - 1, r.center().y()},
                               {r.right() + 1, r.center().y()}};
    QList<QColor> colours;
    for (const QPoint& point : points) {
        colours << image.pixelColor(qRound(point.x() * ratio), qRound(point.y() * ratio));
    }
    return colours;
}

int countOf(const QList<QColor>& colours, const QColor& wanted) {
    return static_cast<int>(std::count_if(
        colours.begin(), colours.end(), [&](const QColor& c) { return c.rgb() == wanted.rgb(); }));
}

/// The first input of a text question on the page shown.
QWidget* firstInputOnPage(MainWindow& window) {
    FormPage* page = window.documentView()->currentPage();
    return page != nullptr ? page->firstInput() : nullptr;
}

TEST_F(FocusFrame, TheFocusedFieldHasAFrameInTheHighlightColourThatGoesWithTheFocus) {
    MainWindow window;
    openExample(window);
    QWidget* field = firstInputOnPage(window);
    ASSERT_NE(field, nullptr);
    const QColor highlight = QApplication::palette().color(QPalette::Active, QPalette::Highlight);

    field->setFocus(Qt::TabFocusReason);
    EXPECT_EQ(countOf(ringOutside(shot(&window), &window, field), highlight), 4)
        << "no frame around " << field->metaObject()->className();

    window.documentView()->navigator()->setFocus(Qt::TabFocusReason);
    EXPECT_EQ(countOf(ringOutside(shot(&window), &window, field), highlight), 0)
        << "the frame stayed when the focus left";
    // The navigator, a tree, now has it.
    QTreeView* navigator = window.documentView()->navigator();
    EXPECT_EQ(countOf(ringOutside(shot(&window), &window, navigator), highlight), 4);
}

TEST_F(FocusFrame, InAHighContrastPaletteTheFrameTakesThatPalettesHighlight) {
    QPalette contrast;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::Text, Qt::white);
    contrast.setColor(QPalette::Button, Qt::black);
    contrast.setColor(QPalette::ButtonText, Qt::white);
    contrast.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    contrast.setColor(QPalette::HighlightedText, Qt::black);
    QApplication::setPalette(contrast);

    MainWindow window;
    openExample(window);
    DocumentView* view = window.documentView();
    view->showPage(std::string(pages::risks));
    auto* page = qobject_cast<RiskRegisterPage*>(view->workspacePage(std::string(pages::risks)));
    ASSERT_NE(page, nullptr);
    QTableView* table = page->findChild<QTableView*>(QStringLiteral("riskTable"));
    ASSERT_NE(table, nullptr);
    table->setFocus(Qt::TabFocusReason);
    EXPECT_EQ(countOf(ringOutside(shot(&window), &window, table), QColor(0xff, 0xff, 0x00)), 4);
}

/// The colour of the current item's ring inside `view`: its left edge, half-way down.
QColor currentItemEdge(QAbstractItemView* view) {
    QCoreApplication::processEvents();
    const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRect item = view->visualRect(view->currentIndex());
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(qRound((item.left() + 1) * ratio), qRound(item.center().y() * ratio));
}

TEST_F(FocusFrame, TheCurrentRowOfTheRiskTableAndTheSafeguardTreeIsFramedWhileTheViewHasFocus) {
    MainWindow window;
    openExample(window);
    DocumentView* view = window.documentView();
    const QPalette palette = QApplication::palette();
    // The current row is selected: its frame is drawn in the selection's text colour.
    const QColor onSelection = palette.color(QPalette::Active, QPalette::HighlightedText);

    view->showPage(std::string(pages::risks));
    QTableView* table = view->workspacePage(std::string(pages::risks))
                            ->findChild<QTableView*>(QStringLiteral("riskTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_TRUE(table->currentIndex().isValid());
    table->setFocus(Qt::TabFocusReason);
    EXPECT_EQ(currentItemEdge(table).rgb(), onSelection.rgb());
    view->navigator()->setFocus(Qt::TabFocusReason);
    EXPECT_NE(currentItemEdge(table).rgb(), onSelection.rgb());

    view->showPage(std::string(pages::safeguards));
    auto* safeguards =
        qobject_cast<SafeguardsPage*>(view->workspacePage(std::string(pages::safeguards)));
    ASSERT_NE(safeguards, nullptr);
    QTreeView* tree = safeguards->tree();
    if (!tree->currentIndex().isValid()) {
        tree->setCurrentIndex(tree->model()->index(0, 0));
    }
    tree->setFocus(Qt::TabFocusReason);
    EXPECT_EQ(currentItemEdge(tree).rgb(), onSelection.rgb());
    view->navigator()->setFocus(Qt::TabFocusReason);
    EXPECT_NE(currentItemEdge(tree).rgb(), onSelection.rgb());
}

TEST_F(FocusFrame, RadioButtonsAndTheGuidanceLinksAreFramed) {
    MainWindow window;
    openExample(window);
    DocumentView* view = window.documentView();
    const QColor highlight = QApplication::palette().color(QPalette::Active, QPalette::Highlight);
    const baseline::Question* yesNo =
        firstVisibleOfType(*window.session(), baseline::QuestionType::yesno);
    ASSERT_NE(yesNo, nullptr);
    view->showQuestion(yesNo->id);
    QWidget* radio = QApplication::focusWidget();
    ASSERT_NE(qobject_cast<QAbstractButton*>(radio), nullptr);
    EXPECT_EQ(countOf(ringOutside(shot(&window), &window, radio), highlight), 4);

    view->cycleFocus(true); // F6: on to the guidance and its links
    QTextBrowser* guidance = view->guidance()->browser();
    ASSERT_EQ(QApplication::focusWidget(), guidance);
    EXPECT_EQ(countOf(ringOutside(shot(&window), &window, guidance), highlight), 4);
}

/// The choice questions of the example answered with radio buttons, three or more of them.
std::vector<const baseline::Question*> radioQuestions(const DocumentSession& session) {
    const auto& visible = session.evaluation().visibleQuestions;
    std::vector<const baseline::Question*> found;
    for (const baseline::Question& question : session.baseline().questions()) {
        if (question.type == baseline::QuestionType::choice && question.options.size() >= 3 &&
            question.options.size() <= kMaxRadioOptions &&
            std::find(visible.begin(), visible.end(), question.id) != visible.end()) {
            found.push_back(&question);
        }
    }
    return found;
}

TEST_F(FocusFrame, AnArrowKeyThatMovesTheFocusBelowThePageScrollsItIntoView) {
    MainWindow window;
    openExample(window);
    DocumentView* view = window.documentView();
    FormPage* page = nullptr;
    const auto inView = [&page](QWidget* widget) {
        const QRect shown(widget->mapTo(page->viewport(), QPoint(0, 0)), widget->size());
        return page->viewport()->rect().contains(shown);
    };
    QAbstractButton* first = nullptr;
    QAbstractButton* second = nullptr;
    // A question whose page can scroll so that its first option is the last line in view
    // and the second is below it (not one at the very end of its page).
    for (const baseline::Question* question : radioQuestions(*window.session())) {
        view->showQuestion(question->id);
        page = view->currentPage();
        auto* editor = qobject_cast<RadioEditor*>(page->block(question->id)->editor());
        ASSERT_NE(editor, nullptr);
        first = editor->button(0);
        second = editor->button(1);
        first->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        QScrollBar* bar = page->verticalScrollBar();
        const int firstBottom = first->mapTo(page->widget(), QPoint(0, first->height())).y();
        bar->setValue(firstBottom - page->viewport()->height() + 1);
        if (inView(first) && !inView(second)) {
            break;
        }
        first = nullptr;
    }
    ASSERT_NE(first, nullptr) << "no page of the example is long enough to test this";

    QTest::keyClick(first, Qt::Key_Down);
    ASSERT_EQ(QApplication::focusWidget(), second);
    EXPECT_TRUE(inView(second)) << "the focused option stayed below the visible part";
    // The frame goes around the option's box and its text.
    const QColor highlight = QApplication::palette().color(QPalette::Active, QPalette::Highlight);
    EXPECT_EQ(countOf(ringOutside(shot(&window), &window, second->parentWidget()), highlight), 4);
}

} // namespace
} // namespace dpia::ui
