// The requirement coverage page (issue 7): met / partial / open in words, by which
// safeguards, BBN applicability, and the filters by status and source.
#include "core/baseline/baseline.h"
#include "tests/ui/review_pages_support.h"
#include "ui/coverage/coverage_filter_proxy.h"
#include "ui/coverage/coverage_model.h"
#include "ui/coverage/coverage_page.h"
#include "ui/text/local_text.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTextBrowser>

namespace dpia::ui {
namespace {

class Coverage : public ReviewPagesTest {};

void chooseFilter(QComboBox* box, const QVariant& data) {
    const int index = box->findData(data);
    ASSERT_GE(index, 0);
    box->setCurrentIndex(index);
}

TEST_F(Coverage, EveryRequirementShowsItsStatusInWordsAndWhatMeetsIt) {
    CoveragePage page(session(), commands());
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    CoverageModel* model = page.model();
    const auto& coverage = session().evaluation().coverage;
    ASSERT_EQ(model->rowCount(), static_cast<int>(coverage.size()));
    bool sawMet = false;
    for (const scoring::RequirementCoverage& item : coverage) {
        const int row = model->rowOf(item.requirement);
        const QModelIndex status = model->index(row, CoverageModel::StatusColumn);
        EXPECT_FALSE(status.data().toString().isEmpty());
        EXPECT_TRUE(status.data(Qt::BackgroundRole).isValid());
        if (item.applies && item.status == scoring::Coverage::met) {
            sawMet = true;
            EXPECT_EQ(status.data().toString(), QStringLiteral("Met"));
            const baseline::Safeguard* by = session().baseline().safeguard(item.by.front());
            EXPECT_TRUE(model->index(row, CoverageModel::ImplementedColumn)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(local(by->title)));
        }
    }
    EXPECT_TRUE(sawMet);
    EXPECT_TRUE(page.summary()->text().contains(QStringLiteral("BIO")))
        << page.summary()->text().toStdString();
}

TEST_F(Coverage, FiltersByStatusAndBySource) {
    CoveragePage page(session(), commands());
    const int all = page.proxy()->rowCount();
    chooseFilter(page.statusFilter(), static_cast<int>(CoverageModel::Status::open));
    ASSERT_GT(page.proxy()->rowCount(), 0) << "the example leaves requirements open";
    EXPECT_LT(page.proxy()->rowCount(), all);
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        EXPECT_EQ(page.proxy()->index(row, 0).data(CoverageModel::StatusRole).toInt(),
                  static_cast<int>(CoverageModel::Status::open));
    }
    chooseFilter(page.statusFilter(), QVariant());
    chooseFilter(page.sourceFilter(), static_cast<int>(CoverageModel::Source::bio));
    ASSERT_GT(page.proxy()->rowCount(), 0);
    EXPECT_LT(page.proxy()->rowCount(), all);
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        const std::string id =
            utf8(page.proxy()->index(row, 0).data(CoverageModel::RequirementIdRole).toString());
        EXPECT_EQ(session().baseline().requirement(id)->framework, baseline::Framework::bio);
    }
    chooseFilter(page.sourceFilter(), static_cast<int>(CoverageModel::Source::avg));
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        const std::string id =
            utf8(page.proxy()->index(row, 0).data(CoverageModel::RequirementIdRole).toString());
        EXPECT_NE(session().baseline().requirement(id)->framework, baseline::Framework::bio);
    }
}

TEST_F(Coverage, ImplementingAPlannedSafeguardTurnsPartialIntoMet) {
    CoveragePage page(session(), commands());
    const scoring::RequirementCoverage* partial = nullptr;
    for (const scoring::RequirementCoverage& item : session().evaluation().coverage) {
        if (item.applies && item.status == scoring::Coverage::partial) {
            partial = &item;
            break;
        }
    }
    ASSERT_NE(partial, nullptr) << "the example has planned safeguards";
    const std::string requirement = partial->requirement;
    const std::string safeguard = partial->planned.front();
    const QModelIndex status =
        page.model()->index(page.model()->rowOf(requirement), CoverageModel::StatusColumn);
    EXPECT_EQ(status.data().toString(), QStringLiteral("Partial (planned)"));
    ASSERT_TRUE(page.selectRequirement(requirement));
    ASSERT_TRUE(commands().apply(storage::SetSafeguard{
        safeguard, storage::SafeguardEntry{storage::SafeguardStatus::implemented, ""}}));
    EXPECT_EQ(status.data().toString(), QStringLiteral("Met"));
    EXPECT_EQ(page.selectedRequirementId(), requirement);
    EXPECT_TRUE(page.details()->toPlainText().contains(QStringLiteral("Implemented")));
}

TEST_F(Coverage, BioRequirementsAboveTheChosenBbnLevelDoNotApply) {
    const std::string& question = session().baseline().info().roles.bbnQuestion;
    ASSERT_FALSE(question.empty());
    ASSERT_TRUE(commands().apply(storage::SetAnswer{question, "bbn1"}));
    CoveragePage page(session(), commands());
    chooseFilter(page.statusFilter(), static_cast<int>(CoverageModel::Status::notApplicable));
    ASSERT_GT(page.proxy()->rowCount(), 0);
    const std::string id =
        utf8(page.proxy()->index(0, 0).data(CoverageModel::RequirementIdRole).toString());
    EXPECT_GT(session().baseline().requirement(id)->bbn, 1);
    EXPECT_TRUE(page.proxy()
                    ->index(0, CoverageModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("does not apply"), Qt::CaseInsensitive));
    ASSERT_TRUE(page.selectRequirement(id));
    EXPECT_TRUE(page.details()->toPlainText().contains(QStringLiteral("does not apply")));
}

TEST_F(Coverage, EveryInputHasAnAccessibleName) {
    CoveragePage page(session(), commands());
    page.show();
    EXPECT_TRUE(unnamedInputs(&page).isEmpty())
        << unnamedInputs(&page).join(QStringLiteral("; ")).toStdString();
}

} // namespace
} // namespace dpia::ui
