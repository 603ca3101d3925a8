// `dpia-cli import-cnil` (docs/CLI.md, docs/INTERCHANGE.md): the report of an import in
// words and in --json, the attachments listed truthfully as not stored, and bad input with
// exit 2 and nothing left behind.
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
    return std::string(DPIA_TEST_DATA_DIR) + "/cnil/" + name;
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(CliCnil, ImportMakesADocumentAndReportsWhatCameInAndWhatWasKeptAside) {
    const TempDir dir;
    const std::string out = dir.file("teams.dpia");
    const CliRun imported = run({"import-cnil", fixture("export-nl.zip"), out});
    ASSERT_EQ(imported.code, 0) << imported.err;
    EXPECT_NE(imported.out.find("Taken over: 7 answers, 1 own risks, 3 measures, 2 advice"),
              std::string::npos)
        << imported.out;
    EXPECT_NE(imported.out.find("answers.111 -> a1_proposal"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("  answers.112\n"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("Attachments (not stored in the DPIA; keep the export itself): 2"),
              std::string::npos)
        << imported.out;
    EXPECT_NE(imported.out.find("Bijlagen/verwerkersovereenkomst.pdf (14 bytes, sha256 "),
              std::string::npos)
        << imported.out;
    // The terminal gets keys, not the answers' text.
    EXPECT_EQ(imported.out.find("Wmo"), std::string::npos);

    const CliRun shown = run({"show", out, "--json"});
    ASSERT_EQ(shown.code, 0) << shown.err;
    const json document = json::parse(shown.out);
    EXPECT_EQ(document.at("metadata").at("title"), "Teams voor het sociaal domein");
    EXPECT_EQ(document.at("imported").at(0).at("source"), "cnil-pia");
    EXPECT_EQ(run({"check", out}).code, 0);
}

TEST(CliCnil, TheJsonReportListsMappingsValuesKeptAsideAndAttachments) {
    const TempDir dir;
    const CliRun imported =
        run({"import-cnil", fixture("export-fr.zip"), dir.file("pia.dpia"), "--json"});
    ASSERT_EQ(imported.code, 0) << imported.err;
    const json report = json::parse(imported.out);
    EXPECT_EQ(report.at("format"), "cnil-pia");
    EXPECT_EQ(report.at("answers"), 7);
    EXPECT_EQ(report.at("custom_risks"), 1);
    EXPECT_EQ(report.at("measures"), 3);
    EXPECT_NE(std::find(report.at("mapped").begin(), report.at("mapped").end(),
                        json{{"from", "answers.211"}, {"to", "a5_purposes"}}),
              report.at("mapped").end());
    EXPECT_NE(std::find(report.at("kept_aside").begin(), report.at("kept_aside").end(),
                        json{{"key", "pia.people_names"}, {"value", "Cliëntenraad"}}),
              report.at("kept_aside").end());
    ASSERT_EQ(report.at("attachments").size(), 2u);
    EXPECT_EQ(report.at("attachments").at(1).at("name"), "Pièces jointes/scherm.png");
    EXPECT_EQ(report.at("attachments").at(1).at("stored"), false);
    EXPECT_EQ(report.at("attachments").at(1).at("sha256").get<std::string>().size(), 64u);
}

TEST(CliCnil, BadInputExitsTwoWithOneLineAndLeavesNoFile) {
    const TempDir dir;
    const std::string out = dir.file("out.dpia");
    const auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream(dir.file(name), std::ios::binary) << text;
        return dir.file(name);
    };
    expectBadInput(run({"import-cnil", write("a.json", "{not json"), out}), "CNIL PIA software");
    expectBadInput(run({"import-cnil", write("b.json", R"({"answers": []})"), out}),
                   "no \"pia\" object");
    expectBadInput(run({"import-cnil", fixture("traversal.zip"), out}), "outside its folder");
    expectBadInput(run({"import-cnil", fixture("bomb.zip"), out}), "zip bomb");
    expectBadInput(run({"import-cnil", fixture("symlink.zip"), out}), "symbolic link");
    expectBadInput(run({"import-cnil", dir.file("missing.json"), out}));
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_EQ(dir.names().size(), 2u); // only the inputs

    // An existing document is never replaced.
    std::ofstream(out) << "keep me";
    expectBadInput(run({"import-cnil", fixture("full-export.json"), out}), "already exists");
    EXPECT_EQ(readText(out), "keep me");
    EXPECT_EQ(run({"import-cnil", fixture("full-export.json")}).code, 1);
}

} // namespace
} // namespace dpia::cli
