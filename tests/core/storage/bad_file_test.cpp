// Every kind of bad file gets a clear error and is left byte-for-byte as it was; write
// failures (disk full, I/O errors) change neither the file nor the model in memory.
#include "core/sqlite_handle.h"
#include "core/storage/assessment_file.h"
#include "core/storage/file_lock.h"
#include "tests/core/storage/storage_support.h"
#include "tests/edit_shorthands.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace dpia::storage {
namespace {

using testing::fileHash;
using testing::newDocument;
using testing::TempDir;

/// Opening `path` in both modes fails with `code`, and neither the file nor its folder
/// changes. Returns the error of the read-write open.
Error expectRefused(const TempDir& dir, const std::string& path, ErrorCode code) {
    const std::string before = fileHash(path);
    const auto names = dir.names();
    Error first;
    for (const OpenMode mode : {OpenMode::readWrite, OpenMode::readOnly}) {
        auto file = AssessmentFile::open(path, mode);
        EXPECT_FALSE(file.ok());
        if (file.ok()) {
            continue;
        }
        EXPECT_EQ(file.error().code, code) << file.error().detail;
        EXPECT_FALSE(file.error().message.nl.empty());
        EXPECT_FALSE(file.error().message.en.empty());
        if (mode == OpenMode::readWrite) {
            first = file.error();
        }
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(dir.names(), names);
    return first;
}

void rawSql(const std::string& path, const std::string& statements) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    SqliteHandle db(raw);
    ASSERT_EQ(sqlite3_exec(db.get(), statements.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
}

std::string documentWithContent(const TempDir& dir, const std::string& name) {
    const std::string path = dir.file(name);
    auto file = newDocument(path);
    EXPECT_TRUE(setAnswer(*file, "q_text", "Een antwoord").ok());
    return path;
}

TEST(BadFile, AMissingFileIsReportedAndNotCreated) {
    TempDir dir;
    const Error error = expectRefused(dir, dir.file("weg.dpia"), ErrorCode::fileNotFound);
    EXPECT_NE(error.message.nl.find("bestaat niet"), std::string::npos);
    EXPECT_NE(error.message.en.find("does not exist"), std::string::npos);
    EXPECT_TRUE(dir.names().empty());
}

TEST(BadFile, AFileThatIsNotSqliteIsNotAnAssessment) {
    TempDir dir;
    testing::writeAll(dir.file("brief.dpia"), "Beste collega,\nhierbij de DPIA.\n");
    const Error error = expectRefused(dir, dir.file("brief.dpia"), ErrorCode::notAnAssessment);
    EXPECT_NE(error.message.nl.find("geen DPIA-bestand"), std::string::npos);
    testing::writeAll(dir.file("leeg.dpia"), "");
    expectRefused(dir, dir.file("leeg.dpia"), ErrorCode::notAnAssessment);
}

TEST(BadFile, AnotherProgramsSqliteDatabaseIsNotAnAssessment) {
    TempDir dir;
    rawSql(dir.file("firefox.sqlite"), "CREATE TABLE moz (x); INSERT INTO moz VALUES (1);");
    const Error plain = expectRefused(dir, dir.file("firefox.sqlite"), ErrorCode::notAnAssessment);
    EXPECT_NE(plain.message.en.find("another program"), std::string::npos);
    rawSql(dir.file("other.db"), "PRAGMA application_id = 305419896; CREATE TABLE t (x);");
    expectRefused(dir, dir.file("other.db"), ErrorCode::notAnAssessment);
}

TEST(BadFile, AFileFromANewerVersionIsRefusedWithAnUpdateHint) {
    TempDir dir;
    const std::string path = documentWithContent(dir, "nieuwer.dpia");
    rawSql(path, "PRAGMA user_version = 99;");
    const Error error = expectRefused(dir, path, ErrorCode::newerVersion);
    EXPECT_EQ(error.message.nl.find("Dit bestand (\"nieuwer.dpia\") is gemaakt met een nieuwere "
                                    "versie van DPIA Assistent. Werk het programma bij om het te "
                                    "openen; het bestand is niet gewijzigd."),
              0u);
}

TEST(BadFile, ATruncatedFileIsCorrupt) {
    TempDir dir;
    const std::string path = documentWithContent(dir, "half.dpia");
    const std::string bytes = testing::readAll(path);
    testing::writeAll(path, bytes.substr(0, bytes.size() / 2));
    const Error error = expectRefused(dir, path, ErrorCode::corrupt);
    EXPECT_NE(error.message.en.find("damaged or incomplete"), std::string::npos);

    // Cut at a page boundary too, so only the header's page count gives it away.
    testing::writeAll(path, bytes.substr(0, bytes.size() - 4096));
    expectRefused(dir, path, ErrorCode::corrupt);
    testing::writeAll(path, bytes.substr(0, 60));
    expectRefused(dir, path, ErrorCode::corrupt);
}

TEST(BadFile, ADamagedPageInTheMiddleIsCorrupt) {
    TempDir dir;
    const std::string path = documentWithContent(dir, "beschadigd.dpia");
    std::string bytes = testing::readAll(path);
    const std::size_t pages = bytes.size() / 4096;
    ASSERT_GT(pages, 4u);
    // Every page after the first, one at a time: each is either a b-tree page (quick_check
    // sees it) or an overflow page of the embedded baseline (its SHA-256 sees it).
    for (std::size_t page = 1; page < pages; ++page) {
        std::string damaged = bytes;
        for (std::size_t i = page * 4096; i < (page + 1) * 4096; ++i) {
            damaged[i] = static_cast<char>(0xa5);
        }
        testing::writeAll(path, damaged);
        SCOPED_TRACE("page " + std::to_string(page + 1));
        expectRefused(dir, path, ErrorCode::corrupt);
    }
    // A few bytes in the middle of a page.
    std::string flipped = bytes;
    for (std::size_t i = 0; i < 8; ++i) {
        flipped[bytes.size() / 2 + 1000 + i] ^= 0x5a;
    }
    testing::writeAll(path, flipped);
    expectRefused(dir, path, ErrorCode::corrupt);
}

std::string readOnlyCheck(const std::string& path) {
    const std::string before = fileHash(path);
    auto opened = AssessmentFile::open(path, OpenMode::readWrite);
    if (!opened) {
        return "open failed: " + opened.error().detail;
    }
    std::unique_ptr<AssessmentFile> file = std::move(opened).value();
    if (!file->isReadOnly() || file->readOnlyReason()->code != ErrorCode::readOnly) {
        return "not opened read-only";
    }
    if (file->readOnlyReason()->message.nl.find("alleen-lezen") == std::string::npos) {
        return "no clear message";
    }
    const Status refused = setAnswer(*file, "q_yes", true);
    if (refused.ok() || refused.error().code != ErrorCode::readOnly) {
        return "edit not refused as read-only";
    }
    if (std::filesystem::exists(FileLock::lockPathFor(path))) {
        return "a lock file was made";
    }
    file.reset();
    return fileHash(path) == before ? "" : "the file changed";
}

TEST(BadFile, AReadOnlyFileOpensReadOnlyAndIsNotChanged) {
    TempDir dir;
    const std::string path = documentWithContent(dir, "alleenlezen.dpia");
    ::chmod(dir.path().c_str(), 0777);
    ::chmod(path.c_str(), 0444);
    const auto failure = testing::runWithoutRoot([&] { return readOnlyCheck(path); });
    if (!failure) {
        GTEST_SKIP() << "running as root and cannot switch to user nobody";
    }
    EXPECT_EQ(*failure, "");
    EXPECT_EQ(dir.names(), std::set<std::string>{"alleenlezen.dpia"});
}

TEST(BadFile, AFileInAReadOnlyFolderOpensReadOnlyAndIsNotChanged) {
    TempDir dir;
    const std::string path = documentWithContent(dir, "map.dpia");
    ::chmod(path.c_str(), 0666);
    ::chmod(dir.path().c_str(), 0555);
    const auto failure = testing::runWithoutRoot([&] { return readOnlyCheck(path); });
    ::chmod(dir.path().c_str(), 0755);
    if (!failure) {
        GTEST_SKIP() << "running as root and cannot switch to user nobody";
    }
    EXPECT_EQ(*failure, "");
    EXPECT_EQ(dir.names(), std::set<std::string>{"map.dpia"});
}

TEST(BadFile, ADiskFullLosesTheEditCleanlyAndLaterEditsWork) {
    testing::installFaultVfs();
    TempDir dir;
    const std::string path = dir.file("vol.dpia");
    auto file = newDocument(path);
    ASSERT_TRUE(setAnswer(*file, "q_text", "eerste").ok());
    const std::string before = fileHash(path);
    const Assessment inMemory = file->assessment();

    testing::armFault(SQLITE_FULL);
    const Status full = setAnswer(*file, "q_text", "tweede");
    testing::armFault(0);
    ASSERT_FALSE(full.ok());
    EXPECT_EQ(full.error().code, ErrorCode::diskFull);
    EXPECT_NE(full.error().message.nl.find("schijf"), std::string::npos);
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(file->assessment(), inMemory);
    EXPECT_EQ(dir.names(), (std::set<std::string>{"vol.dpia", ".~lock.vol.dpia#"}));

    ASSERT_TRUE(setAnswer(*file, "q_text", "derde").ok());
    file.reset();
    auto reopened = AssessmentFile::open(path, OpenMode::readOnly);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->assessment().answers.at("q_text"), "derde");
}

TEST(BadFile, AnIoErrorAtAnyPointOfACommitLeavesTheLastCommittedState) {
    testing::installFaultVfs();
    TempDir dir;
    const std::string path = dir.file("io.dpia");
    auto file = newDocument(path);
    ASSERT_TRUE(setAnswer(*file, "q_number", 1).ok());
    // Fail the n-th write of the next commit, for every n until one commit gets through.
    for (int okWrites = 0; okWrites < 64; ++okWrites) {
        const std::string before = fileHash(path);
        const Assessment inMemory = file->assessment();
        testing::armFaultAfter(okWrites, SQLITE_IOERR_WRITE);
        const Status edit = setAnswer(*file, "q_number", 100 + okWrites);
        testing::armFault(0);
        if (edit.ok()) {
            break;
        }
        SCOPED_TRACE("failing write " + std::to_string(okWrites + 1));
        EXPECT_EQ(edit.error().code, ErrorCode::ioError) << edit.error().detail;
        EXPECT_EQ(file->assessment(), inMemory);
        // The next edit succeeds and the document is intact.
        ASSERT_TRUE(setAnswer(*file, "q_text", "na fout " + std::to_string(okWrites)).ok());
        EXPECT_NE(fileHash(path), before);
        auto reader = AssessmentFile::open(path, OpenMode::readOnly);
        ASSERT_TRUE(reader.ok()) << reader.error().detail;
        EXPECT_EQ((*reader)->assessment(), file->assessment());
    }
}

} // namespace
} // namespace dpia::storage
