// Files someone tampered with, and files of an older format, through every command that
// opens a document (issue 21, items 2, 3 and 4): each refusal is exit 2 with one line,
// and the file stays byte-identical.
#include "core/sha256.h"
#include "core/sqlite_handle.h"
#include "tests/cli/cli_run.h"
#include "tests/core/storage/hostile_files.h"
#include "tests/core/storage/storage_support.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace dpia::cli {
namespace {

using storage::testing::fileHash;
using storage::testing::TempDir;
using testing::CliRun;
using testing::expectBadInput;
/// Messages in English, so tests can look for their words.
constexpr auto run = testing::runInEnglish;

/// Every command that opens `path`, read-only or for an edit.
std::vector<std::vector<std::string>> everyOpeningCommand(const TempDir& dir,
                                                          const std::string& path) {
    return {{"check", path},
            {"show", path},
            {"show", path, "--json"},
            {"score", path},
            {"score", path, "--json"},
            {"answer", path, "q_none", "true"},
            {"safeguard", path, "sg-none", "planned"},
            {"export", path, dir.file("uit.json")},
            {"upgrade", path, dir.file("nieuw.dpia")},
            {"upgrade", path, "--dry-run"},
            {"report", path, "-o", dir.file("rapport.pdf")}};
}

void expectEveryCommandRefuses(const TempDir& dir, const std::string& path,
                               const std::string& fragment) {
    const std::string before = fileHash(path);
    const auto names = dir.names();
    for (const auto& command : everyOpeningCommand(dir, path)) {
        SCOPED_TRACE(command.front() + (command.size() > 2 ? " " + command[2] : ""));
        expectBadInput(run(command), fragment);
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(dir.names(), names);
}

TEST(CliHostile, ADocumentWithItsOwnSchemaObjectsIsRefusedByEveryCommand) {
    for (const auto& hostile : storage::testing::hostileSchemas()) {
        SCOPED_TRACE(hostile.name);
        TempDir dir;
        const std::string path = dir.file("doc.dpia");
        ASSERT_EQ(run({"new", path}).code, 0);
        storage::testing::runForeignSql(path, hostile.sql);
        expectEveryCommandRefuses(dir, path, "changed by another program");
    }
}

TEST(CliHostile, ASwappedEmbeddedBaselineIsRefusedByEveryCommand) {
    TempDir dir;
    const std::string path = dir.file("doc.dpia");
    ASSERT_EQ(run({"new", path}).code, 0);
    // Another genuine baseline image, with its SHA-256 updated; the recorded id, version
    // and content hash left as they were.
    const auto& other = storage::testing::minimalBaseline()->image();
    {
        SqliteHandle db;
        ASSERT_EQ(openDefensively(path, SQLITE_OPEN_READWRITE, db), SQLITE_OK);
        Statement update = prepare(db.get(), "UPDATE baseline SET image = ?1, image_sha256 = ?2");
        ASSERT_TRUE(update);
        const std::string sha = sha256Hex(std::string(other.begin(), other.end()));
        sqlite3_bind_blob(update.get(), 1, other.data(), static_cast<int>(other.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(update.get(), 2, sha.c_str(), -1, SQLITE_TRANSIENT);
        ASSERT_EQ(sqlite3_step(update.get()), SQLITE_DONE);
    }
    expectEveryCommandRefuses(dir, path, "someone has replaced it");
    const CliRun dutch = testing::runCaptured({"--lang", "nl", "show", path});
    EXPECT_EQ(dutch.code, 2);
    EXPECT_NE(dutch.err.find("iemand heeft haar vervangen"), std::string::npos) << dutch.err;
}

TEST(CliHostile, ARefusedEditOnAnOlderFileChangesNothingAndAnAcceptedOneSaysItConverted) {
    for (const std::string fixture : {"assessment-v1.dpia", "assessment-v2.dpia"}) {
        SCOPED_TRACE(fixture);
        TempDir dir;
        const std::string path = dir.file("oud.dpia");
        std::filesystem::copy_file(storage::testing::testDataDir() + "/" + fixture, path);
        const std::string before = fileHash(path);
        expectBadInput(run({"answer", path, "no_such_question", "true"}), "Unknown question");
        expectBadInput(run({"answer", path, "q_yes", "\"geen ja/nee\""}));
        EXPECT_EQ(run({"show", path}).code, 0);
        EXPECT_EQ(fileHash(path), before);
        EXPECT_EQ(dir.names(), std::set<std::string>{"oud.dpia"});

        const CliRun accepted = run({"answer", path, "q_yes", "true"});
        ASSERT_EQ(accepted.code, 0) << accepted.err;
        const std::string copy = path + (fixture == "assessment-v1.dpia" ? ".v1.bak" : ".v2.bak");
        EXPECT_NE(accepted.out.find("converted to file format 4; the original is kept as " + copy),
                  std::string::npos)
            << accepted.out;
        // The copy is the file as it was: its old format, readable.
        const CliRun shownCopy = run({"show", copy, "--json"});
        ASSERT_EQ(shownCopy.code, 0) << shownCopy.err;
        EXPECT_NE(shownCopy.out.find(fixture == "assessment-v1.dpia" ? "\"schema_version\": 1"
                                                                     : "\"schema_version\": 2"),
                  std::string::npos);
        // Only the first edit converts.
        const CliRun next = run({"answer", path, "q_yes", "false"});
        ASSERT_EQ(next.code, 0);
        EXPECT_EQ(next.out.find("converted"), std::string::npos);
    }
}

} // namespace
} // namespace dpia::cli
