// `dpia-cli portfolio DIR [--json|--csv]` (docs/CLI.md): the same list in three forms,
// damaged files with their reason, a bad DIR refused with exit 2.
#include "tests/cli/cli_run.h"
#include "tests/core/storage/storage_support.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dpia::cli {
namespace {

using nlohmann::json;
using storage::testing::TempDir;
using testing::CliRun;
using testing::expectBadInput;

CliRun run(std::vector<std::string> args) {
    return testing::runInEnglish(std::move(args));
}

class CliPortfolio : public ::testing::Test {
protected:
    void SetUp() override {
        std::filesystem::create_directory(dir.file("sub"));
        ASSERT_EQ(run({"new", dir.file("teams.dpia"), "--sample", "--title", "Teams"}).code, 0);
        ASSERT_EQ(run({"new", dir.file("sub/formula.dpia"), "--title", "=1+1"}).code, 0);
        storage::testing::writeAll(dir.file("sub/broken.dpia"), "not a DPIA");
        storage::testing::writeAll(dir.file("readme.txt"), "ignored");
    }

    TempDir dir;
};

TEST_F(CliPortfolio, TextListsTheDocumentsAndWhatCouldNotBeRead) {
    const CliRun result = run({"portfolio", dir.path()});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_NE(result.out.find("Title"), std::string::npos);
    EXPECT_NE(result.out.find("Teams"), std::string::npos);
    EXPECT_NE(result.out.find("required"), std::string::npos);
    EXPECT_NE(result.out.find("Could not be read:"), std::string::npos);
    EXPECT_NE(result.out.find("sub/broken.dpia: "), std::string::npos);
    EXPECT_NE(result.out.find("2 DPIAs, 1 could not be read"), std::string::npos);
    EXPECT_EQ(result.out.find("readme"), std::string::npos);
}

TEST_F(CliPortfolio, TextFollowsTheLanguage) {
    const CliRun result = testing::runCaptured({"portfolio", dir.path(), "--lang", "nl"});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_NE(result.out.find("Titel"), std::string::npos);
    EXPECT_NE(result.out.find("Niet te lezen:"), std::string::npos);
}

TEST_F(CliPortfolio, JsonHasTheDocumentedKeys) {
    const CliRun result = run({"portfolio", dir.path(), "--json"});
    ASSERT_EQ(result.code, 0) << result.err;
    const json out = json::parse(result.out);
    ASSERT_EQ(out["entries"].size(), 3u);
    EXPECT_TRUE(out.contains("root"));
    EXPECT_TRUE(out.contains("today"));
    const json* teams = nullptr;
    const json* broken = nullptr;
    for (const json& entry : out["entries"]) {
        if (entry["relative"] == "teams.dpia") {
            teams = &entry;
        }
        if (entry["relative"] == "sub/broken.dpia") {
            broken = &entry;
        }
    }
    ASSERT_NE(teams, nullptr);
    ASSERT_NE(broken, nullptr);
    EXPECT_EQ((*teams)["kind"], "document");
    EXPECT_EQ((*teams)["title"], "Teams");
    EXPECT_EQ((*teams)["verdict"], "required");
    EXPECT_TRUE((*teams)["residual_now"]["rank"].is_number());
    EXPECT_TRUE((*teams)["residual_planned"]["level"].is_string());
    EXPECT_TRUE((*teams)["prior_consultation"].is_boolean());
    EXPECT_TRUE((*teams)["overdue_measures"].is_number());
    for (const char* key : {"path", "processing", "organisation", "status", "decision_date",
                            "review_date", "review", "last_change", "open_by", "problem"}) {
        EXPECT_TRUE(teams->contains(key)) << key;
    }
    EXPECT_EQ((*broken)["kind"], "file");
    EXPECT_EQ((*broken)["problem"]["code"], "not-an-assessment");
    EXPECT_TRUE((*broken)["problem"]["reason"].is_string());
}

TEST_F(CliPortfolio, CsvFollowsTheSafeCsvRules) {
    const CliRun result = run({"portfolio", dir.path(), "--csv"});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_EQ(result.out.rfind("\xEF\xBB\xBF\"File\";\"Title\";", 0), 0u);
    EXPECT_NE(result.out.find("\"'=1+1\""), std::string::npos); // never a formula
    EXPECT_EQ(std::count(result.out.begin(), result.out.end(), '\n'), 4);
    EXPECT_NE(result.out.find("\r\n"), std::string::npos);
}

TEST_F(CliPortfolio, AMissingFolderOrAFileIsBadInput) {
    expectBadInput(run({"portfolio", dir.file("nowhere")}), "Folder not found");
    expectBadInput(run({"portfolio", dir.file("teams.dpia"), "--json"}), "Not a folder");
}

TEST_F(CliPortfolio, WrongWordsAreUsageErrors) {
    EXPECT_EQ(run({"portfolio"}).code, 1);
    EXPECT_EQ(run({"portfolio", dir.path(), "--json", "--csv"}).code, 1);
    EXPECT_EQ(run({"portfolio", dir.path(), dir.path()}).code, 1);
}

} // namespace
} // namespace dpia::cli
