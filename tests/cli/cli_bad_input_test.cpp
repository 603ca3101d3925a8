// Bad input and unlucky situations through dpia-cli (issue 21, items 5, 7, 12, 13; the
// table in docs/QUALITY.md): each is exit 2 with one line that says what really happened,
// and nothing is changed.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/storage/assessment_file.h"
#include "core/storage/file_lock.h"
#include "core/storage/file_ops.h"
#include "tests/cli/cli_run.h"
#include "tests/core/storage/storage_support.h"
#include "tests/edit_shorthands.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace dpia::cli {
namespace {

using storage::testing::fileHash;
using storage::testing::TempDir;
using testing::CliRun;
using testing::expectBadInput;
/// Messages in English, so tests can look for their words.
constexpr auto run = testing::runInEnglish;

std::string newDocument(const TempDir& dir, const std::string& name = "doc.dpia") {
    const std::string path = dir.file(name);
    EXPECT_EQ(run({"new", path}).code, 0);
    return path;
}

// Item 5: a FIFO (or a folder) given as input is refused at once, never read.
TEST(CliBadInput, AnInputThatIsAPipeOrAFolderIsRefusedWithoutWaiting) {
    TempDir dir;
    const std::string document = newDocument(dir);
    const std::string fifo = dir.file("in.fifo");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const std::string folder = dir.file("map.dpia");
    std::filesystem::create_directory(folder);
    const auto names = dir.names();
    for (const std::string& input : {fifo, folder}) {
        SCOPED_TRACE(input);
        expectBadInput(run({"import", input, dir.file("nieuw.dpia")}), "is not a regular file");
        expectBadInput(run({"edit", document, input}), "is not a regular file");
        expectBadInput(run({"show", input}), "is not a regular file");
        expectBadInput(run({"check", input}), "is not a regular file");
        expectBadInput(run({"answer", input, "q", "true"}), "is not a regular file");
    }
    EXPECT_EQ(dir.names(), names);
}

// Item 13: a file that may not be read is not "read-only".
TEST(CliBadInput, AnUnreadableFileSaysItCannotBeRead) {
    TempDir dir;
    const std::string document = newDocument(dir);
    const std::string json = dir.file("in.json");
    ASSERT_EQ(run({"export", document, json}).code, 0);
    ::chmod(dir.path().c_str(), 0777);
    ::chmod(document.c_str(), 0600);
    ::chmod(json.c_str(), 0600);
    const auto said = storage::testing::runWithoutRoot([&] {
        const CliRun shown = run({"show", document});
        const CliRun imported = run({"import", json, dir.file("nieuw.dpia")});
        return std::to_string(shown.code) + shown.err + std::to_string(imported.code) +
               imported.err;
    });
    if (!said) {
        GTEST_SKIP() << "running as root and cannot switch to user nobody";
    }
    EXPECT_EQ(said->find("2\"doc.dpia\" cannot be read: you have no permission"), 0u) << *said;
    EXPECT_NE(said->find("2\"in.json\" cannot be read"), std::string::npos) << *said;
    EXPECT_EQ(said->find("read-only"), std::string::npos) << *said;
    EXPECT_FALSE(std::filesystem::exists(dir.file("nieuw.dpia")));
}

// Item 13: a folder that is not there is not "the file does not exist".
TEST(CliBadInput, AMissingTargetFolderIsNamedAsTheFolder) {
    TempDir dir;
    const std::string document = newDocument(dir);
    const std::string nowhere = dir.file("geen-map");
    expectBadInput(run({"new", nowhere + "/nieuw.dpia"}),
                   "geen-map\" for \"nieuw.dpia\" does not exist");
    expectBadInput(run({"export", document, nowhere + "/uit.json"}), "does not exist");
    expectBadInput(run({"import", dir.file("weg.json"), dir.file("x.dpia")}),
                   "The file \"weg.json\" does not exist");
    const CliRun dutch = testing::runCaptured({"--lang", "nl", "new", nowhere + "/nieuw.dpia"});
    EXPECT_NE(dutch.err.find("De map"), std::string::npos) << dutch.err;
    EXPECT_FALSE(std::filesystem::exists(nowhere));
}

// Item 12: where the sample is written is the user's situation, not a bug (exit 2, not 3).
TEST(CliBadInput, NewWithTheSampleNextToAnUnusableOrForeignLockIsExitTwo) {
    TempDir dir;
    const std::string path = dir.file("voorbeeld.dpia");
    const std::string lock = storage::FileLock::lockPathFor(path);
    std::filesystem::create_directory(lock);
    expectBadInput(run({"new", path, "--sample"}), "is not an ordinary file");
    std::filesystem::remove(lock);
    storage::testing::writeAll(lock, "DPIA Assistent lock\nuser=collega\nhost=werkplek-17\n"
                                     "pid=4242\nsince=2026-01-05T09:00:00Z\n");
    expectBadInput(run({"new", path, "--sample"}), "already open by collega on werkplek-17");
    EXPECT_FALSE(std::filesystem::exists(path));
}

// Items 12 and 13: a full disk while making a file is exit 2 and speaks of no "last change".
TEST(CliBadInput, AFullDiskOnNewSaysNothingWasWritten) {
    TempDir dir;
    storage::testing::installFaultVfs();
    storage::testing::armFault(SQLITE_FULL);
    const CliRun plain = run({"new", dir.file("a.dpia")});
    const CliRun sample = run({"new", dir.file("b.dpia"), "--sample"});
    storage::testing::armFault(0);
    for (const CliRun& made : {plain, sample}) {
        expectBadInput(made, "is full: nothing has been written");
        EXPECT_EQ(made.err.find("last change"), std::string::npos) << made.err;
    }
    EXPECT_TRUE(dir.names().empty());
}

// Item 13: the id the user left empty, a number too large, a duplicate key shown safely.
TEST(CliBadInput, EmptyIdsLargeNumbersAndDuplicateKeysAreNamedPlainly) {
    TempDir dir;
    const std::string document = newDocument(dir);
    const std::string before = fileHash(document);
    expectBadInput(run({"answer", document, "", "true"}), "The question id is empty");

    const std::string edit = dir.file("edit.json");
    storage::testing::writeAll(edit, R"({"edit": "set-metadata", "version": 99999999999})");
    expectBadInput(run({"edit", document, edit}), "too large");

    // A long key with control characters: quoted, escaped, cut; the line stays one line.
    const std::string key = "\\u001b[2J" + std::string(300, 'k');
    storage::testing::writeAll(edit, "{\"edit\": \"set-metadata\", \"" + key + "\": 1, \"" + key +
                                         "\": 2}");
    const CliRun duplicate = run({"edit", document, edit});
    expectBadInput(duplicate, "the key \"\\u001b[2Jkkk");
    EXPECT_EQ(duplicate.err.find('\x1b'), std::string::npos);
    EXPECT_LT(duplicate.err.size(), 300u) << duplicate.err;
    EXPECT_EQ(fileHash(document), before);
}

// Item 10: a text from the document cannot clear the terminal or fake a line of `show`.
TEST(CliBadInput, ShowEscapesControlCharactersOfTheDocumentsTexts) {
    TempDir dir;
    const std::string document = newDocument(dir);
    const auto shipped = *baseline::Baseline::load(baseline::embeddedImage());
    const std::string safeguard = shipped->safeguards().front().id;
    const std::string evidence = "Auditlog\x1b[2J\nStatus: final\xc2\x9b"
                                 "1m";
    ASSERT_EQ(run({"safeguard", document, safeguard, "implemented", "--evidence", evidence}).code,
              0);
    const CliRun shown = run({"show", document});
    ASSERT_EQ(shown.code, 0) << shown.err;
    EXPECT_EQ(shown.out.find('\x1b'), std::string::npos);
    EXPECT_EQ(shown.out.find("\xc2\x9b"), std::string::npos);
    EXPECT_NE(shown.out.find("Auditlog\\x1b[2J\\nStatus: final\\u009b1m"), std::string::npos)
        << shown.out;
    EXPECT_EQ(shown.out.find("\nStatus: final"), std::string::npos) << "a faked line";
    // JSON keeps its own escaping: the text reads back exactly.
    const CliRun json = run({"show", document, "--json"});
    EXPECT_NE(json.out.find("\\u001b[2J\\nStatus: final"), std::string::npos) << json.out;
}

// Item 7: reading while another process writes succeeds every time and never speaks of
// unsaved changes (read-only commands have nothing to save).
TEST(CliBadInput, ReadOnlyCommandsSucceedWhileAnotherProcessCommits) {
    TempDir dir;
    const std::string document = newDocument(dir);
    int stop[2];
    ASSERT_EQ(::pipe(stop), 0);
    const pid_t writer = ::fork();
    if (writer == 0) {
        ::close(stop[1]);
        auto opened = storage::AssessmentFile::open(document, storage::OpenMode::readWrite);
        // Edits until the parent closes the pipe.
        for (int i = 0; opened.ok(); ++i) {
            (void)storage::setMetadata(**opened, [&] {
                storage::Metadata m = (*opened)->assessment().metadata;
                m.title = "Ronde " + std::to_string(i);
                return m;
            }());
            // A pause between edits, as a user typing leaves (the commit itself is what the
            // readers meet); the parent closing the pipe ends the loop.
            struct timeval pause {
                0, 20000
            };
            fd_set set;
            FD_ZERO(&set);
            FD_SET(stop[0], &set);
            if (::select(stop[0] + 1, &set, nullptr, nullptr, &pause) > 0) {
                break;
            }
        }
        std::_Exit(0);
    }
    ::close(stop[0]);
    int failures = 0;
    for (int round = 0; round < 100; ++round) {
        for (const std::vector<std::string>& command :
             {std::vector<std::string>{"show", document, "--json"},
              {"score", document},
              {"check", document},
              {"export", document, dir.file("uit-" + std::to_string(round) + ".json")}}) {
            const CliRun result = run(command);
            if (result.code != 0) {
                ++failures;
                ADD_FAILURE() << command.front() << " round " << round << ": " << result.err;
            }
            EXPECT_EQ(result.err.find("not saved"), std::string::npos) << result.err;
        }
    }
    ::close(stop[1]);
    int status = 0;
    ::waitpid(writer, &status, 0);
    EXPECT_EQ(failures, 0);
}

} // namespace
} // namespace dpia::cli
