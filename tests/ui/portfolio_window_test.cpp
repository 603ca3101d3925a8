// File → Open portfolio…: the list of every DPIA in a folder, sorted by review date,
// filtered to overdue reviews, a document opened with Enter; a damaged file shown with its
// reason, and who has a document open.
#include "core/storage/file_ops.h"
#include "tests/core/portfolio/portfolio_fixture.h"
#include "tests/core/storage/storage_support.h"
#include "tests/core/storage/writer_process.h"
#include "tests/ui/gui_test_support.h"
#include "ui/dialogs/file_dialog.h"
#include "ui/portfolio/portfolio_model.h"
#include "ui/portfolio/portfolio_window.h"
#include "ui/session/document_session.h"
#include "ui/text/local_text.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

namespace dpia::ui {
namespace {

class PortfolioWindowTest : public GuiTest {
protected:
    void SetUp() override {
        GuiTest::SetUp();
        portfolio::testing::makeSample(utf8(path(QStringLiteral("a-later.dpia"))), "Later",
                                       "2099-01-01");
        portfolio::testing::makeSample(utf8(path(QStringLiteral("b-overdue.dpia"))), "Overdue",
                                       "2001-02-03");
        portfolio::testing::makeSample(utf8(path(QStringLiteral("c-none.dpia"))), "No date", "");
        storage::testing::writeAll(utf8(path(QStringLiteral("d-broken.dpia"))), "not a DPIA");
    }

    PortfolioWindow* openPortfolio(MainWindow& window) {
        FileDialog::instance().prepare(dir_.path());
        window.portfolioAction()->trigger();
        return window.portfolioWindow();
    }

    static QString cell(PortfolioWindow& portfolio, int row, int column) {
        QAbstractItemModel* model = portfolio.table()->model();
        return model->index(row, column).data().toString();
    }
};

TEST_F(PortfolioWindowTest, SortByReviewDateFilterToOverdueAndOpenWithEnter) {
    MainWindow window;
    PortfolioWindow* portfolio = openPortfolio(window);
    ASSERT_NE(portfolio, nullptr);
    QTableView* table = portfolio->table();
    ASSERT_EQ(table->model()->rowCount(), 4);

    table->sortByColumn(PortfolioModel::ReviewDate, Qt::AscendingOrder);
    EXPECT_EQ(cell(*portfolio, 0, PortfolioModel::Title), QStringLiteral("Overdue"));
    EXPECT_TRUE(
        cell(*portfolio, 0, PortfolioModel::ReviewDate).contains(QStringLiteral("overdue")));
    EXPECT_EQ(cell(*portfolio, 1, PortfolioModel::Title), QStringLiteral("Later"));
    table->sortByColumn(PortfolioModel::ReviewDate, Qt::DescendingOrder);
    EXPECT_EQ(cell(*portfolio, 3, PortfolioModel::Title), QStringLiteral("Overdue"));

    QComboBox* filter = portfolio->filterBox();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Review overdue")));
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(cell(*portfolio, 0, PortfolioModel::Title), QStringLiteral("Overdue"));

    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(window.session()->assessment().metadata.title, "Overdue");
}

TEST_F(PortfolioWindowTest, SearchAndStatusNarrowTheList) {
    MainWindow window;
    PortfolioWindow* portfolio = openPortfolio(window);
    ASSERT_NE(portfolio, nullptr);
    portfolio->searchBox()->setText(QStringLiteral("later"));
    ASSERT_EQ(portfolio->table()->model()->rowCount(), 1);
    EXPECT_EQ(cell(*portfolio, 0, PortfolioModel::Title), QStringLiteral("Later"));
    portfolio->searchBox()->clear();
    QComboBox* status = portfolio->statusBox();
    status->setCurrentIndex(status->findText(QStringLiteral("final")));
    EXPECT_EQ(portfolio->table()->model()->rowCount(), 0);
}

TEST_F(PortfolioWindowTest, ShowsADamagedFileWithItsReasonAndWhoHasADocumentOpen) {
    storage::testing::WriterProcess writer(utf8(path(QStringLiteral("a-later.dpia"))));
    ASSERT_TRUE(writer.opened());
    MainWindow window;
    PortfolioWindow* portfolio = openPortfolio(window);
    ASSERT_NE(portfolio, nullptr);
    QComboBox* filter = portfolio->filterBox();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Files that could not be read")));
    ASSERT_EQ(portfolio->table()->model()->rowCount(), 1);
    const QString reason = cell(*portfolio, 0, PortfolioModel::Problem);
    EXPECT_TRUE(reason.contains(QStringLiteral("not a DPIA file")) ||
                reason.contains(QStringLiteral("geen DPIA-bestand")))
        << utf8(reason);
    filter->setCurrentIndex(0);
    portfolio->searchBox()->setText(QStringLiteral("a-later"));
    ASSERT_EQ(portfolio->table()->model()->rowCount(), 1);
    EXPECT_TRUE(
        cell(*portfolio, 0, PortfolioModel::OpenBy).contains(qs(storage::files::hostName())));
}

} // namespace
} // namespace dpia::ui
