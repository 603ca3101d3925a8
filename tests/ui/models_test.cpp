// Every model of the questionnaire under QAbstractItemModelTester, and what it shows.
#include "core/baseline/baseline.h"
#include "tests/ui/gui_test_support.h"
#include "ui/forms/table_answer_model.h"
#include "ui/session/document_session.h"
#include "ui/settings/app_settings.h"
#include "ui/start/recent_files_model.h"
#include "ui/text/local_text.h"
#include "ui/window/document_view.h"
#include "ui/window/main_window.h"
#include "ui/window/navigator_model.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace dpia::ui {
namespace {

class Models : public GuiTest {};

const baseline::Question* tableQuestion(const baseline::Baseline& baseline) {
    for (const baseline::Question& question : baseline.questions()) {
        if (question.type == baseline::QuestionType::table) {
            return &question;
        }
    }
    return nullptr;
}

TEST_F(Models, NavigatorListsPartsAndSectionsWithTextMarks) {
    MainWindow window;
    createThroughStartPage(window, path(QStringLiteral("nav.dpia")));
    const baseline::Baseline& baseline = window.session()->baseline();
    NavigatorModel model(baseline);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_EQ(model.sectionIndexes().size(), static_cast<qsizetype>(baseline.sections().size()));

    std::map<std::string, double> completion;
    for (const baseline::Section& section : baseline.sections()) {
        completion[section.id] = 0.5;
    }
    completion[baseline.sections().front().id] = 1.0;
    model.setCompletion(completion);
    const QModelIndex first =
        model.indexOfSection(baseline.sections().front().id).siblingAtColumn(1);
    EXPECT_EQ(first.data().toString(), QStringLiteral("complete"));
    EXPECT_FALSE(first.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(
        first.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Complete")));
    const QModelIndex second = model.indexOfSection(baseline.sections()[1].id).siblingAtColumn(1);
    EXPECT_EQ(second.data().toString(), QStringLiteral("50 %"));
}

TEST_F(Models, TableRowsAddEditMoveAndRemove) {
    MainWindow window;
    createThroughStartPage(window, path(QStringLiteral("table.dpia")));
    const baseline::Question* question = tableQuestion(window.session()->baseline());
    ASSERT_NE(question, nullptr);
    TableAnswerModel model(*question);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int edits = 0;
    QObject::connect(&model, &TableAnswerModel::edited, &model, [&edits] { ++edits; });

    EXPECT_TRUE(model.rows().is_null());
    ASSERT_TRUE(model.insertRows(0, 2));
    EXPECT_TRUE(model.setData(model.index(0, 0), QStringLiteral("eerste")));
    EXPECT_TRUE(model.setData(model.index(1, 0), QStringLiteral("tweede")));
    EXPECT_EQ(edits, 3);
    ASSERT_TRUE(model.moveRows({}, 1, 1, {}, 0));
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("tweede"));
    const std::string column = question->columns[0].id;
    EXPECT_EQ(model.rows()[0][column], "tweede");

    for (int c = 0; c < model.columnCount(); ++c) {
        const baseline::Column& col = question->columns[static_cast<std::size_t>(c)];
        if (col.type == baseline::QuestionType::choice) {
            EXPECT_TRUE(
                model.setData(model.index(0, c), QString::fromStdString(col.options[0].id)));
            EXPECT_EQ(model.index(0, c).data().toString(), local(col.options[0].label));
        } else if (col.type == baseline::QuestionType::date) {
            EXPECT_TRUE(model.setData(model.index(0, c), QDate(2026, 11, 29)));
            EXPECT_EQ(model.rows()[0][col.id], "2026-11-29");
        }
    }
    EXPECT_TRUE(window.session()->baseline().validateAnswer(question->id, model.rows()).ok());

    ASSERT_TRUE(model.removeRows(0, 2));
    EXPECT_TRUE(model.rows().is_null());

    // Showing the stored value resets only when it differs.
    model.setRows(nlohmann::json::array({{{column, "x"}}}));
    EXPECT_EQ(model.rowCount(), 1);
    model.setReadOnly(true);
    EXPECT_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.insertRows(0, 1));
}

TEST_F(Models, RecentFilesShowTitleStatusAndLastChange) {
    const QString existing = path(QStringLiteral("recent.dpia"));
    QFile file(existing);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    settings::rememberRecentFile(
        {path(QStringLiteral("gone.dpia")), QStringLiteral("Weg"), QStringLiteral("draft"), {}});
    settings::rememberRecentFile(
        {existing, QStringLiteral("DPIA Teams"), QStringLiteral("final"), {}});
    RecentFilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, RecentFilesModel::TitleColumn).data().toString(),
              QStringLiteral("DPIA Teams"));
    EXPECT_EQ(model.index(0, RecentFilesModel::StatusColumn).data().toString(),
              QStringLiteral("final"));
    EXPECT_FALSE(model.index(0, RecentFilesModel::ChangedColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(1, RecentFilesModel::StatusColumn).data().toString(),
              QStringLiteral("File not found"));
    settings::forgetRecentFile(existing);
    model.reload();
    EXPECT_EQ(model.rowCount(), 1);
}

// Issue 21, item 10: the settings name recent documents and their titles: owner-only.
TEST_F(Models, TheSettingsWithRecentFilesAreOwnerOnly) {
    settings::rememberRecentFile({path(QStringLiteral("geheim.dpia")),
                                  QStringLiteral("Jeugdzorg"),
                                  QStringLiteral("draft"),
                                  {}});
    const QFileInfo file(QSettings().fileName());
    ASSERT_TRUE(file.exists()) << file.filePath().toStdString();
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_EQ((QFile::permissions(file.filePath()) & others).toInt(), 0);
    EXPECT_EQ((QFile::permissions(file.absolutePath()) & others).toInt(), 0);
}

TEST_F(Models, TheDocumentWindowsNavigatorPassesTheTesterWhileAnswering) {
    MainWindow window;
    window.show();
    createThroughStartPage(window, path(QStringLiteral("live.dpia")));
    QAbstractItemModelTester tester(window.documentView()->navigatorModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const baseline::Question* question =
        firstVisibleOfType(*window.session(), baseline::QuestionType::yesno);
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(window.session()->apply({storage::SetAnswer{question->id, true}}).ok());
}

} // namespace
} // namespace dpia::ui
