// The document commands of dpia-cli (CLI.md), end to end: in-process through runCli for
// speed, and through the built dpia-cli executable for the exit codes scripts see.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/sqlite_handle.h"
#include "core/storage/assessment_file.h"
#include "core/storage/sample_assessment.h"
#include "tests/cli/cli_run.h"
#include "tests/core/storage/storage_support.h"

#include <algorithm>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

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

const baseline::Baseline& shipped() {
    static const auto kBaseline = *baseline::Baseline::load(baseline::embeddedImage());
    return *kBaseline;
}

std::string firstQuestionOf(baseline::QuestionType type) {
    for (const auto& question : shipped().questions()) {
        if (question.type == type) {
            return question.id;
        }
    }
    return {};
}

json showJson(const std::string& path) {
    const CliRun shown = run({"show", path, "--json"});
    EXPECT_EQ(shown.code, 0) << shown.err;
    return json::parse(shown.out);
}

TEST(CliDocument, NewMakesAnOwnerOnlyFileThatPassesCheckAndNeverOverwrites) {
    TempDir dir;
    const std::string path = dir.file("nieuw.dpia");
    const CliRun made = run({"new", path, "--title", "Teams voor Wmo"});
    ASSERT_EQ(made.code, 0) << made.err;
    EXPECT_EQ(storage::testing::mode(path), 0600u);
    EXPECT_EQ(dir.names(), std::set<std::string>{"nieuw.dpia"});
    EXPECT_EQ(showJson(path).at("title"), "Teams voor Wmo");
    EXPECT_EQ(showJson(path).at("baseline").at("hash"), shipped().info().hash);

    const CliRun checked = run({"check", path});
    EXPECT_EQ(checked.code, 0) << checked.err;
    EXPECT_NE(checked.out.find("0x44504941"), std::string::npos);
    EXPECT_NE(checked.out.find("Integrity (quick_check): ok"), std::string::npos);

    const std::string before = fileHash(path);
    expectBadInput(run({"new", path}), "already exists");
    EXPECT_EQ(fileHash(path), before);
}

TEST(CliDocument, NewWithTheSampleMakesACompleteAssessment) {
    if (storage::bundledSampleJson().empty()) {
        GTEST_SKIP() << "this build has no resources/samples/sample.json";
    }
    TempDir dir;
    const std::string path = dir.file("voorbeeld.dpia");
    const CliRun made = run({"new", path, "--sample"});
    ASSERT_EQ(made.code, 0) << made.err;
    EXPECT_EQ(storage::testing::mode(path), 0600u);
    EXPECT_EQ(dir.names(), std::set<std::string>{"voorbeeld.dpia"});
    const json shown = showJson(path);
    EXPECT_GT(shown.at("answers").size(), 10u);
    EXPECT_EQ(run({"check", path}).code, 0);
}

TEST(CliDocument, AnswersAndSafeguardsAreRecorded) {
    TempDir dir;
    const std::string path = dir.file("antwoord.dpia");
    ASSERT_EQ(run({"new", path}).code, 0);
    const std::string yesno = firstQuestionOf(baseline::QuestionType::yesno);
    const std::string text = firstQuestionOf(baseline::QuestionType::text);
    std::string safeguard; // one whose status the document stores (no question answers it)
    for (const baseline::Safeguard& candidate : shipped().safeguards()) {
        if (!candidate.fact && safeguard.empty()) {
            safeguard = candidate.id;
        }
    }
    ASSERT_EQ(run({"answer", path, yesno, "true"}).code, 0);
    ASSERT_EQ(run({"answer", path, text, "\"Overleg in \\\"Teams\\\"\""}).code, 0);
    ASSERT_EQ(run({"safeguard", path, safeguard, "implemented", "--evidence", "Schermafdruk"}).code,
              0);
    ASSERT_EQ(run({"safeguard", path, safeguard, "planned"}).code, 0);

    const json shown = showJson(path);
    EXPECT_EQ(shown.at("answers").at(yesno), true);
    EXPECT_EQ(shown.at("answers").at(text), "Overleg in \"Teams\"");
    EXPECT_EQ(shown.at("safeguards").at(safeguard).at("status"), "planned");
    EXPECT_EQ(shown.at("safeguards").at(safeguard).at("evidence"), "Schermafdruk");
    EXPECT_TRUE(shown.at("measures").is_array());
    EXPECT_TRUE(shown.at("signoffs").is_array());

    ASSERT_EQ(run({"answer", path, yesno, "null"}).code, 0);
    EXPECT_FALSE(showJson(path).at("answers").contains(yesno));
    const CliRun plain = run({"show", path});
    EXPECT_EQ(plain.code, 0);
    EXPECT_NE(plain.out.find("Safeguards (1):"), std::string::npos) << plain.out;
}

TEST(CliDocument, BadValuesAndIdsExitTwoWithOneLineAndChangeNothing) {
    TempDir dir;
    const std::string path = dir.file("fout.dpia");
    ASSERT_EQ(run({"new", path}).code, 0);
    const std::string yesno = firstQuestionOf(baseline::QuestionType::yesno);
    const std::string safeguard = shipped().safeguards().front().id;
    const std::string before = fileHash(path);
    expectBadInput(run({"answer", path, "no_such_question", "true"}), "Unknown question");
    expectBadInput(run({"answer", path, yesno, "\"yes\""}), "Invalid answer");
    expectBadInput(run({"answer", path, yesno, "yes"}), "not JSON");
    expectBadInput(run({"safeguard", path, "sg-no-such", "planned"}), "Unknown safeguard");
    expectBadInput(run({"safeguard", path, safeguard, "done"}), "Unknown status");
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(dir.names(), std::set<std::string>{"fout.dpia"});
    EXPECT_EQ(run({"answer", path, yesno}).code, 1);
    EXPECT_EQ(run({"safeguard", path, safeguard, "planned", "--evidence"}).code, 1);
}

TEST(CliDocument, ADiskFullOrAnIoErrorIsReportedAndTheFileKeepsItsLastSavedState) {
    TempDir dir;
    const std::string path = dir.file("vol.dpia");
    ASSERT_EQ(run({"new", path}).code, 0);
    const std::string yesno = firstQuestionOf(baseline::QuestionType::yesno);
    std::string safeguard; // one whose status the document stores (no question answers it)
    for (const baseline::Safeguard& candidate : shipped().safeguards()) {
        if (!candidate.fact && safeguard.empty()) {
            safeguard = candidate.id;
        }
    }
    ASSERT_EQ(run({"answer", path, yesno, "true"}).code, 0);
    const std::string before = fileHash(path);
    storage::testing::installFaultVfs();

    storage::testing::armFault(SQLITE_FULL);
    const CliRun full = run({"answer", path, yesno, "false"});
    storage::testing::armFault(SQLITE_IOERR_WRITE);
    const CliRun failing = run({"safeguard", path, safeguard, "implemented"});
    storage::testing::armFault(SQLITE_FULL);
    const CliRun notMade = run({"new", dir.file("nieuw.dpia")});
    storage::testing::armFault(0);

    expectBadInput(full, "is full: your last change was not saved");
    expectBadInput(failing, "refused");
    expectBadInput(notMade);
    EXPECT_EQ(fileHash(path), before); // never half an edit, never claimed as saved
    EXPECT_EQ(dir.names(), std::set<std::string>{"vol.dpia"}); // no lock, no half new file
    EXPECT_EQ(showJson(path).at("answers").at(yesno), true);
    EXPECT_EQ(run({"answer", path, yesno, "false"}).code, 0); // space again: it saves
    EXPECT_EQ(showJson(path).at("answers").at(yesno), false);
}

TEST(CliDocument, EveryBadFileExitsTwoAndIsLeftUntouched) {
    TempDir dir;
    const std::string good = dir.file("goed.dpia");
    ASSERT_EQ(run({"new", good}).code, 0);
    const std::string bytes = storage::testing::readAll(good);
    storage::testing::writeAll(dir.file("half.dpia"), bytes.substr(0, bytes.size() / 2));
    storage::testing::writeAll(dir.file("tekst.dpia"), "geen database\n");
    std::filesystem::copy_file(good, dir.file("nieuwer.dpia"));
    {
        sqlite3* raw = nullptr;
        sqlite3_open(dir.file("nieuwer.dpia").c_str(), &raw);
        SqliteHandle db(raw);
        sqlite3_exec(db.get(), "PRAGMA user_version = 7", nullptr, nullptr, nullptr);
    }
    const std::string yesno = firstQuestionOf(baseline::QuestionType::yesno);
    const std::vector<std::pair<std::string, std::string>> files = {
        {"weg.dpia", "does not exist"},
        {"tekst.dpia", "not a DPIA file"},
        {"half.dpia", "damaged or incomplete"},
        {"nieuwer.dpia", "newer version"}};
    const auto names = dir.names();
    for (const auto& [name, fragment] : files) {
        const std::string path = dir.file(name);
        const std::string before = fileHash(path);
        for (const std::vector<std::string>& command : {std::vector<std::string>{"check", path},
                                                        {"show", path},
                                                        {"show", path, "--json"},
                                                        {"answer", path, yesno, "true"},
                                                        {"export", path, dir.file("uit.json")}}) {
            SCOPED_TRACE(name + " " + command.front());
            expectBadInput(run(command), fragment);
        }
        EXPECT_EQ(fileHash(path), before);
    }
    EXPECT_EQ(dir.names(), names);
}

TEST(CliDocument, ALockedFileIsRefusedNamingItsHolder) {
    TempDir dir;
    const std::string path = dir.file("open.dpia");
    ASSERT_EQ(run({"new", path}).code, 0);
    auto holder = storage::AssessmentFile::open(path, storage::OpenMode::readWrite);
    ASSERT_TRUE(holder.ok());
    const std::string before = fileHash(path);
    expectBadInput(run({"answer", path, firstQuestionOf(baseline::QuestionType::yesno), "true"}),
                   "already open by");
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(run({"show", path}).code, 0); // reading is fine
}

TEST(CliDocument, ExportImportExportGivesTheSameJson) {
    TempDir dir;
    const std::string path = dir.file("bron.dpia");
    ASSERT_EQ(run({"new", path}).code, 0);
    ASSERT_EQ(run({"answer", path, firstQuestionOf(baseline::QuestionType::yesno), "false"}).code,
              0);
    ASSERT_EQ(run({"export", path, dir.file("een.json")}).code, 0);
    ASSERT_EQ(run({"import", dir.file("een.json"), dir.file("kopie.dpia")}).code, 0);
    ASSERT_EQ(run({"export", dir.file("kopie.dpia"), dir.file("twee.json")}).code, 0);
    EXPECT_EQ(storage::testing::readAll(dir.file("een.json")),
              storage::testing::readAll(dir.file("twee.json")));

    const std::string kept = fileHash(dir.file("kopie.dpia"));
    expectBadInput(run({"import", dir.file("een.json"), dir.file("kopie.dpia")}), "already exists");
    EXPECT_EQ(fileHash(dir.file("kopie.dpia")), kept);
    expectBadInput(run({"export", path, dir.file("een.json")}), "already exists");

    storage::testing::writeAll(dir.file("kapot.json"), "{\"format\": \"dpia-assessment\",");
    const auto names = dir.names();
    expectBadInput(run({"import", dir.file("kapot.json"), dir.file("nieuw.dpia")}),
                   "not valid JSON");
    EXPECT_EQ(dir.names(), names);
}

/// Runs the built dpia-cli executable; nullopt when it has not been built.
std::optional<CliRun> runBinary(const std::vector<std::string>& args, const TempDir& dir) {
    // DPIA_BINARY_DIR when set; otherwise the build tree this test runs from
    // (BUILD/tests/cli/THIS -> BUILD/app/dpia-cli).
    const char* binaryDir = std::getenv("DPIA_BINARY_DIR");
    std::error_code ignored;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ignored);
    const std::string binary = binaryDir != nullptr
                                   ? std::string(binaryDir) + "/app/dpia-cli"
                                   : (self.parent_path() / "../../app/dpia-cli").string();
    if (!std::filesystem::exists(binary)) {
        return std::nullopt;
    }
    const std::string out = dir.file(".out");
    const std::string err = dir.file(".err");
    const pid_t child = ::fork();
    if (child == 0) {
        ::dup2(::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 1);
        ::dup2(::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600), 2);
        std::vector<char*> argv{const_cast<char*>(binary.c_str()), const_cast<char*>("--lang"),
                                const_cast<char*>("en")};
        for (const auto& arg : args) {
            argv.push_back(const_cast<char*>(arg.c_str()));
        }
        argv.push_back(nullptr);
        ::execv(binary.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    CliRun result{WIFEXITED(status) ? WEXITSTATUS(status) : -1, storage::testing::readAll(out),
                  storage::testing::readAll(err)};
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    return result;
}

TEST(CliDocument, TheExecutableKeepsTheExitCodeContract) {
    TempDir dir;
    const std::string path = dir.file("proces.dpia");
    const auto made = runBinary({"new", path, "--title", "Proces"}, dir);
    if (!made) {
        GTEST_SKIP() << "dpia-cli has not been built";
    }
    EXPECT_EQ(made->code, 0) << made->err;
    EXPECT_EQ(storage::testing::mode(path), 0600u);
    EXPECT_EQ(runBinary({"check", path}, dir)->code, 0);
    const std::string bytes = storage::testing::readAll(path);
    storage::testing::writeAll(path, bytes.substr(0, bytes.size() / 2));
    const std::string before = fileHash(path);
    const auto bad = runBinary({"check", path}, dir);
    EXPECT_EQ(bad->code, 2);
    EXPECT_EQ(std::count(bad->err.begin(), bad->err.end(), '\n'), 1) << bad->err;
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(runBinary({"new"}, dir)->code, 1);
    EXPECT_EQ(dir.names(), std::set<std::string>{"proces.dpia"});
}

} // namespace
} // namespace dpia::cli
