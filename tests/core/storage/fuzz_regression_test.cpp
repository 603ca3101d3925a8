// Bugs the fuzzers found (docs/QUALITY.md), as unit tests of the promise that broke. The
// inputs themselves stay in tests/fuzz/corpus/ and are replayed by fuzz.*.replay.
#include "core/sqlite_handle.h"
#include "core/storage/assessment_file.h"
#include "tests/core/storage/storage_support.h"

#include <gtest/gtest.h>

namespace dpia::storage {
namespace {

/// Writes `value` (raw bytes, as another program could) into document.title.
void setRawTitle(const std::string& path, const std::string& value) {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    SqliteHandle db(raw);
    Statement update = prepare(db.get(), "UPDATE document SET title = ?1");
    ASSERT_TRUE(update);
    sqlite3_bind_text(update.get(), 1, value.data(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
    ASSERT_EQ(sqlite3_step(update.get()), SQLITE_DONE);
}

TEST(FuzzRegression, ATextThatIsNotUtf8MakesTheFileCorruptInsteadOfBreakingTheExport) {
    // fuzz_dpia_open: such a file opened, and exporting it to JSON threw and ended the
    // program. The file could not have been written by this program.
    testing::TempDir dir;
    const std::string path = dir.file("utf8.dpia");
    testing::newLightDocument(path);
    setRawTitle(path, "Jeugdzorg \xc3\x28");
    const std::string before = testing::fileHash(path);
    for (const OpenMode mode : {OpenMode::readOnly, OpenMode::readWrite}) {
        auto opened = AssessmentFile::open(path, mode);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, ErrorCode::corrupt);
        EXPECT_EQ(opened.error().detail.find("\xc3"), std::string::npos); // no content in logs
    }
    EXPECT_EQ(testing::fileHash(path), before);

    setRawTitle(path, "Jeugdzorg \xc3\xa9"); // valid UTF-8 opens as before
    EXPECT_TRUE(AssessmentFile::open(path, OpenMode::readOnly).ok());
}

TEST(FuzzRegression, AnUnsupportedSchemaFormatIsCorruptNotAnInternalError) {
    // fuzz_dpia_open: a schema format number SQLite does not know (header offset 44; here
    // restored from a hot journal) failed with a generic SQLITE_ERROR, reported as an
    // internal error (dpia-cli exit 3) instead of a damaged file (exit 2).
    testing::TempDir dir;
    const std::string path = dir.file("formaat.dpia");
    testing::newLightDocument(path);
    std::string bytes = testing::readAll(path);
    bytes[47] = static_cast<char>(0xfb);
    testing::writeAll(path, bytes);
    for (const OpenMode mode : {OpenMode::readOnly, OpenMode::readWrite}) {
        auto opened = AssessmentFile::open(path, mode);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, ErrorCode::corrupt) << opened.error().detail;
    }
    EXPECT_EQ(testing::readAll(path), bytes);
}

TEST(FuzzRegression, AJournalThatLeavesSqliteOutOfMemoryIsCorruptNotAnInternalError) {
    // fuzz_dpia_open: after rolling back this hot journal every statement on the file fails
    // with SQLITE_NOMEM (the sqlite3 shell says the same), reported as an internal error
    // (dpia-cli exit 3) instead of a damaged file.
    const std::string input = testing::readAll(
        testing::testDataDir() +
        "/../fuzz/corpus/dpia_open/crash-1c965644b02d3d1fba3154afca6bd379ac3792a8");
    const std::string marker = "#JOURNAL#";
    const std::size_t split = input.find(marker);
    ASSERT_NE(split, std::string::npos);
    for (const OpenMode mode : {OpenMode::readOnly, OpenMode::readWrite}) {
        testing::TempDir dir;
        const std::string path = dir.file("geheugen.dpia");
        testing::writeAll(path, input.substr(0, split));
        testing::writeAll(path + "-journal", input.substr(split + marker.size()));
        auto opened = AssessmentFile::open(path, mode);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, ErrorCode::corrupt) << opened.error().detail;
    }
}

TEST(FuzzRegression, ASchemaTwoLogThatDoesNotFitSchemaThreeIsCorruptAndLeftAsItWas) {
    // Found by fuzzing: a schema-2 file whose change_log declares "seq INTEGER FRIMARY KEY",
    // so its rows have no seq; converting them into schema 3 broke a constraint, which was
    // reported as an internal error (dpia-cli exit 3).
    const std::string input = testing::readAll(
        testing::testDataDir() +
        "/../fuzz/corpus/dpia_open/crash-948eebf9df547a1be9b5702b52fb0d8537e1b8df");
    testing::TempDir dir;
    const std::string path = dir.file("oud.dpia");
    testing::writeAll(path, input);
    auto opened = AssessmentFile::open(path, OpenMode::readWrite);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::corrupt) << opened.error().detail;
    EXPECT_EQ(testing::readAll(path), input) << "the failed migration rolled back";
}

} // namespace
} // namespace dpia::storage
