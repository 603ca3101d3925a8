// What the explanations cite, on the shipped baseline and the bundled sample: a criterion's
// "because" list and a driver's trace step name only answers that made them fire, never an
// answer the rule read and found "no" (issue 15: employee monitoring = no was cited for
// WP248-7).
#include "core/baseline/embedded_image.h"
#include "core/scoring/assessment_scoring.h"
#include "core/storage/assessment_json.h"
#include "core/storage/sample_assessment.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dpia::scoring {
namespace {

using Ids = std::vector<std::string>;

Evaluation scoreSample(const std::function<void(nlohmann::json&)>& change) {
    static const auto baseline = *baseline::Baseline::load(baseline::embeddedImage());
    nlohmann::json document = nlohmann::json::parse(storage::bundledSampleJson());
    change(document["answers"]);
    auto assessment = storage::assessmentFromJson(document.dump(), storage::JsonSource::sample);
    EXPECT_TRUE(assessment) << (assessment ? "" : assessment.error().detail);
    return evaluate(*baseline, *assessment);
}

const CriterionResult& criterion(const Evaluation& evaluation, const std::string& id) {
    const auto& all = evaluation.screening.criteria;
    const auto found =
        std::find_if(all.begin(), all.end(), [&](const CriterionResult& c) { return c.id == id; });
    EXPECT_NE(found, all.end()) << id;
    return *found;
}

const RiskResult& risk(const Evaluation& evaluation, const std::string& id) {
    const auto found = std::find_if(evaluation.risks.begin(), evaluation.risks.end(),
                                    [&](const RiskResult& r) { return r.id == id; });
    EXPECT_NE(found, evaluation.risks.end()) << id;
    return *found;
}

TEST(BecauseLists, AVulnerablePeopleCriterionDoesNotCiteEmployeeMonitoringAnsweredNo) {
    const Evaluation evaluation =
        scoreSample([](nlohmann::json& answers) { answers["pre_employee_monitoring"] = false; });
    const CriterionResult& vulnerable = criterion(evaluation, "wp248-7");
    ASSERT_TRUE(vulnerable.triggered);
    // The sample names children, vulnerable people and the social domain, and ticks the
    // criterion itself: those answers decided; monitoring "no" did not.
    EXPECT_EQ(vulnerable.because, (Ids{"pre_edpb", "pre_subjects", "pre_sensitive_data"}));
}

TEST(BecauseLists, EmployeeMonitoringIsCitedWhenItIsWhatFired) {
    const Evaluation evaluation = scoreSample([](nlohmann::json& answers) {
        answers["pre_employee_monitoring"] = true;
        answers["pre_edpb"] = nlohmann::json::array({"wp248-4"});
        answers["pre_subjects"] = nlohmann::json::array({"employees"});
        answers["pre_sensitive_data"] = nlohmann::json::array({"bsn"});
    });
    const CriterionResult& vulnerable = criterion(evaluation, "wp248-7");
    ASSERT_TRUE(vulnerable.triggered);
    EXPECT_EQ(vulnerable.because, (Ids{"pre_subjects", "pre_employee_monitoring"}));
}

TEST(BecauseLists, EveryCitedAnswerOfEveryCriterionIsOneThatFired) {
    // Of the sample's triggered criteria, none cites a yes/no question answered "no": each
    // baseline criterion asks for "yes" where it reads one.
    const Evaluation evaluation = scoreSample([](nlohmann::json&) {});
    const nlohmann::json answers = nlohmann::json::parse(storage::bundledSampleJson())["answers"];
    for (const CriterionResult& result : evaluation.screening.criteria) {
        EXPECT_EQ(result.triggered, !result.because.empty()) << result.id;
        for (const std::string& id : result.because) {
            ASSERT_TRUE(answers.contains(id)) << result.id << " cites unanswered " << id;
            EXPECT_NE(answers[id], false) << result.id << " cites " << id << " = no";
        }
    }
}

TEST(DriverSources, ADriverNamesTheAnswerThatMadeItFire) {
    // Copilot's diagnostic data: the rule reads the Copilot roll-out first, answered "none"
    // here; what fired is the pre-scan's "Copilot is used".
    const Evaluation evaluation = scoreSample([](nlohmann::json& answers) {
        answers["m365_copilot"] = "none";
        answers["pre_copilot"] = true;
    });
    const RiskResult& opaque = risk(evaluation, "r-diagnostic-opaque");
    const auto& trace = opaque.inherentTrace;
    const bool citesCopilotUse = std::any_of(
        trace.begin(), trace.end(), [](const TraceStep& s) { return s.source == "pre_copilot"; });
    const bool citesRollOut = std::any_of(
        trace.begin(), trace.end(), [](const TraceStep& s) { return s.source == "m365_copilot"; });
    EXPECT_TRUE(citesCopilotUse);
    EXPECT_FALSE(citesRollOut);
}

} // namespace
} // namespace dpia::scoring
