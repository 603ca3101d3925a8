// Issue 22, item 4: a new, empty DPIA does not say "a DPIA is not required". Until the
// questions that decide the pre-scan are answered, the verdict is undecided and names them;
// answered, it gives the verdict.
#include "core/baseline/embedded_image.h"
#include "core/scoring/assessment_scoring.h"
#include "tests/harmless_answers.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dpia::scoring {
namespace {

const baseline::Baseline& shipped() {
    static const auto baseline = *baseline::Baseline::load(baseline::embeddedImage());
    return *baseline;
}

bool names(const Screening& screening, const std::string& id) {
    return std::find(screening.undecidedBy.begin(), screening.undecidedBy.end(), id) !=
           screening.undecidedBy.end();
}

TEST(PrescanUndecided, AnEmptyDpiaIsUndecidedAndNamesTheQuestionsThatDecideIt) {
    const Evaluation evaluation = evaluate(shipped(), storage::Assessment{});
    const Screening& screening = evaluation.screening;
    EXPECT_FALSE(screening.decided());
    EXPECT_TRUE(names(screening, "pre_new_law"));
    EXPECT_TRUE(names(screening, "pre_special_data"));
    EXPECT_TRUE(names(screening, "pre_subjects_count"));
    // Only what decides: the description of the processing does not.
    EXPECT_FALSE(names(screening, "pre_description"));
    EXPECT_EQ(screening.reason.en.find("reach none of the pre-scan's thresholds"),
              std::string::npos)
        << screening.reason.en;
    EXPECT_NE(screening.reason.en.find("still open"), std::string::npos) << screening.reason.en;
}

TEST(PrescanUndecided, AnsweringTheDecidingQuestionsGivesTheVerdict) {
    storage::Assessment assessment;
    Evaluation evaluation = evaluate(shipped(), assessment);
    // Answering may show a follow-up question (e.g. the transfer mechanism): keep going.
    for (int round = 0; round < 5 && !evaluation.screening.decided(); ++round) {
        for (const std::string& id : evaluation.screening.undecidedBy) {
            assessment.answers[id] = testing::harmlessAnswer(*shipped().question(id));
        }
        evaluation = evaluate(shipped(), assessment);
    }
    const Screening& screening = evaluation.screening;
    ASSERT_TRUE(screening.decided());
    EXPECT_EQ(screening.verdict, Verdict::notRequired);
    EXPECT_NE(screening.reason.en.find("reach none of the pre-scan's thresholds"),
              std::string::npos)
        << screening.reason.en;
    // Questions that do not decide the verdict may stay open.
    EXPECT_FALSE(evaluation.completeness.missingRequired.empty());
}

TEST(PrescanUndecided, ARequiredVerdictStandsWhileOtherQuestionsAreOpen) {
    storage::Assessment assessment;
    assessment.answers["pre_new_law"] = true; // new legislation: always required
    const Screening screening = evaluate(shipped(), assessment).screening;
    EXPECT_TRUE(screening.decided());
    EXPECT_EQ(screening.verdict, Verdict::required);
}

TEST(PrescanUndecided, ARecommendationSoFarIsSaidButNotYetTheVerdict) {
    storage::Assessment assessment;
    assessment.answers["pre_subjects_count"] = 50000; // large scale: one WP248 criterion
    const Screening screening = evaluate(shipped(), assessment).screening;
    EXPECT_FALSE(screening.decided());
    EXPECT_NE(screening.reason.en.find("With the answers so far a DPIA is recommended."),
              std::string::npos)
        << screening.reason.en;
}

} // namespace
} // namespace dpia::scoring
