// One fact, one place (docs/SCORING.md): for every safeguard of the shipped baseline that a
// questionnaire question answers, the status cannot be stored next to the answer, both
// pages read one value, and a leftover from an older document is reported.
#include "core/baseline/embedded_image.h"
#include "core/scoring/assessment_scoring.h"
#include "core/storage/assessment_service.h"
#include "tests/core/storage/storage_support.h"

#include <gtest/gtest.h>

namespace dpia::storage {
namespace {

using nlohmann::json;
using testing::TempDir;

Metadata titled(const std::string& title) {
    Metadata metadata;
    metadata.title = title;
    return metadata;
}

std::shared_ptr<const baseline::Baseline> shipped() {
    static const auto baseline = *baseline::Baseline::load(baseline::embeddedImage());
    return baseline;
}

/// A document in which every answered safeguard's question is asked: E5 (DKE), every
/// service (Teams E2EE), special data (where they are kept).
std::unique_ptr<AssessmentService> everyFactAsked(const std::string& path) {
    auto service = AssessmentService::create(path, shipped(), titled("Feiten"));
    EXPECT_TRUE(service.ok());
    const baseline::Question* services = shipped()->question("a1_m365_workloads");
    json all = json::array();
    for (const baseline::Option& option : services->options) {
        all.push_back(option.id);
    }
    const EditList setup{SetAnswer{"m365_licence", "e5"}, SetAnswer{"a1_m365_workloads", all},
                         SetAnswer{"pre_special_data", json::array({"health"})},
                         SetAnswer{"m365_gt_microsoft", true}};
    EXPECT_TRUE((*service)->apply(setup).ok());
    return std::move(service).value();
}

scoring::SafeguardView view(const AssessmentService& service, const std::string& id) {
    const scoring::Evaluation evaluation =
        scoring::evaluate(service.baseline(), service.assessment());
    return scoring::viewSafeguard(service.baseline(), service.assessment(), evaluation, id);
}

TEST(OneFact, EveryAnsweredSafeguardKeepsOneValueWhicheverPageSetsIt) {
    TempDir dir;
    auto service = everyFactAsked(dir.file("feiten.dpia"));
    ASSERT_TRUE(service);
    int facts = 0;
    for (const baseline::Safeguard& safeguard : shipped()->safeguards()) {
        if (!safeguard.fact) {
            continue;
        }
        ++facts;
        SCOPED_TRACE(safeguard.id);
        const std::string& question = safeguard.fact->question;
        // The safeguards page: "implemented" becomes the answer, no second record.
        auto applied = service->apply(
            SetSafeguard{safeguard.id, SafeguardEntry{SafeguardStatus::implemented, "Bewijs"}});
        ASSERT_TRUE(applied.ok()) << applied.error().message.en;
        EXPECT_EQ(service->assessment().safeguards.count(safeguard.id), 0U);
        EXPECT_EQ(view(*service, safeguard.id).status, SafeguardStatus::implemented);
        EXPECT_EQ(view(*service, safeguard.id).evidence, "Bewijs");
        EXPECT_EQ(service->assessment().notes.at(question), "Bewijs");
        // The questionnaire: the other answer is "not implemented" on both pages.
        ASSERT_TRUE(service->apply(SetAnswer{question, safeguard.fact->notImplementedAnswer}).ok());
        EXPECT_EQ(view(*service, safeguard.id).status, SafeguardStatus::notImplemented);
        // Planned: stored (the answer says nothing of plans), and the answer stays "no".
        ASSERT_TRUE(service
                        ->apply(SetSafeguard{safeguard.id,
                                             SafeguardEntry{SafeguardStatus::planned, "Bewijs"}})
                        .ok());
        EXPECT_EQ(view(*service, safeguard.id).status, SafeguardStatus::planned);
        EXPECT_EQ(service->assessment().answers.at(question), safeguard.fact->notImplementedAnswer);
        // Answering "in place" ends the plan as far as scoring goes.
        ASSERT_TRUE(service->apply(SetAnswer{question, safeguard.fact->implementedAnswer}).ok());
        EXPECT_EQ(view(*service, safeguard.id).status, SafeguardStatus::implemented);
        // Not decided clears both.
        ASSERT_TRUE(service->apply(SetSafeguard{safeguard.id, std::nullopt}).ok());
        EXPECT_FALSE(view(*service, safeguard.id).status.has_value());
        EXPECT_EQ(service->assessment().answers.count(question), 0U);
    }
    EXPECT_GE(facts, 15) << "the baseline links the tenant facts to their safeguards";
}

TEST(OneFact, AStatusLeftOverNextToItsAnswerIsReportedAndTheAnswerCounts) {
    for (const baseline::Safeguard& safeguard : shipped()->safeguards()) {
        if (!safeguard.fact) {
            continue;
        }
        SCOPED_TRACE(safeguard.id);
        Assessment assessment; // as an older document or a hand-made file may hold it
        assessment.answers["m365_licence"] = "e5";
        assessment.answers["pre_special_data"] = json::array({"health"});
        assessment.answers["a1_m365_workloads"] = json::array({"teams", "sharepoint", "onedrive"});
        assessment.answers["m365_gt_microsoft"] = true;
        assessment.answers[safeguard.fact->question] = safeguard.fact->notImplementedAnswer;
        assessment.safeguards[safeguard.id] = {SafeguardStatus::implemented, ""};
        const scoring::Evaluation evaluation = scoring::evaluate(*shipped(), assessment);
        EXPECT_EQ(evaluation.safeguard(safeguard.id)->state,
                  scoring::SafeguardState::notImplemented);
        const bool reported =
            std::any_of(evaluation.findings.begin(), evaluation.findings.end(),
                        [&](const scoring::Finding& f) { return f.subject == safeguard.id; });
        EXPECT_TRUE(reported);
    }
}

TEST(OneFact, ASafeguardTheLicenceDoesNotOfferIsAFindingThatNamesTheLicence) {
    Assessment assessment;
    assessment.answers["m365_licence"] = "e3";
    assessment.answers["m365_customer_lockbox"] = true; // Lockbox needs E5 or E5 Compliance
    const scoring::Evaluation evaluation = scoring::evaluate(*shipped(), assessment);
    const auto found =
        std::find_if(evaluation.findings.begin(), evaluation.findings.end(),
                     [](const scoring::Finding& f) { return f.subject == "sg-customer-lockbox"; });
    ASSERT_NE(found, evaluation.findings.end());
    EXPECT_NE(found->text.en.find("E5"), std::string::npos) << found->text.en;
    assessment.answers["m365_licence"] = "e5";
    const scoring::Evaluation onE5 = scoring::evaluate(*shipped(), assessment);
    EXPECT_TRUE(
        std::none_of(onE5.findings.begin(), onE5.findings.end(),
                     [](const scoring::Finding& f) { return f.subject == "sg-customer-lockbox"; }));
}

TEST(OneFact, AnAnswerToAQuestionTheDocumentDoesNotAskIsRefusedAndNothingChanges) {
    TempDir dir;
    auto service = AssessmentService::create(dir.file("e3.dpia"), shipped(), titled("E3"));
    ASSERT_TRUE(service.ok());
    ASSERT_TRUE((*service)->apply(SetAnswer{"m365_licence", "e3"}).ok());
    const Assessment before = (*service)->assessment();
    auto refused = (*service)->apply(SetAnswer{"m365_dke", true}); // DKE is not asked on E3
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::invalidValue);
    EXPECT_NE(refused.error().message.en.find("m365_licence"), std::string::npos)
        << refused.error().message.en;
    EXPECT_NE(refused.error().message.en.find("has not been changed"), std::string::npos);
    EXPECT_EQ((*service)->assessment(), before);
    EXPECT_TRUE((*service)->apply(SetAnswer{"m365_dke", nullptr}).ok()) << "clearing is allowed";
}

} // namespace
} // namespace dpia::storage
