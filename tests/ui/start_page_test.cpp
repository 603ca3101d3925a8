// A start page that looks finished (issue 22, item 10): the program's icon beside its name,
// one first action that stands out, and the recent documents with their status in a list as
// tall as its files, with no empty box under a short list.
#include "tests/ui/gui_test_support.h"
#include "ui/settings/app_settings.h"
#include "ui/start/recent_files_model.h"
#include "ui/start/start_page.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

namespace dpia::ui {
namespace {

class StartPageLooks : public GuiTest {};

TEST_F(StartPageLooks, TheIconAndOneFirstActionThatStandsOut) {
    StartPage page;
    page.resize(1024, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    const auto* icon = page.findChild<QLabel*>(QStringLiteral("startIcon"));
    ASSERT_NE(icon, nullptr);
    EXPECT_FALSE(icon->pixmap().isNull());
    EXPECT_TRUE(icon->isVisible());
    EXPECT_TRUE(page.newButton()->isDefault());
    EXPECT_TRUE(page.newButton()->font().bold());
    EXPECT_GT(page.newButton()->height(), page.openButton()->height());
}

TEST_F(StartPageLooks, RecentDocumentsWithTheirStatusInAListAsTallAsItsFiles) {
    const QString draft = path(QStringLiteral("draft.dpia"));
    QFile file(draft);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    settings::rememberRecentFile(
        {path(QStringLiteral("gone.dpia")), QStringLiteral("Gone"), QStringLiteral("final"), {}});
    settings::rememberRecentFile(
        {draft, QStringLiteral("Teams for Wmo"), QStringLiteral("draft"), {}});
    StartPage page;
    page.resize(1024, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QTreeView* list = page.recentView();
    ASSERT_TRUE(list->isVisible());
    const QAbstractItemModel* model = list->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->index(0, RecentFilesModel::StatusColumn).data().toString(),
              QStringLiteral("draft"));
    EXPECT_EQ(model->index(1, RecentFilesModel::StatusColumn).data().toString(),
              QStringLiteral("File not found"));
    // Both rows in view, and no more than a row's height of nothing below the last one.
    const QRect last = list->visualRect(model->index(1, 0));
    EXPECT_LE(last.bottom(), list->viewport()->height());
    EXPECT_LT(list->viewport()->height() - last.bottom(), last.height());
}

} // namespace
} // namespace dpia::ui
