// The Rijks pre-scan's risk score (FACTS §10; MinBZK pre-scan DPIA v2, criterion
// "riskscore"): a sum above 4 makes a DPIA required even without AP-list or WP248 criteria.
#include "core/baseline/embedded_image.h"
#include "core/scoring/evaluator.h"

#include <gtest/gtest.h>
#include <map>

namespace dpia::scoring {
namespace {

using nlohmann::json;

Screening screenWith(const std::map<std::string, json, std::less<>>& answers) {
    static const auto baseline = *baseline::Baseline::load(baseline::embeddedImage());
    ScoringInput input;
    input.answer = [&](std::string_view id) -> const json* {
        const auto found = answers.find(id);
        return found != answers.end() ? &found->second : nullptr;
    };
    input.safeguard = [](std::string_view) {
        return SafeguardState::unset;
    };
    return evaluate(*baseline, input).screening;
}

TEST(PrescanScore, AboveFourAloneMakesADpiaRequiredAndEachPointIsExplained) {
    // Ordinary data of residents, kept for years, processed continuously, from the BRP,
    // 20,000 people: five points, no AP-list category or WP248 criterion of its own.
    std::map<std::string, json, std::less<>> answers{
        {"pre_data_categories",
         json::array({"contact", "identification", "content", "device", "logging", "website"})},
        {"pre_retention", "1-year-or-more"},
        {"pre_frequency", "continuous"},
        {"pre_basisregistraties", json::array({"brp"})},
        {"pre_subjects_count", 20000},
    };
    Screening screening = screenWith(answers);
    ASSERT_TRUE(screening.riskScoreAbove);
    EXPECT_EQ(*screening.riskScoreAbove, 4);
    EXPECT_EQ(screening.riskScore, 5);
    EXPECT_EQ(screening.riskScorePoints.size(), 5U);
    for (const ScorePointResult& point : screening.riskScorePoints) {
        EXPECT_FALSE(point.reason.nl.empty());
        EXPECT_FALSE(point.because.empty()) << point.reason.en;
    }
    EXPECT_EQ(screening.verdict, Verdict::required);
    EXPECT_NE(screening.reason.en.find("risk score"), std::string::npos) << screening.reason.en;

    // One point less: the score alone no longer decides.
    answers["pre_frequency"] = "once";
    screening = screenWith(answers);
    EXPECT_EQ(screening.riskScore, 4);
    EXPECT_EQ(screening.reason.en.find("risk score"), std::string::npos) << screening.reason.en;
}

TEST(PrescanScore, AnEmptyPrescanScoresNothing) {
    const Screening screening = screenWith({});
    EXPECT_EQ(screening.riskScore, 0);
    EXPECT_TRUE(screening.riskScorePoints.empty());
}

} // namespace
} // namespace dpia::scoring
