// The action plan as CSV: what a spreadsheet user sees after opening the export.
#include "core/baseline/baseline.h"
#include "core/storage/action_plan_csv.h"
#include "tests/core/storage/storage_support.h"

#include <gtest/gtest.h>

namespace dpia::storage {
namespace {

Assessment planWith(std::vector<Measure> measures) {
    Assessment assessment;
    assessment.customRisks.push_back({"cr-1", "Eigen risico", "", 2, 2});
    assessment.measures = std::move(measures);
    return assessment;
}

std::vector<std::string> lines(const std::string& csv) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t end; (end = csv.find("\r\n", start)) != std::string::npos; start = end + 2) {
        out.push_back(csv.substr(start, end - start));
    }
    EXPECT_EQ(start, csv.size()) << "every row ends with CRLF";
    return out;
}

TEST(ActionPlanCsv, HasABomAHeaderInTheChosenLanguageAndOneRowPerMeasure) {
    const auto baseline = testing::minimalBaseline();
    const Assessment plan = planWith({{"m-1",
                                       "Logging aanzetten",
                                       {"r-leak", "cr-1"},
                                       "CISO",
                                       "2026-12-31",
                                       MeasureStatus::inProgress}});
    const std::string nl = actionPlanCsv(plan, *baseline, Lang::nl, "2026-11-29");
    ASSERT_EQ(nl.rfind("\xEF\xBB\xBF", 0), 0u);
    const auto rows = lines(nl.substr(3));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], R"("Maatregel";"Risico's";"Eigenaar";"Uiterste datum";"Status";"Te laat")");
    const std::string leak = baseline->risk("r-leak")->title.nl;
    EXPECT_EQ(rows[1], "\"Logging aanzetten\";\"" + leak +
                           "; Eigen risico\";\"CISO\";\"2026-12-31\";\"in uitvoering\";\"nee\"");

    const auto en = lines(actionPlanCsv(plan, *baseline, Lang::en, "2026-11-29").substr(3));
    EXPECT_EQ(en[0], R"("Measure";"Risks";"Owner";"Due date";"Status";"Overdue")");
    EXPECT_NE(en[1].find(baseline->risk("r-leak")->title.en), std::string::npos);
    EXPECT_NE(en[1].find("\"in progress\""), std::string::npos);
}

TEST(ActionPlanCsv, OverdueMeansPastTheDateAndNotDone) {
    const Measure late{"m-1", "a", {}, "", "2026-11-28", MeasureStatus::open};
    const Measure today{"m-2", "b", {}, "", "2026-11-29", MeasureStatus::open};
    const Measure done{"m-3", "c", {}, "", "2026-01-01", MeasureStatus::done};
    const Measure undated{"m-4", "d", {}, "", "", MeasureStatus::open};
    EXPECT_TRUE(isOverdue(late, "2026-11-29"));
    EXPECT_FALSE(isOverdue(today, "2026-11-29"));
    EXPECT_FALSE(isOverdue(done, "2026-11-29"));
    EXPECT_FALSE(isOverdue(undated, "2026-11-29"));
    const auto rows = lines(
        actionPlanCsv(planWith({late, done}), *testing::minimalBaseline(), Lang::en, "2026-11-29")
            .substr(3));
    EXPECT_TRUE(rows[1].ends_with("\"yes\""));
    EXPECT_TRUE(rows[2].ends_with("\"no\""));
}

TEST(ActionPlanCsv, UserTextIsQuotedAndNeverAFormula) {
    const Assessment plan = planWith(
        {{"m-1", "Zeg \"nee\"; en\nklaar", {}, "=HYPERLINK(\"http://x\")", "", MeasureStatus::open},
         {"m-2", "-1+1", {}, "@SUM(A1)", "", MeasureStatus::open},
         {"m-3", "+31 6", {}, "ëé€’—", "", MeasureStatus::done}});
    const std::string csv =
        actionPlanCsv(plan, *testing::minimalBaseline(), Lang::nl, "2026-11-29");
    EXPECT_NE(csv.find(R"("Zeg ""nee""; en)"
                       "\n"
                       R"(klaar")"),
              std::string::npos);
    EXPECT_NE(csv.find(R"x("'=HYPERLINK(""http://x"")")x"), std::string::npos);
    EXPECT_NE(csv.find(R"x("'-1+1";"";"'@SUM(A1)")x"), std::string::npos);
    EXPECT_NE(csv.find(R"("'+31 6";"";"ëé€’—")"), std::string::npos);
}

} // namespace
} // namespace dpia::storage
