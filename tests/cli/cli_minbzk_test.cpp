// `dpia-cli import-minbzk` and `export-minbzk` (docs/CLI.md, docs/INTERCHANGE.md): the
// report of an import, bad input with exit 2 and nothing left behind, and outputs that
// are never replaced without --force.
#include "tests/cli/cli_run.h"
#include "tests/core/storage/storage_support.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace dpia::cli {
namespace {

using nlohmann::json;
using storage::testing::TempDir;
using testing::CliRun;
using testing::expectBadInput;

CliRun run(std::vector<std::string> args) {
    return testing::runInEnglish(std::move(args));
}

std::string fixture(const std::string& name) {
    return std::string(DPIA_TEST_DATA_DIR) + "/minbzk/" + name;
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(CliMinbzk, ImportMakesADocumentAndReportsWhatCameInAndWhatWasKeptAside) {
    const TempDir dir;
    const std::string out = dir.file("teams.dpia");
    const CliRun imported = run({"import-minbzk", fixture("dpia-v3.json"), out});
    ASSERT_EQ(imported.code, 0) << imported.err;
    EXPECT_NE(imported.out.find("Answers taken over: 12"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("1.1 -> a1_proposal"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("Kept aside, with no place in this DPIA:"), std::string::npos);
    EXPECT_NE(imported.out.find("  5.1\n"), std::string::npos) << imported.out;
    // The terminal gets keys, not the answers' text.
    EXPECT_EQ(imported.out.find("Deze DPIA gaat over"), std::string::npos);

    const CliRun shown = run({"show", out, "--json"});
    ASSERT_EQ(shown.code, 0) << shown.err;
    const json document = json::parse(shown.out);
    EXPECT_EQ(document.at("answers").at("b14_subsidiarity"),
              "Er is geen minder ingrijpend middel.");
    EXPECT_EQ(document.at("imported").at(0).at("source"), "urn:nl:dpia:3.0");
    EXPECT_EQ(run({"check", out}).code, 0);
}

TEST(CliMinbzk, TheJsonReportListsEveryMappingAndEveryValueKeptAside) {
    const TempDir dir;
    const CliRun imported =
        run({"import-minbzk", fixture("prescan-v2.json"), dir.file("pre.dpia"), "--json"});
    ASSERT_EQ(imported.code, 0) << imported.err;
    const json report = json::parse(imported.out);
    EXPECT_EQ(report.at("format"), "urn:nl:prescan:2.0");
    EXPECT_EQ(report.at("answers"), 15);
    EXPECT_NE(std::find(report.at("mapped").begin(), report.at("mapped").end(),
                        json{{"from", "3.1"}, {"to", "pre_ap_list"}}),
              report.at("mapped").end());
    EXPECT_NE(std::find(report.at("kept_aside").begin(), report.at("kept_aside").end(),
                        json{{"key", "2.1.1"}, {"value", "true"}}),
              report.at("kept_aside").end());
}

TEST(CliMinbzk, BadInputExitsTwoWithOneLineAndLeavesNoFile) {
    const TempDir dir;
    const std::string out = dir.file("out.dpia");
    const auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream(dir.file(name), std::ios::binary) << text;
        return dir.file(name);
    };
    expectBadInput(run({"import-minbzk", write("a.json", "{not json"), out}), "Model DPIA form");
    expectBadInput(
        run({"import-minbzk",
             write("b.json", R"({"metadata": {"urn": "urn:nl:dpia:9.0"}, "answers": {}})"), out}),
        "newer version");
    expectBadInput(
        run({"import-minbzk",
             write("c.json", R"({"format": "dpia-assessment", "format_version": 2})"), out}),
        "metadata.urn");
    expectBadInput(run({"import-minbzk", write("d.pdf", "%PDF-1.7\nnothing\n"), out}),
                   "not a PDF file");
    expectBadInput(run({"import-minbzk", dir.file("missing.json"), out}));
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_EQ(dir.names().size(), 4u); // only the inputs

    // An existing document is never replaced.
    std::ofstream(out) << "keep me";
    expectBadInput(run({"import-minbzk", fixture("dpia-v3.json"), out}), "already exists");
    EXPECT_EQ(readText(out), "keep me");
}

TEST(CliMinbzk, ExportWritesTheFormsJsonAndReplacesAnOutputOnlyWithForce) {
    const TempDir dir;
    const std::string document = dir.file("teams.dpia");
    ASSERT_EQ(run({"import-minbzk", fixture("dpia-v3.json"), document}).code, 0);
    const std::string out = dir.file("form.json");
    const CliRun exported = run({"export-minbzk", document, out});
    ASSERT_EQ(exported.code, 0) << exported.err;
    const json form = json::parse(readText(out));
    EXPECT_EQ(form.at("metadata").at("urn"), "urn:nl:dpia:3.0");
    EXPECT_EQ(form.at("answers").at("12.3.1").at("value"), "true");
    EXPECT_EQ(form.at("answers").at("2.1").at(1).at("2.1.4").at("value"),
              "nationaal identificatienummer");
    EXPECT_EQ(std::filesystem::status(out).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);

    const std::string before = readText(out);
    expectBadInput(run({"export-minbzk", document, out, "--form", "prescan"}), "already exists");
    EXPECT_EQ(readText(out), before);
    ASSERT_EQ(run({"export-minbzk", document, out, "--form", "prescan", "--force"}).code, 0);
    EXPECT_EQ(json::parse(readText(out)).at("metadata").at("urn"), "urn:nl:prescan:2.0");
    expectBadInput(run({"export-minbzk", document, dir.file("x.json"), "--form", "iama"}),
                   "Unknown form iama");
    // Exporting onto a document is refused even with --force.
    expectBadInput(run({"export-minbzk", document, document, "--force"}));
}

TEST(CliMinbzk, AFormExportedHereImportsAgainWithTheSameAnswers) {
    const TempDir dir;
    const std::string first = dir.file("first.dpia");
    ASSERT_EQ(run({"import-minbzk", fixture("prescan-v2.json"), first}).code, 0);
    ASSERT_EQ(run({"export-minbzk", first, dir.file("pre.json"), "--form", "prescan"}).code, 0);
    const std::string second = dir.file("second.dpia");
    ASSERT_EQ(run({"import-minbzk", dir.file("pre.json"), second}).code, 0);
    const json a = json::parse(run({"show", first, "--json"}).out).at("answers");
    const json b = json::parse(run({"show", second, "--json"}).out).at("answers");
    EXPECT_EQ(a, b);
}

} // namespace
} // namespace dpia::cli
