// Issue 22, item 3, in scoring: part A no longer asks "outside the EEA?" and "algorithms?"
// (baseline 1.3.0); the rules that read those answers read the pre-scan's instead. The
// officer notices it as risks that apply and follow-up questions that are asked.
#include "core/baseline/embedded_image.h"
#include "core/scoring/assessment_scoring.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dpia::scoring {
namespace {

const baseline::Baseline& shipped() {
    static const auto baseline = *baseline::Baseline::load(baseline::embeddedImage());
    return *baseline;
}

bool transferApplies(const Evaluation& evaluation) {
    const auto risk =
        std::find_if(evaluation.risks.begin(), evaluation.risks.end(),
                     [](const RiskResult& r) { return r.id == "r-transfer-outside-eea"; });
    EXPECT_NE(risk, evaluation.risks.end());
    return risk != evaluation.risks.end() && risk->applies;
}

bool missing(const Evaluation& evaluation, const std::string& id) {
    const auto& list = evaluation.completeness.missingRequired;
    return std::find(list.begin(), list.end(), id) != list.end();
}

TEST(DerivedAnswers, TheTransferRiskAndPartAsMeasuresFollowThePrescansTransferAnswer) {
    storage::Assessment assessment;
    assessment.answers["m365_eudb"] = true;
    assessment.answers["pre_transfer"] = "eea-only";
    Evaluation evaluation = evaluate(shipped(), assessment);
    EXPECT_FALSE(transferApplies(evaluation));
    EXPECT_FALSE(missing(evaluation, "a8_measures")) << "no transfer: no measures asked";
    for (const char* outside : {"access-outside", "stored-outside"}) {
        assessment.answers["pre_transfer"] = outside;
        evaluation = evaluate(shipped(), assessment);
        EXPECT_TRUE(transferApplies(evaluation)) << outside;
        EXPECT_TRUE(missing(evaluation, "a8_measures")) << outside;
    }
    EXPECT_EQ(shipped().question("a8_outside_eea"), nullptr) << "asked once, in the pre-scan";
}

TEST(DerivedAnswers, PartAAsksToDescribeAlgorithmsWhenAnyOfThePrescanQuestionsSaysSo) {
    storage::Assessment assessment;
    assessment.answers["pre_algorithms"] = "none";
    assessment.answers["pre_profiling_decisions"] = "none";
    assessment.answers["pre_copilot"] = false;
    EXPECT_FALSE(missing(evaluate(shipped(), assessment), "a4_algorithms_description"));
    const std::vector<std::pair<const char*, nlohmann::json>> yes = {
        {"pre_algorithms", "rules"},
        {"pre_profiling_decisions", "evaluation"},
        {"pre_copilot", true},
    };
    for (const auto& [question, value] : yes) {
        storage::Assessment one = assessment;
        one.answers[question] = value;
        EXPECT_TRUE(missing(evaluate(shipped(), one), "a4_algorithms_description")) << question;
    }
    EXPECT_EQ(shipped().question("a4_algorithms"), nullptr);
}

// Baseline 1.4.0: part B §12 asks the follow-up questions (which exception, which law)
// from the pre-scan's lists; its own yes/no questions are gone.
TEST(DerivedAnswers, Section12AsksItsFollowUpsWhenThePrescanListsSayTheDataAreThere) {
    storage::Assessment assessment;
    assessment.answers["pre_special_data"] = nlohmann::json::array({"none"});
    assessment.answers["pre_sensitive_data"] = nlohmann::json::array({"none"});
    Evaluation evaluation = evaluate(shipped(), assessment);
    for (const char* followUp : {"b12_special_exception", "b12_criminal_basis", "b12_bsn_basis"}) {
        EXPECT_FALSE(missing(evaluation, followUp)) << followUp;
    }
    assessment.answers["pre_special_data"] = nlohmann::json::array({"criminal"});
    evaluation = evaluate(shipped(), assessment);
    EXPECT_TRUE(missing(evaluation, "b12_criminal_basis"));
    EXPECT_FALSE(missing(evaluation, "b12_special_exception")) << "criminal data are not art. 9";
    assessment.answers["pre_special_data"] = nlohmann::json::array({"biometric"});
    assessment.answers["pre_sensitive_data"] = nlohmann::json::array({"bsn"});
    evaluation = evaluate(shipped(), assessment);
    EXPECT_TRUE(missing(evaluation, "b12_special_exception"));
    EXPECT_TRUE(missing(evaluation, "b12_bsn_basis"));
    EXPECT_FALSE(missing(evaluation, "b12_criminal_basis"));
    for (const char* gone : {"b12_special", "b12_criminal", "b12_bsn"}) {
        EXPECT_EQ(shipped().question(gone), nullptr) << gone << ": asked once, in the pre-scan";
    }
}

} // namespace
} // namespace dpia::scoring
