// Scoring rules on the small test baseline (tests/data/baseline-minimal), where every
// number can be worked out by hand.
#include "core/baseline_compiler/compiler.h"
#include "core/scoring/evaluator.h"
#include "tests/core/scoring/random_assessment.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace dpia::scoring {
namespace {

using nlohmann::json;
using testing::SyntheticAssessment;

class Scoring : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const auto result =
            baseline::compileBaseline(std::string(DPIA_TEST_DATA_DIR) + "/baseline-minimal");
        ASSERT_TRUE(result.ok());
        baseline_ = *baseline::Baseline::load(result.image);
    }
    static void TearDownTestSuite() { baseline_.reset(); }

    Evaluation run() const { return evaluate(*baseline_, assessment_.input()); }

    static const RiskResult& leak(const Evaluation& evaluation) {
        return *std::find_if(evaluation.risks.begin(), evaluation.risks.end(),
                             [](const RiskResult& risk) { return risk.id == "r-leak"; });
    }
    static int triggered(const Evaluation& evaluation) {
        return static_cast<int>(std::count_if(
            evaluation.screening.criteria.begin(), evaluation.screening.criteria.end(),
            [](const CriterionResult& c) { return c.triggered; }));
    }

    static std::shared_ptr<const baseline::Baseline> baseline_;
    SyntheticAssessment assessment_;
};

std::shared_ptr<const baseline::Baseline> Scoring::baseline_;

TEST_F(Scoring, AnEmptyAssessmentNeedsNoDpiaAndScoresTheBaseRisk) {
    const Evaluation evaluation = run();
    EXPECT_EQ(evaluation.screening.verdict, Verdict::notRequired);
    EXPECT_EQ(triggered(evaluation), 0);
    EXPECT_EQ(evaluation.completeness.overall, 0.0);
    EXPECT_EQ(evaluation.completeness.missingRequired, std::vector<std::string>{"q_yes"});
    const RiskResult& risk = leak(evaluation);
    EXPECT_EQ(risk.inherent.likelihood, 2);
    EXPECT_EQ(risk.inherent.impact, 2);
    EXPECT_EQ(risk.inherent.level, "medium");
    EXPECT_EQ(risk.inherent.rank, 2);
    EXPECT_EQ(risk.current.level, "medium");
    EXPECT_FALSE(evaluation.priorConsultation);
    EXPECT_EQ(evaluation.highestResidualLevel, "medium");
}

TEST_F(Scoring, TwoWp248CriteriaMakeADpiaRequiredAndSayWhy) {
    assessment_.answers["q_yes"] = true; // triggers the eight WP248 criteria but one
    const Evaluation evaluation = run();
    EXPECT_EQ(evaluation.screening.verdict, Verdict::required);
    EXPECT_EQ(triggered(evaluation), 8);
    for (const CriterionResult& criterion : evaluation.screening.criteria) {
        if (criterion.triggered) {
            EXPECT_EQ(criterion.because, std::vector<std::string>{"q_yes"});
        }
    }
    // The reason says why, in words of the right number; the verdict is said by its reader.
    EXPECT_EQ(evaluation.screening.reason.nl, "Dit volgt uit 8 WP248-criteria.");
    EXPECT_EQ(evaluation.screening.reason.en, "This follows from 8 WP248 criteria.");
}

TEST_F(Scoring, TheReasonCountsInSingularAndPluralAndNamesOnlyWhatApplies) {
    assessment_.answers["q_multi"] = json::array({"health"}); // one WP248 criterion
    assessment_.answers["q_yes"] = false; // the required question: the verdict is decided
    EXPECT_EQ(run().screening.reason.nl,
              "Dit volgt uit 1 WP248-criterium. Leg vast waarom u wel of geen DPIA uitvoert.");
    assessment_.answers["q_number"] = 12000; // the AP categories
    assessment_.answers["q_choice"] = "a";   // three art. 35(3) cases
    const Evaluation evaluation = run();
    const std::string& nl = evaluation.screening.reason.nl;
    const std::string& en = evaluation.screening.reason.en;
    EXPECT_NE(nl.find("categorieën van de AP-lijst, 1 WP248-criterium en 3 gevallen van art. 35 "
                      "lid 3 AVG."),
              std::string::npos)
        << nl;
    EXPECT_NE(en.find("categories of the AP list, 1 WP248 criterion and 3 cases under GDPR Art. "
                      "35(3)."),
              std::string::npos)
        << en;
    for (const char* construction : {"(s)", "(en)", "(ën)", "(y/ies)", "(len)", "verplicht"}) {
        EXPECT_EQ(nl.find(construction), std::string::npos) << construction;
    }
    for (const char* construction : {"(s)", "(y/ies)", "required", "AVG"}) {
        EXPECT_EQ(en.find(construction), std::string::npos) << construction;
    }
}

TEST_F(Scoring, OneWp248CriterionRecommendsADpia) {
    assessment_.answers["q_multi"] = json::array({"health"});
    EXPECT_EQ(run().screening.verdict, Verdict::recommended);
}

TEST_F(Scoring, OneApCategoryOrOneArt35CaseOrThePrescanRuleMakesItRequired) {
    assessment_.answers["q_number"] = 12000;
    EXPECT_EQ(run().screening.verdict, Verdict::required);
    assessment_.answers.clear();
    assessment_.answers["q_choice"] = "a";
    EXPECT_EQ(run().screening.verdict, Verdict::required);
    assessment_.answers["q_choice"] = "b";
    EXPECT_EQ(run().screening.verdict, Verdict::required);
}

TEST_F(Scoring, HintsFollowTheirRules) {
    assessment_.answers["q_yes"] = false;
    EXPECT_EQ(run().screening.hints, std::vector<std::string>{"hint-dtia"});
    assessment_.answers["q_yes"] = true;
    EXPECT_TRUE(run().screening.hints.empty());
}

TEST_F(Scoring, ADriverRaisesTheInherentRiskAndNamesTheAnswer) {
    assessment_.answers["q_table"] = json::array({{{"item", "Diagnose"}, {"type", "bijzonder"}}});
    const Evaluation evaluation = run(); // kept: `risk` refers into it
    const RiskResult& risk = leak(evaluation);
    EXPECT_EQ(risk.inherent.impact, 3);
    ASSERT_EQ(risk.inherentTrace.size(), 2u);
    EXPECT_EQ(risk.inherentTrace[1].source, "q_table");
    EXPECT_EQ(risk.inherentTrace[1].impactDelta, 1);
    EXPECT_EQ(risk.inherentTrace[1].effect.en, "Special data.");
}

TEST_F(Scoring, ImplementedSafeguardsLowerCurrentAndPlannedOnesOnlyPlanned) {
    assessment_.safeguards["sg-audit"] = SafeguardState::planned;
    Evaluation evaluation = run();
    EXPECT_EQ(leak(evaluation).current.likelihood, 2);
    EXPECT_EQ(leak(evaluation).planned.likelihood, 1);
    EXPECT_EQ(leak(evaluation).planned.level, "low");

    assessment_.safeguards["sg-audit"] = SafeguardState::implemented;
    evaluation = run();
    EXPECT_EQ(leak(evaluation).current.likelihood, 1);
    EXPECT_EQ(leak(evaluation).current.level, "low");
    ASSERT_EQ(leak(evaluation).currentTrace.size(), 1u);
    EXPECT_EQ(leak(evaluation).currentTrace[0].source, "sg-audit");
    EXPECT_EQ(leak(evaluation).currentTrace[0].likelihoodDelta, -1);
}

TEST_F(Scoring, NotApplicableAndNotImplementedSafeguardsDoNothing) {
    assessment_.safeguards["sg-audit"] = SafeguardState::notApplicable;
    EXPECT_EQ(leak(run()).current.likelihood, 2);
    assessment_.safeguards["sg-audit"] = SafeguardState::notImplemented;
    EXPECT_EQ(leak(run()).planned.likelihood, 2);
}

TEST_F(Scoring, CoverageIsMetByImplementedAndPartialByPlannedSafeguards) {
    assessment_.safeguards["sg-policy"] = SafeguardState::implemented;
    assessment_.safeguards["sg-audit"] = SafeguardState::planned;
    const Evaluation evaluation = run();
    ASSERT_EQ(evaluation.coverage.size(), 2u);
    EXPECT_EQ(evaluation.coverage[0].requirement, "AVG-32");
    EXPECT_EQ(evaluation.coverage[0].status, Coverage::met);
    EXPECT_EQ(evaluation.coverage[0].by, std::vector<std::string>{"sg-policy"});
    EXPECT_EQ(evaluation.coverage[1].requirement, "BIO-8.15");
    EXPECT_EQ(evaluation.coverage[1].status, Coverage::partial);
    EXPECT_EQ(evaluation.coverage[1].planned, std::vector<std::string>{"sg-audit"});
    assessment_.safeguards.clear();
    EXPECT_EQ(run().coverage[1].status, Coverage::open);
}

TEST_F(Scoring, AnswersToHiddenQuestionsDoNotCount) {
    assessment_.answers["q_yes"] = false;
    assessment_.answers["q_text"] = "Alleen zichtbaar bij ja";
    Evaluation evaluation = run();
    EXPECT_EQ(std::count(evaluation.visibleQuestions.begin(), evaluation.visibleQuestions.end(),
                         "q_text"),
              0);
    EXPECT_EQ(evaluation.completeness.sections.at("s-two"), 0.0);
    assessment_.answers["q_yes"] = true;
    evaluation = run();
    EXPECT_EQ(evaluation.completeness.sections.at("s-two"), 0.25);
    EXPECT_TRUE(evaluation.completeness.missingRequired.empty());
}

TEST_F(Scoring, AJustifiedOverrideReplacesTheResidualAndCanCallForPriorConsultation) {
    assessment_.overrides["r-leak"] = {4, 4, "Eigen inschatting van de FG na incident."};
    const Evaluation evaluation = run();
    const RiskResult& risk = leak(evaluation);
    ASSERT_TRUE(risk.override_.has_value());
    EXPECT_EQ(risk.residual().level, "very-high");
    EXPECT_EQ(risk.current.level, "medium"); // the computed value stays visible
    EXPECT_TRUE(evaluation.priorConsultation);
    EXPECT_EQ(evaluation.highestResidualLevel, "very-high");
}

TEST_F(Scoring, CustomRisksAreScoredAsRated) {
    ScoringInput input = assessment_.input();
    input.customRisks.push_back({"custom-1", "Verkeerde ontvanger", 3, 4});
    const Evaluation evaluation = evaluate(*baseline_, input);
    ASSERT_EQ(evaluation.risks.size(), 2u);
    EXPECT_TRUE(evaluation.risks[1].custom);
    EXPECT_EQ(evaluation.risks[1].inherent.level, "very-high");
    EXPECT_EQ(evaluation.risks[1].title.nl, "Verkeerde ontvanger");
    EXPECT_TRUE(evaluation.priorConsultation);
}

} // namespace
} // namespace dpia::scoring
