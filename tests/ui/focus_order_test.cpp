// Mnemonics and tab order (issue 22, item 7): every dialog (and every page of the window)
// shows no literal "&" in a label, every label's mnemonic reaches a field, and Tab walks
// the fields in the order they are seen — top to bottom, left to right.
#include "core/baseline/baseline.h"
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/baseline_item_dialog.h"
#include "ui/dialogs/document_details_dialog.h"
#include "ui/forms/form_page.h"
#include "ui/forms/question_block.h"
#include "ui/forms/question_editor.h"
#include "ui/risks/custom_risk_dialog.h"
#include "ui/risks/override_dialog.h"
#include "ui/session/document_session.h"
#include "ui/session/page_ids.h"
#include "ui/settings/settings_dialog.h"
#include "ui/start/new_assessment_dialog.h"
#include "ui/start/start_page.h"
#include "ui/window/about_dialog.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"
#include "ui/window/navigator_model.h"
#include "ui/window/workspace_pages.h"

#include <algorithm>

#include <QApplication>
#include <QTest>

namespace dpia::ui {
namespace {

class FocusOrder : public GuiTest {
protected:
    /// Shows `dialog` as the user sees it and lists what is wrong with its keyboard use.
    static QStringList check(QDialog& dialog) {
        dialog.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QStringList problems = tabOrderProblems(&dialog);
        problems << mnemonicProblems(&dialog);
        dialog.close();
        return problems;
    }
};

TEST_F(FocusOrder, TheDialogsOfTheStartPageAndTheEditMenu) {
    NewAssessmentDialog create;
    EXPECT_EQ(check(create).join(QLatin1Char('\n')).toStdString(), "");
    SettingsDialog settings;
    EXPECT_EQ(check(settings).join(QLatin1Char('\n')).toStdString(), "");
    AboutDialog about;
    EXPECT_EQ(check(about).join(QLatin1Char('\n')).toStdString(), "");
}

TEST_F(FocusOrder, TheDialogsOfAnOpenDocument) {
    MainWindow window;
    window.show();
    window.openExample();
    DocumentSession& session = *window.session();
    DocumentDetailsDialog details(session.assessment().metadata, false);
    EXPECT_EQ(check(details).join(QLatin1Char('\n')).toStdString(), "");
    ASSERT_FALSE(session.baseline().requirements().empty());
    BaselineItemDialog requirement(session.baseline(), session.baseline().requirements().front());
    EXPECT_EQ(check(requirement).join(QLatin1Char('\n')).toStdString(), "");
    ASSERT_FALSE(session.evaluation().risks.empty());
    OverrideDialog override(session.baseline().matrix(), session.evaluation().risks.front(),
                            std::nullopt);
    EXPECT_EQ(check(override).join(QLatin1Char('\n')).toStdString(), "");
    CustomRiskDialog custom(session.baseline().matrix(), storage::CustomRisk{});
    EXPECT_EQ(check(custom).join(QLatin1Char('\n')).toStdString(), "");
}

TEST_F(FocusOrder, NoPageShowsALiteralAmpersand) {
    MainWindow window;
    window.show();
    EXPECT_EQ(mnemonicProblems(window.startPage()).join(QLatin1Char('\n')).toStdString(), "");
    window.openExample();
    DocumentView* view = window.documentView();
    for (const std::string_view page :
         {pages::risks, pages::safeguards, pages::coverage, pages::plan, pages::decision}) {
        QWidget* shown = view->showPage(std::string(page));
        ASSERT_NE(shown, nullptr) << page;
        EXPECT_EQ(mnemonicProblems(shown).join(QLatin1Char('\n')).toStdString(), "") << page;
        EXPECT_EQ(tabOrderProblems(shown).join(QLatin1Char('\n')).toStdString(), "") << page;
    }
}

} // namespace
} // namespace dpia::ui

namespace dpia::ui {
namespace {

TEST_F(FocusOrder, QuestionnairePagesTabInReadingOrder) {
    MainWindow window;
    window.resize(1200, 900);
    window.show();
    window.openExample();
    DocumentView* view = window.documentView();
    for (const QModelIndex& index : view->navigatorModel()->sectionIndexes()) {
        const std::string id = view->navigatorModel()->sectionId(index);
        FormPage* page = view->showSection(id);
        ASSERT_NE(page, nullptr) << id;
        QCoreApplication::processEvents();
        EXPECT_EQ(tabOrderProblems(page->widget()).join(QLatin1Char('\n')).toStdString(), "") << id;
    }
}

} // namespace
} // namespace dpia::ui

namespace dpia::ui {
namespace {

// Issue 22, item 6 (in part): a new DPIA opens with the focus in its first question, and
// focus moved by Tab below the visible part of a page scrolls into view.
TEST_F(FocusOrder, ANewDpiaStartsInItsFirstQuestionAndTabKeepsTheFocusInView) {
    MainWindow window;
    window.resize(1000, 600);
    window.show();
    createThroughStartPage(window, path(QStringLiteral("focus.dpia")));
    DocumentSession& session = *window.session();
    FormPage* page = window.documentView()->currentPage();
    ASSERT_NE(page, nullptr);
    const auto& visible = session.evaluation().visibleQuestions;
    const baseline::Question* first = nullptr;
    for (const baseline::Question& question : session.baseline().questions()) {
        if (first == nullptr && question.section == page->sectionId() &&
            std::find(visible.begin(), visible.end(), question.id) != visible.end()) {
            first = &question;
        }
    }
    ASSERT_NE(first, nullptr);
    QuestionBlock* block = page->block(first->id);
    ASSERT_NE(block, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), block->editor()->focusTarget());

    for (int i = 0; i < 25; ++i) {
        QWidget* focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        QTest::keyClick(focus, Qt::Key_Tab);
        focus = QApplication::focusWidget();
        if (focus == nullptr || !page->widget()->isAncestorOf(focus)) {
            break; // left the page (to the guidance)
        }
        const QRect shown(focus->mapTo(page->viewport(), QPoint(0, 0)), focus->size());
        EXPECT_TRUE(page->viewport()->rect().intersects(shown))
            << "focus out of view after " << i + 1 << " Tab";
    }
}

} // namespace
} // namespace dpia::ui
