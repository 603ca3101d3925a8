// Every input a keyboard user can reach has an accessible name, on every page.
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/document_details_dialog.h"
#include "ui/forms/form_page.h"
#include "ui/settings/settings_dialog.h"
#include "ui/start/new_assessment_dialog.h"
#include "ui/start/start_page.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"
#include "ui/window/navigator_model.h"
#include "ui/window/workspace_pages.h"

#include <QAccessible>
#include <QApplication>
#include <QCoreApplication>
#include <QTreeView>

namespace dpia::ui {
namespace {

class Accessibility : public GuiTest {};

TEST_F(Accessibility, EveryFocusableWidgetOfEveryFormPageHasAName) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("a11y.dpia")));
    DocumentView* view = window.documentView();
    NavigatorModel* model = view->navigatorModel();
    int pages = 0;
    for (const QModelIndex& index : model->sectionIndexes()) {
        FormPage* page = view->showSection(model->sectionId(index));
        ASSERT_NE(page, nullptr);
        ++pages;
        const QStringList problems = unnamedInputs(page);
        EXPECT_TRUE(problems.isEmpty())
            << model->sectionId(index) << ": " << problems.join(QStringLiteral("; ")).toStdString();
    }
    EXPECT_GT(pages, 1);
    // Navigator, guidance and banner too.
    EXPECT_TRUE(unnamedInputs(&window).isEmpty())
        << unnamedInputs(&window).join(QStringLiteral("; ")).toStdString();
}

TEST_F(Accessibility, EveryFocusableWidgetOfThePagesAfterTheQuestionnaireHasAName) {
    MainWindow window;
    window.show();
    window.openExample();
    DocumentView* view = window.documentView();
    ASSERT_NE(view, nullptr);
    for (const std::string& id : workspacePageIds()) {
        QWidget* page = view->showPage(id);
        ASSERT_NE(page, nullptr) << id;
        const QStringList problems = unnamedInputs(page);
        EXPECT_TRUE(problems.isEmpty())
            << id << ": " << problems.join(QStringLiteral("; ")).toStdString();
    }
}

TEST_F(Accessibility, StartPageAndDialogsNameTheirInputs) {
    MainWindow window;
    window.show();
    EXPECT_TRUE(unnamedInputs(window.startPage()).isEmpty())
        << unnamedInputs(window.startPage()).join(QStringLiteral("; ")).toStdString();
    NewAssessmentDialog dialog;
    dialog.show();
    EXPECT_TRUE(unnamedInputs(&dialog).isEmpty())
        << unnamedInputs(&dialog).join(QStringLiteral("; ")).toStdString();
    DocumentDetailsDialog details(storage::Metadata{}, false);
    details.show();
    EXPECT_TRUE(unnamedInputs(&details).isEmpty())
        << unnamedInputs(&details).join(QStringLiteral("; ")).toStdString();
    SettingsDialog settings;
    settings.show();
    EXPECT_TRUE(unnamedInputs(&settings).isEmpty())
        << unnamedInputs(&settings).join(QStringLiteral("; ")).toStdString();
}

TEST_F(Accessibility, AtScaleFactorTwoNoPageNeedsSidewaysScrolling) {
    // 1400 x 900 pixels at QT_SCALE_FACTOR=2 leave a 700 x 450 window.
    MainWindow window;
    window.resize(700, 450);
    window.show();
    createThroughStartPage(window, path(QStringLiteral("scale.dpia")));
    DocumentView* view = window.documentView();
    for (const QModelIndex& index : view->navigatorModel()->sectionIndexes()) {
        FormPage* page = view->showSection(view->navigatorModel()->sectionId(index));
        QCoreApplication::processEvents();
        EXPECT_LE(page->widget()->minimumSizeHint().width(), page->viewport()->width())
            << view->navigatorModel()->sectionId(index);
    }
}

TEST_F(Accessibility, RequiredQuestionsSayRequiredInTextNotOnlyInColour) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("required.dpia")));
    DocumentView* view = window.documentView();
    int required = 0;
    for (const QModelIndex& index : view->navigatorModel()->sectionIndexes()) {
        FormPage* page = view->showSection(view->navigatorModel()->sectionId(index));
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (widget->accessibleDescription().contains(QStringLiteral("Required question"))) {
                ++required;
            }
        }
    }
    EXPECT_GT(required, 0);
}

} // namespace
} // namespace dpia::ui
