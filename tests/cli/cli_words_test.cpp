// The words of `dpia-cli score` and `baseline show` in Dutch and English (issue 15, words):
// counts in the right number, the verdict said once, English references in English output.
#include "tests/cli/cli_run.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <regex>
#include <unistd.h>

namespace dpia::cli {
namespace {

namespace fs = std::filesystem;
using testing::runCaptured;

class CliWords : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = (fs::temp_directory_path() / ("dpia-words-" + std::to_string(getpid()) + ".dpia"))
                    .string();
        fs::remove(path_);
        ASSERT_EQ(runCaptured({"new", path_, "--sample"}).code, 0);
    }
    void TearDown() override { fs::remove(path_); }

    std::string score(const std::string& lang) {
        const testing::CliRun result = runCaptured({"--lang", lang, "score", path_});
        EXPECT_EQ(result.code, 0) << result.err;
        EXPECT_EQ(result.err, "");
        return result.out;
    }

    std::string path_;
};

const std::regex kBracketPlural("[A-Za-z]\\((s|en|ën|y/ies|len)\\)");

TEST_F(CliWords, TheDutchScoreCountsInWordsAndSaysTheVerdictOnce) {
    const std::string out = score("nl");
    EXPECT_FALSE(std::regex_search(out, kBracketPlural)) << out;
    // The sample meets four AP categories, three WP248 criteria and one art. 35(3) case:
    // each in its own number, and the verdict not repeated in the reason.
    EXPECT_NE(out.find("DPIA: verplicht\n  Dit volgt uit 4 categorieën van de AP-lijst, 3 "
                       "WP248-criteria en 1 geval "
                       "van art. 35 lid 3 AVG."),
              std::string::npos)
        << out;
    EXPECT_EQ(out.find("Een DPIA is verplicht"), std::string::npos) << out;
    EXPECT_EQ(out.find("0 gevallen"), std::string::npos) << out;
}

TEST_F(CliWords, TheEnglishScoreIsEnglishAndCountsInWords) {
    const std::string out = score("en");
    EXPECT_FALSE(std::regex_search(out, kBracketPlural)) << out;
    EXPECT_NE(out.find("DPIA: required\n  This follows from 4 categories of the AP list, 3 WP248 "
                       "criteria and 1 "
                       "case under GDPR Art. 35(3)."),
              std::string::npos)
        << out;
    EXPECT_EQ(out.find("A DPIA is required"), std::string::npos) << out;
    // Dutch legal references: "AVG" (but not the UAVG named in English), "lid 7", "t/m".
    EXPECT_FALSE(std::regex_search(out, std::regex("(^|[^U])AVG|\\blid [0-9]|t/m"))) << out;
    EXPECT_NE(out.find("GDPR Art. 36"), std::string::npos) << out;
}

TEST(CliWordsBaseline, AQuestionsReferenceIsEnglishInEnglishAndDutchInDutch) {
    const testing::CliRun english =
        runCaptured({"--lang", "en", "baseline", "show", "a1_proposal"});
    ASSERT_EQ(english.code, 0) << english.err;
    EXPECT_NE(english.out.find("Reference: GDPR Art. 35(7)(a); Dutch government Model DPIA §1"),
              std::string::npos)
        << english.out;
    const testing::CliRun dutch = runCaptured({"--lang", "nl", "baseline", "show", "a1_proposal"});
    ASSERT_EQ(dutch.code, 0) << dutch.err;
    EXPECT_NE(dutch.out.find("Grondslag: AVG art. 35 lid 7 sub a; Model DPIA Rijksdienst §1"),
              std::string::npos)
        << dutch.out;
    const testing::CliRun json = runCaptured({"baseline", "show", "AVG-35", "--json"});
    ASSERT_EQ(json.code, 0) << json.err;
    EXPECT_NE(json.out.find("\"en\""), std::string::npos);
}

} // namespace
} // namespace dpia::cli
