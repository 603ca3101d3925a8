// `dpia-cli score` end to end on the sample (issue "Scoring engine", done-when).
#include "tests/cli/cli_run.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

namespace dpia::cli {
namespace {

namespace fs = std::filesystem;

int run(const std::vector<std::string>& args, std::string* out = nullptr) {
    const testing::CliRun result = testing::runCaptured(args);
    if (out != nullptr) {
        *out = result.out;
    }
    return result.code;
}

class CliScore : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = (fs::temp_directory_path() / ("dpia-score-" + std::to_string(getpid()) + ".dpia"))
                    .string();
        fs::remove(path_);
        ASSERT_EQ(run({"new", path_, "--sample"}), 0);
    }
    void TearDown() override { fs::remove(path_); }

    nlohmann::json score() {
        std::string out;
        EXPECT_EQ(run({"score", path_, "--json", "--lang", "en"}, &out), 0);
        return nlohmann::json::parse(out);
    }

    std::string path_;
};

TEST_F(CliScore, TheSampleNeedsADpiaAndEveryRiskIsScoredAndExplained) {
    const nlohmann::json result = score();
    EXPECT_EQ(result["screening"]["verdict"], "required");
    bool someReason = false;
    for (const auto& criterion : result["screening"]["criteria"]) {
        if (criterion["triggered"].get<bool>()) {
            someReason = someReason || !criterion["because"].empty();
        }
    }
    EXPECT_TRUE(someReason);
    ASSERT_GE(result["risks"].size(), 20u);
    for (const auto& risk : result["risks"]) {
        for (const char* key : {"inherent", "residual"}) {
            EXPECT_GE(risk[key]["rank"].get<int>(), 1) << risk["id"];
            EXPECT_FALSE(risk[key]["level"].get<std::string>().empty()) << risk["id"];
        }
        EXPECT_FALSE(risk["explanation"].empty()) << risk["id"];
        EXPECT_TRUE(risk.contains("overridden"));
    }
    EXPECT_TRUE(result["coverage"].is_array());
    EXPECT_TRUE(result["completeness"]["sections"].is_object());
    EXPECT_TRUE(result["prior_consultation"].is_boolean());
}

TEST_F(CliScore, MarkingEverySafeguardImplementedLowersResidualRisksAndRaisesNone) {
    const nlohmann::json before = score();
    std::string list;
    ASSERT_EQ(run({"baseline", "list", "safeguards", "--json"}, &list), 0);
    for (const auto& safeguard : nlohmann::json::parse(list)) {
        ASSERT_EQ(run({"safeguard", path_, safeguard["id"].get<std::string>(), "implemented"}), 0);
    }
    const nlohmann::json after = score();
    ASSERT_EQ(before["risks"].size(), after["risks"].size());
    int lowered = 0;
    for (std::size_t i = 0; i < before["risks"].size(); ++i) {
        const int was = before["risks"][i]["residual"]["rank"];
        const int now = after["risks"][i]["residual"]["rank"];
        EXPECT_LE(now, was) << before["risks"][i]["id"];
        lowered += now < was ? 1 : 0;
    }
    EXPECT_GT(lowered, 0);
}

TEST_F(CliScore, PlainOutputIsAReadableSummary) {
    std::string out;
    ASSERT_EQ(run({"score", path_, "--lang", "nl"}, &out), 0);
    EXPECT_NE(out.find("DPIA: verplicht"), std::string::npos) << out;
    EXPECT_NE(out.find("Voorafgaande raadpleging van de AP"), std::string::npos);
    EXPECT_NE(out.find("Volledigheid: "), std::string::npos);
}

TEST_F(CliScore, AMissingFileIsBadInput) {
    EXPECT_EQ(run({"score", "/nonexistent/x.dpia"}), 2);
    EXPECT_EQ(run({"score"}), 1);
}

// Issue 22, item 4: a new, empty DPIA is "not yet decided" in `score`, `score --json` and
// `check`, which name the questions that decide the pre-scan; the sample is decided.
TEST_F(CliScore, AnEmptyDpiaIsNotYetDecidedAndNamesTheOpenDecidingQuestions) {
    EXPECT_EQ(score()["screening"]["decided"], true) << "the sample";
    EXPECT_TRUE(score()["screening"]["undecided_by"].empty());
    const std::string empty = path_ + ".leeg.dpia";
    fs::remove(empty);
    ASSERT_EQ(run({"new", empty}), 0);
    std::string out;
    ASSERT_EQ(run({"score", empty, "--json", "--lang", "en"}, &out), 0);
    const nlohmann::json screening = nlohmann::json::parse(out).at("screening");
    EXPECT_EQ(screening.at("decided"), false);
    const nlohmann::json& open = screening.at("undecided_by");
    EXPECT_NE(std::find(open.begin(), open.end(), "pre_new_law"), open.end()) << open;
    EXPECT_EQ(std::find(open.begin(), open.end(), "pre_description"), open.end()) << open;
    const std::string verdict = screening.at("verdict");
    EXPECT_TRUE(verdict == "required" || verdict == "recommended" || verdict == "not-required")
        << "the contract's three values stay";

    ASSERT_EQ(run({"score", empty, "--lang", "nl"}, &out), 0);
    EXPECT_NE(out.find("DPIA: nog niet te bepalen"), std::string::npos) << out;
    EXPECT_EQ(out.find("DPIA: niet verplicht"), std::string::npos) << out;
    EXPECT_NE(out.find("    - pre_new_law: "), std::string::npos) << out;
    ASSERT_EQ(run({"check", empty, "--lang", "en"}, &out), 0);
    EXPECT_NE(out.find("Warning: the pre-scan is not finished; still to answer: pre_new_law"),
              std::string::npos)
        << out;
    fs::remove(empty);
}

} // namespace
} // namespace dpia::cli
