// `dpia-cli diff A B`: what changed, as text and as JSON; exit 0 whether or not the two
// differ, exit 2 (one line, nothing changed) for a file it cannot read (issue 18, item 3).
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "tests/cli/cli_run.h"
#include "tests/core/storage/hostile_files.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <unistd.h>

namespace dpia::cli {
namespace {

namespace fs = std::filesystem;
using testing::expectBadInput;
using testing::runCaptured;

class CliDiff : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("dpia-diff-" + std::to_string(getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        a_ = (dir_ / "a.dpia").string();
        b_ = (dir_ / "b.dpia").string();
        ASSERT_EQ(runCaptured({"new", a_, "--sample"}).code, 0);
        fs::copy_file(a_, b_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    /// A safeguard the sample has implemented whose status the document stores (not one
    /// a question answers).
    std::string implementedSafeguard() const {
        const auto baseline = *baseline::Baseline::load(baseline::embeddedImage());
        const auto shown = nlohmann::json::parse(runCaptured({"show", a_, "--json"}).out);
        for (const baseline::Safeguard& safeguard : baseline->safeguards()) {
            const auto entry = shown["safeguards"].find(safeguard.id);
            if (!safeguard.fact && entry != shown["safeguards"].end() &&
                (*entry)["status"] == "implemented") {
                return safeguard.id;
            }
        }
        return {};
    }

    std::set<std::string> folder() const {
        std::set<std::string> names;
        for (const auto& entry : fs::directory_iterator(dir_)) {
            names.insert(
                entry.path().filename().string() + ":" +
                std::to_string(fs::file_size(entry.path())) + ":" +
                std::to_string(fs::last_write_time(entry.path()).time_since_epoch().count()));
        }
        return names;
    }

    fs::path dir_;
    std::string a_;
    std::string b_;
};

TEST_F(CliDiff, IdenticalDocumentsHaveNoDifferencesAndExitZero) {
    const auto before = folder();
    const testing::CliRun nl = runCaptured({"--lang", "nl", "diff", a_, b_});
    EXPECT_EQ(nl.code, 0) << nl.err;
    EXPECT_EQ(nl.out, "geen verschillen\n");
    const testing::CliRun en = runCaptured({"diff", a_, b_, "--lang", "en"});
    EXPECT_EQ(en.code, 0);
    EXPECT_EQ(en.out, "no differences\n");
    const testing::CliRun json = runCaptured({"diff", a_, b_, "--json"});
    EXPECT_EQ(json.code, 0);
    const auto parsed = nlohmann::json::parse(json.out);
    EXPECT_EQ(parsed["differences"], 0);
    EXPECT_EQ(parsed["first"]["file"], a_);
    EXPECT_EQ(parsed["second"]["file"], b_);
    EXPECT_EQ(folder(), before); // read only: no lock file, no migration, no write
}

TEST_F(CliDiff, ChangesShowAsTextAndJsonAndExitZero) {
    const std::string safeguard = implementedSafeguard();
    ASSERT_FALSE(safeguard.empty());
    ASSERT_EQ(runCaptured(
                  {"metadata", b_, "--title", "Microsoft Teams bij de gemeente", "--version", "2"})
                  .code,
              0);
    ASSERT_EQ(
        runCaptured({"safeguard", b_, safeguard, "planned", "--evidence", "Geen gastaccounts"})
            .code,
        0);
    const auto before = folder();
    const testing::CliRun en = runCaptured({"--lang", "en", "diff", a_, b_});
    EXPECT_EQ(en.code, 0) << en.err;
    EXPECT_NE(en.out.find("Document\n"), std::string::npos) << en.out;
    EXPECT_NE(en.out.find("version: 1 → 2"), std::string::npos) << en.out;
    EXPECT_NE(en.out.find("{+Microsoft Teams bij de gemeente+}"), std::string::npos) << en.out;
    EXPECT_NE(en.out.find("Safeguards\n"), std::string::npos) << en.out;
    EXPECT_NE(en.out.find("status: implemented → planned"), std::string::npos) << en.out;
    const testing::CliRun nl = runCaptured({"--lang", "nl", "diff", a_, b_});
    EXPECT_EQ(nl.code, 0);
    EXPECT_NE(nl.out.find("versie: 1 → 2"), std::string::npos) << nl.out;
    EXPECT_NE(nl.out.find("Maatregelen\n"), std::string::npos) << nl.out;
    EXPECT_NE(nl.out.find("status: geïmplementeerd → gepland"), std::string::npos) << nl.out;

    const testing::CliRun json = runCaptured({"--lang", "en", "diff", a_, b_, "--json"});
    EXPECT_EQ(json.code, 0);
    const auto parsed = nlohmann::json::parse(json.out);
    EXPECT_EQ(parsed["differences"], parsed["changes"].size());
    EXPECT_EQ(parsed["first"]["version"], 1);
    EXPECT_EQ(parsed["second"]["version"], 2);
    bool status = false;
    for (const auto& change : parsed["changes"]) {
        if (change["area"] == "safeguard" && change["id"] == safeguard &&
            change["field"] == "status") {
            status = true;
            EXPECT_EQ(change["before"], "implemented");
            EXPECT_EQ(change["after"], "planned");
            EXPECT_EQ(change["afterText"], "planned");
        }
    }
    EXPECT_TRUE(status) << json.out;
    // The other way round, the same change with old and new swapped.
    const auto back = nlohmann::json::parse(runCaptured({"diff", b_, a_, "--json"}).out);
    EXPECT_EQ(back["differences"], parsed["differences"]);
    EXPECT_EQ(folder(), before);
}

TEST_F(CliDiff, UnreadableFilesExitTwoWithOneLine) {
    const std::string missing = (dir_ / "missing.dpia").string();
    expectBadInput(runCaptured({"--lang", "en", "diff", a_, missing}), "missing.dpia");
    expectBadInput(runCaptured({"--lang", "en", "diff", missing, a_}), "missing.dpia");
    const std::string foreign = (dir_ / "foreign.dpia").string();
    std::ofstream(foreign) << "not an assessment\n";
    expectBadInput(runCaptured({"--lang", "en", "diff", a_, foreign}));
    storage::testing::runForeignSql(b_, "PRAGMA user_version = 99");
    const auto before = folder();
    expectBadInput(runCaptured({"--lang", "en", "diff", a_, b_}));
    EXPECT_EQ(folder(), before);
    EXPECT_EQ(runCaptured({"diff", a_}).code, 1); // usage
}

} // namespace
} // namespace dpia::cli
