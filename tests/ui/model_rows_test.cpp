// The action plan and sign-off models follow each edit row by row (issue 14): an added
// item is one inserted row, a removed one one removed row, an update one changed row —
// never a reset, so a view keeps its selection — and undo does the same in reverse.
#include "tests/ui/review_pages_support.h"
#include "ui/decision/signoff_model.h"
#include "ui/plan/action_plan_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace dpia::ui {
namespace {

class ModelRows : public ReviewPagesTest {};

/// Counts what a model announced.
struct Announced {
    explicit Announced(QAbstractItemModel& model)
        : inserted(&model, &QAbstractItemModel::rowsInserted),
          removed(&model, &QAbstractItemModel::rowsRemoved),
          changed(&model, &QAbstractItemModel::dataChanged),
          reset(&model, &QAbstractItemModel::modelReset) {}
    void clear() {
        inserted.clear();
        removed.clear();
        changed.clear();
        reset.clear();
    }
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy reset;
};

TEST_F(ModelRows, TheActionPlanInsertsChangesAndRemovesOneRowAndNeverResets) {
    ActionPlanModel model(session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Announced announced(model);
    const int rows = model.rowCount();

    const auto added = commands().apply(
        storage::AddMeasure{storage::Measure{"", "Wachtwoordbeheer", {}, "CISO", "", {}}});
    ASSERT_TRUE(added);
    const std::string id = storage::target(*added);
    ASSERT_EQ(announced.inserted.size(), 1);
    EXPECT_EQ(announced.inserted.front().at(1).toInt(), rows);
    EXPECT_EQ(model.rowOf(id), rows);

    storage::Measure changed = *model.measure(rows);
    changed.owner = "Teamleider Wmo";
    ASSERT_TRUE(commands().apply(storage::UpdateMeasure{changed}));
    ASSERT_GE(announced.changed.size(), 1);
    EXPECT_EQ(announced.changed.back().at(0).toModelIndex().row(), rows);
    EXPECT_EQ(model.index(rows, ActionPlanModel::OwnerColumn).data().toString(),
              QStringLiteral("Teamleider Wmo"));

    ASSERT_TRUE(commands().apply(storage::RemoveMeasure{id}));
    ASSERT_EQ(announced.removed.size(), 1);
    EXPECT_EQ(announced.removed.front().at(1).toInt(), rows);
    EXPECT_EQ(model.rowCount(), rows);

    stack_.undo(); // the removal: the row comes back
    EXPECT_EQ(announced.inserted.size(), 2);
    EXPECT_EQ(model.rowOf(id), rows);
    stack_.undo(); // the owner
    EXPECT_EQ(model.index(rows, ActionPlanModel::OwnerColumn).data().toString(),
              QStringLiteral("CISO"));
    EXPECT_EQ(announced.reset.size(), 0);
}

TEST_F(ModelRows, RenamingAnOwnRiskChangesTheRowsThatNameIt) {
    ActionPlanModel model(session());
    const auto risk =
        commands().apply(storage::AddCustomRisk{storage::CustomRisk{"", "Briefjes", "", 2, 2}});
    ASSERT_TRUE(risk);
    const std::string riskId = storage::target(*risk);
    const auto measure = commands().apply(
        storage::AddMeasure{storage::Measure{"", "Wachtwoordkluis", {riskId}, "", "", {}}});
    ASSERT_TRUE(measure);
    const int row = model.rowOf(storage::target(*measure));
    Announced announced(model);

    ASSERT_TRUE(commands().apply(storage::UpdateCustomRisk{
        storage::CustomRisk{riskId, "Wachtwoorden op briefjes", "", 2, 2}}));
    EXPECT_GE(announced.changed.size(), 1);
    EXPECT_EQ(model.index(row, ActionPlanModel::RisksColumn).data().toString(),
              QStringLiteral("Wachtwoorden op briefjes"));
    EXPECT_EQ(announced.reset.size(), 0);
}

TEST_F(ModelRows, SignoffsInsertAndRemoveOneRow) {
    SignoffModel model(session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Announced announced(model);
    const int rows = model.rowCount();
    const auto added = commands().apply(storage::AddSignoff{
        storage::Signoff{"", storage::SignoffRole::ciso, "J. Bakker", "2027-01-15", "", ""}});
    ASSERT_TRUE(added);
    EXPECT_EQ(announced.inserted.size(), 1);
    EXPECT_EQ(model.rowCount(), rows + 1);
    ASSERT_TRUE(commands().apply(storage::RemoveSignoff{storage::target(*added)}));
    EXPECT_EQ(announced.removed.size(), 1);
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_EQ(announced.reset.size(), 0);
}

} // namespace
} // namespace dpia::ui
