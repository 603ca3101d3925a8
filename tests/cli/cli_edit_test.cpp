// The writing commands beyond answer and safeguard: `edit` with the JSON form of edits
// (one or a list, all or nothing, from a file or stdin), and the friendly status,
// metadata and override commands, end to end through runCli.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "tests/cli/cli_run.h"
#include "tests/core/storage/storage_support.h"

#include <algorithm>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dpia::cli {
namespace {

using nlohmann::json;
using storage::testing::fileHash;
using storage::testing::TempDir;
using testing::CliRun;

CliRun run(std::vector<std::string> args) {
    return testing::runInEnglish(std::move(args));
}

using testing::expectBadInput;

json showJson(const std::string& path) {
    const CliRun shown = run({"show", path, "--json"});
    EXPECT_EQ(shown.code, 0) << shown.err;
    return json::parse(shown.out);
}

std::string writeText(const TempDir& dir, const std::string& name, const std::string& text) {
    const std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

const std::string& firstRisk() {
    static const std::string kId = [] {
        const auto loaded = baseline::Baseline::load(baseline::embeddedImage());
        return (*loaded)->risks().front().id;
    }();
    return kId;
}

TEST(CliEdit, AListAddsARiskAMeasureLinkedToItAndASignoffAndPrintsTheirIds) {
    TempDir dir;
    const std::string path = dir.file("lijst.dpia");
    ASSERT_EQ(run({"new", path}).code, 0);
    const std::string edits = writeText(dir, "edits.json", R"([
        {"edit": "add-custom-risk", "custom_risk": {"title": "Gasten zien te veel",
                                                    "likelihood": 2, "impact": 3}},
        {"edit": "add-measure", "measure": {"title": "Gasttoegang beperken",
                                            "risks": ["cr-1"], "owner": "CISO",
                                            "due": "2027-03-01"}},
        {"edit": "add-signoff", "signoff": {"role": "fg", "name": "A. de Vries",
                                            "date": "2027-02-01", "outcome": "positief"}}
    ])");
    const CliRun done = run({"edit", path, edits});
    ASSERT_EQ(done.code, 0) << done.err;
    EXPECT_EQ(done.out, "custom-risk cr-1 added\nmeasure m-1 added\nsignoff so-1 added\n");

    const json shown = showJson(path);
    EXPECT_EQ(shown.at("custom_risks").at(0).at("title"), "Gasten zien te veel");
    EXPECT_EQ(shown.at("measures").at(0).at("risks"), json::array({"cr-1"}));
    EXPECT_EQ(shown.at("measures").at(0).at("owner"), "CISO");
    EXPECT_EQ(shown.at("signoffs").at(0).at("name"), "A. de Vries");
    // One list, one change-log row.
    const CliRun exported = run({"export", path, dir.file("out.json")});
    ASSERT_EQ(exported.code, 0);
    std::ifstream in(dir.file("out.json"));
    const json document = json::parse(in);
    EXPECT_EQ(document.at("change_log").size(), 2U); // created + the list
}

TEST(CliEdit, ABadEditOrAnInvalidListChangesNothing) {
    TempDir dir;
    const std::string path = dir.file("fout.dpia");
    ASSERT_EQ(run({"new", path}).code, 0);
    const std::string before = fileHash(path);
    expectBadInput(run({"edit", path, writeText(dir, "a.json", "{not json")}), "not a valid edit");
    expectBadInput(run({"edit", path, writeText(dir, "b.json", R"({"edit": "drop-table"})")}),
                   "unknown kind of edit");
    // The second edit is refused, so the first is not kept either.
    expectBadInput(run({"edit", path, writeText(dir, "c.json", R"([
        {"edit": "set-metadata", "title": "Zou niet mogen blijven"},
        {"edit": "remove-measure", "id": "m-9"}])")}),
                   "m-9");
    expectBadInput(run({"edit", path, dir.file("missing.json")}), "");
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(run({"edit", path}).code, 1);
}

TEST(CliEdit, ReadsEditsFromStandardInput) {
    TempDir dir;
    const std::string path = dir.file("stdin.dpia");
    ASSERT_EQ(run({"new", path}).code, 0);
    std::istringstream input(R"({"edit": "set-status", "status": "in-review"})");
    std::streambuf* saved = std::cin.rdbuf(input.rdbuf());
    const CliRun done = run({"edit", path, "-"});
    std::cin.rdbuf(saved);
    ASSERT_EQ(done.code, 0) << done.err;
    EXPECT_EQ(showJson(path).at("metadata").at("status"), "in-review");
}

TEST(CliEdit, StatusMetadataAndOverrideCommands) {
    TempDir dir;
    const std::string path = dir.file("vriendelijk.dpia");
    ASSERT_EQ(run({"new", path, "--title", "Eerste titel"}).code, 0);
    ASSERT_EQ(run({"metadata", path, "--organisation", "Gemeente Voorbeeld", "--classification",
                   "Intern", "--version", "2"})
                  .code,
              0);
    json shown = showJson(path);
    EXPECT_EQ(shown.at("metadata").at("title"), "Eerste titel"); // not named, so kept
    EXPECT_EQ(shown.at("metadata").at("organisation"), "Gemeente Voorbeeld");
    EXPECT_EQ(shown.at("metadata").at("classification"), "Intern");
    EXPECT_EQ(shown.at("metadata").at("version"), 2);

    ASSERT_EQ(run({"override", path, firstRisk(), "3", "4", "--justification",
                   "Eigen inschatting na het incident van maart"})
                  .code,
              0);
    shown = showJson(path);
    EXPECT_EQ(shown.at("risk_overrides").at(firstRisk()).at("impact"), 4);
    ASSERT_EQ(run({"override", path, firstRisk(), "--remove"}).code, 0);
    EXPECT_FALSE(showJson(path).at("risk_overrides").contains(firstRisk()));

    ASSERT_EQ(run({"status", path, "final"}).code, 0);
    const std::string final = fileHash(path);
    expectBadInput(run({"metadata", path, "--title", "Te laat"}), "final");
    expectBadInput(run({"status", path, "done"}), "Unknown status");
    expectBadInput(run({"override", path, firstRisk(), "5", "1", "--justification", "x"}),
                   "1, 2, 3 or 4");
    expectBadInput(run({"metadata", path, "--version", "zero"}), "whole number");
    EXPECT_EQ(fileHash(path), final);
    EXPECT_EQ(run({"override", path, firstRisk(), "3", "4"}).code, 1);
    EXPECT_EQ(run({"status", path, "draft"}).code, 0);
    EXPECT_EQ(showJson(path).at("metadata").at("status"), "draft");
}

TEST(CliEdit, OwnRisksMeasuresAndSignoffsHaveCommandsOfTheirOwn) {
    TempDir dir;
    const std::string path = dir.file("lijsten.dpia");
    ASSERT_EQ(run({"new", path}).code, 0);
    CliRun done = run({"risk", "add", path, "--title", "Wachtwoorden op briefjes", "--likelihood",
                       "3", "--impact", "2", "--description", "Consulenten noteren ze."});
    ASSERT_EQ(done.code, 0) << done.err;
    EXPECT_EQ(done.out, "custom-risk cr-1 added\n");
    done = run({"measure", "add", path, "--title", "Wachtwoordkluis", "--risks",
                "cr-1," + firstRisk(), "--owner", "CISO", "--due", "2027-02-01"});
    ASSERT_EQ(done.code, 0) << done.err;
    EXPECT_EQ(done.out, "measure m-1 added\n");
    ASSERT_EQ(run({"measure", "update", path, "m-1", "--status", "in-progress"}).code, 0);
    ASSERT_EQ(run({"signoff", "add", path, "--role", "ciso", "--name", "J. Bakker", "--date",
                   "2027-01-15", "--outcome", "positief"})
                  .code,
              0);
    ASSERT_EQ(run({"risk", "update", path, "cr-1", "--impact", "4"}).code, 0);

    json shown = showJson(path);
    EXPECT_EQ(shown.at("custom_risks").at(0).at("impact"), 4);
    EXPECT_EQ(shown.at("custom_risks").at(0).at("title"), "Wachtwoorden op briefjes");
    const json& measure = shown.at("measures").at(0);
    EXPECT_EQ(measure.at("risks"), json::array({"cr-1", firstRisk()}));
    EXPECT_EQ(measure.at("status"), "in-progress");
    EXPECT_EQ(measure.at("owner"), "CISO"); // an update keeps what it does not name
    EXPECT_EQ(shown.at("signoffs").at(0).at("role"), "ciso");

    const std::string before = fileHash(path);
    expectBadInput(run({"measure", "update", path, "m-9", "--status", "done"}), "m-9");
    expectBadInput(run({"measure", "add", path, "--title", "x", "--status", "klaar"}),
                   "unknown value \"klaar\"");
    expectBadInput(
        run({"risk", "add", path, "--title", "x", "--likelihood", "veel", "--impact", "2"}),
        "expected a whole number");
    expectBadInput(run({"risk", "add", path, "--title", "x", "--likelihood", "7", "--impact", "2"}),
                   "likelihood");
    expectBadInput(run({"signoff", "add", path, "--role", "wethouder"}), "wethouder");
    expectBadInput(run({"measure", "add", path, "--title", "x", "--risks", "r-bestaat-niet"}),
                   "r-bestaat-niet");
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(run({"measure", "move", path, "m-1"}).code, 1);
    EXPECT_EQ(run({"risk", "remove", path}).code, 1);

    // Removing the own risk unlinks it from the measure, in one change.
    ASSERT_EQ(run({"risk", "remove", path, "cr-1"}).code, 0);
    shown = showJson(path);
    EXPECT_TRUE(shown.at("custom_risks").empty());
    EXPECT_EQ(shown.at("measures").at(0).at("risks"), json::array({firstRisk()}));
    ASSERT_EQ(run({"signoff", "remove", path, "so-1"}).code, 0);
    ASSERT_EQ(run({"measure", "remove", path, "m-1"}).code, 0);
    EXPECT_TRUE(showJson(path).at("measures").empty());
}

} // namespace
} // namespace dpia::cli
