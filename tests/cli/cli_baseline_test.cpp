#include "tests/cli/cli_run.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

namespace dpia::cli {
namespace {

using testing::CliRun;

CliRun run(const std::vector<std::string>& args) {
    return testing::runCaptured(args);
}

TEST(CliBaseline, InfoJsonHasIdVersionHashCountsAndLanguages) {
    const CliRun result = run({"baseline", "info", "--json"});
    ASSERT_EQ(result.code, 0) << result.err;
    const auto info = nlohmann::json::parse(result.out);
    EXPECT_EQ(info["id"], "nl-gemeente-m365");
    EXPECT_EQ(info["hash"].get<std::string>().size(), 64u);
    for (const char* kind :
         {"sections", "questions", "requirements", "safeguards", "risks", "criteria"}) {
        EXPECT_GT(info["counts"][kind].get<int>(), 0) << kind;
    }
    EXPECT_EQ(info["languages"], nlohmann::json::array({"nl", "en"}));
}

TEST(CliBaseline, InfoPlainIsReadableInBothLanguages) {
    EXPECT_NE(run({"baseline", "info", "--lang", "nl"}).out.find("vragen: "), std::string::npos);
    EXPECT_NE(run({"baseline", "info", "--lang", "en"}).out.find("questions: "), std::string::npos);
}

TEST(CliBaseline, ListGivesIdsAndTitlesAndTypesForQuestions) {
    const CliRun result = run({"baseline", "list", "questions", "--json", "--lang", "en"});
    ASSERT_EQ(result.code, 0);
    const auto items = nlohmann::json::parse(result.out);
    ASSERT_GE(items.size(), 80u);
    EXPECT_TRUE(items[0].contains("id"));
    EXPECT_TRUE(items[0].contains("title"));
    EXPECT_TRUE(items[0].contains("type"));
    for (const char* kind : {"requirements", "safeguards", "risks", "criteria", "sections"}) {
        const CliRun list = run({"baseline", "list", kind, "--json"});
        EXPECT_EQ(list.code, 0) << kind;
        EXPECT_FALSE(nlohmann::json::parse(list.out).empty()) << kind;
    }
    EXPECT_EQ(run({"baseline", "list", "colours"}).code, 1);
}

TEST(CliBaseline, ShowGivesAnItemWithItsLinks) {
    const CliRun risk = run({"baseline", "show", "r-us-jurisdiction", "--json"});
    ASSERT_EQ(risk.code, 0) << risk.err;
    const auto item = nlohmann::json::parse(risk.out);
    EXPECT_EQ(item["kind"], "risk");
    EXPECT_FALSE(item["drivers"].empty());
    EXPECT_FALSE(item["mitigations"].empty());
    EXPECT_FALSE(item["requirements"].empty());

    const CliRun requirement = run({"baseline", "show", "AVG-32", "--json"});
    ASSERT_EQ(requirement.code, 0);
    EXPECT_FALSE(nlohmann::json::parse(requirement.out)["met_by"].empty());

    const CliRun plain = run({"baseline", "show", "sg-customer-lockbox", "--lang", "nl"});
    ASSERT_EQ(plain.code, 0);
    EXPECT_NE(plain.out.find("Voldoet aan:"), std::string::npos);
}

TEST(CliBaseline, ShowOfAnUnknownIdIsBadInputWithOneLine) {
    const CliRun result = run({"baseline", "show", "r-does-not-exist", "--lang", "en"});
    EXPECT_EQ(result.code, 2);
    EXPECT_EQ(result.err, "Unknown id in the baseline: r-does-not-exist\n");
    EXPECT_TRUE(result.out.empty());
}

TEST(CliBaseline, ValidateAcceptsTheShippedSource) {
    const CliRun result = run({"baseline", "validate", DPIA_BASELINE_SOURCE_DIR, "--lang", "en"});
    EXPECT_EQ(result.code, 0) << result.err;
    EXPECT_NE(result.out.find("Valid: nl-gemeente-m365"), std::string::npos);
}

TEST(CliBaseline, ValidateRefusesABrokenCopyWithFileAndLine) {
    namespace fs = std::filesystem;
    const fs::path copy =
        fs::temp_directory_path() / ("dpia-cli-validate-" + std::to_string(getpid()));
    fs::remove_all(copy);
    fs::copy(DPIA_BASELINE_SOURCE_DIR, copy);
    std::ofstream(copy / "risks.yaml", std::ios::app)
        << "  - id: r-broken\n    title: {nl: Kapot}\n";
    const CliRun result = run({"baseline", "validate", copy.string()});
    fs::remove_all(copy);
    EXPECT_EQ(result.code, 2);
    EXPECT_NE(result.err.find("risks.yaml:"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("no English (en) text"), std::string::npos) << result.err;
}

TEST(CliBaseline, ValidateWithoutAFolderIsAUsageError) {
    EXPECT_EQ(run({"baseline", "validate"}).code, 1);
    EXPECT_EQ(run({"baseline"}).code, 1);
    EXPECT_EQ(run({"baseline", "frobnicate"}).code, 1);
}

} // namespace
} // namespace dpia::cli
