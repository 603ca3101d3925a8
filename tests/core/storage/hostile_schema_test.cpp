// A document that brings its own schema objects is refused, whatever it brings, and the
// file is left byte-for-byte as it was (issue 21, item 3); and no connection would run
// them anyway.
#include "core/sqlite_handle.h"
#include "core/storage/assessment_file.h"
#include "core/storage/file_probe.h"
#include "core/storage/schema.h"
#include "tests/core/storage/hostile_files.h"
#include "tests/core/storage/storage_support.h"
#include "tests/edit_shorthands.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace dpia::storage {
namespace {

using testing::fileHash;
using testing::runForeignSql;
using testing::TempDir;

/// Opening `path` for editing and read-only both fail as a file changed by another
/// program, and neither the file nor its folder changes.
void expectForeignSchemaRefused(const TempDir& dir, const std::string& path) {
    const std::string before = fileHash(path);
    const auto names = dir.names();
    for (const OpenMode mode : {OpenMode::readWrite, OpenMode::readOnly}) {
        auto file = AssessmentFile::open(path, mode);
        ASSERT_FALSE(file.ok()) << "opened " << (mode == OpenMode::readOnly ? "read-only" : "");
        EXPECT_EQ(file.error().code, ErrorCode::corrupt) << file.error().detail;
        EXPECT_NE(file.error().message.en.find("changed by another program"), std::string::npos)
            << file.error().message.en;
        EXPECT_NE(file.error().message.nl.find("door een ander programma gewijzigd"),
                  std::string::npos);
    }
    EXPECT_FALSE(probe::checkWithSqlite(path).ok());
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(dir.names(), names);
}

std::string documentWithAnswers(const TempDir& dir, const std::string& name) {
    const std::string path = dir.file(name);
    auto file = testing::newDocument(path);
    EXPECT_TRUE(setAnswer(*file, "q_text", "Een antwoord").ok());
    EXPECT_TRUE(setAnswer(*file, "q_yes", true).ok());
    return path;
}

/// A copy of a committed fixture (tests/data) in `dir`.
std::string copyOf(const TempDir& dir, const std::string& fixture) {
    const std::string path = dir.file(fixture);
    std::filesystem::copy_file(testing::testDataDir() + "/" + fixture, path);
    return path;
}

const std::vector<std::string> kOlderFixtures = {"assessment-v1.dpia", "assessment-v2.dpia",
                                                 "assessment-v3.dpia"};

TEST(HostileSchema, EveryForeignObjectInAFileOfTheCurrentSchemaIsRefused) {
    for (const auto& hostile : testing::hostileSchemas()) {
        SCOPED_TRACE(hostile.name);
        TempDir dir;
        const std::string path = documentWithAnswers(dir, hostile.name + ".dpia");
        runForeignSql(path, hostile.sql);
        expectForeignSchemaRefused(dir, path);
    }
}

TEST(HostileSchema, OlderSchemasAreComparedWithTheirOwnVersion) {
    for (const std::string& fixture : kOlderFixtures) {
        SCOPED_TRACE(fixture);
        TempDir dir;
        const std::string path = copyOf(dir, fixture);
        // The genuine file opens (read-only: no migration).
        ASSERT_TRUE(AssessmentFile::open(path, OpenMode::readOnly).ok());
        runForeignSql(path, "CREATE TRIGGER wipe AFTER INSERT ON change_log "
                            "BEGIN DELETE FROM answer; END;");
        expectForeignSchemaRefused(dir, path);
        EXPECT_FALSE(std::filesystem::exists(path + ".v1.bak"));
        EXPECT_FALSE(std::filesystem::exists(path + ".v2.bak"));
        EXPECT_FALSE(std::filesystem::exists(path + ".v3.bak"));
    }
}

TEST(HostileSchema, AFileOfTheCurrentVersionWithAnOlderVersionsSchemaIsRefused) {
    TempDir dir;
    const std::string path = copyOf(dir, "assessment-v1.dpia");
    runForeignSql(path, "PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";");
    expectForeignSchemaRefused(dir, path);
}

TEST(HostileSchema, MigratedFilesKeepOpening) {
    for (const std::string& fixture : kOlderFixtures) {
        SCOPED_TRACE(fixture);
        TempDir dir;
        const std::string path = copyOf(dir, fixture);
        {
            auto migrated = AssessmentFile::open(path, OpenMode::readWrite);
            ASSERT_TRUE(migrated.ok()) << migrated.error().detail;
            ASSERT_TRUE(setAnswer(**migrated, "q_yes", true).ok());
        }
        auto reopened = AssessmentFile::open(path, OpenMode::readOnly);
        ASSERT_TRUE(reopened.ok()) << reopened.error().detail;
        EXPECT_EQ((*reopened)->schemaVersion(), kSchemaVersion);
    }
}

/// The second line of defence: even an object that got past the schema check would not
/// run on our connections.
TEST(DefensiveConnection, RunsNoTriggerNoViewAndLoadsNoExtension) {
    TempDir dir;
    const std::string path = dir.file("plain.sqlite");
    {
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
        SqliteHandle db(raw);
    }
    runForeignSql(path,
                  "CREATE TABLE t (x); CREATE TABLE victim (y); INSERT INTO victim VALUES (1);"
                  "CREATE TRIGGER wipe AFTER INSERT ON t BEGIN DELETE FROM victim; END;"
                  "CREATE VIEW v AS SELECT y FROM victim;");
    SqliteHandle db;
    ASSERT_EQ(openDefensively(path, SQLITE_OPEN_READWRITE, db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db.get(), "INSERT INTO t VALUES (1)", nullptr, nullptr, nullptr),
              SQLITE_OK);
    Statement count = prepare(db.get(), "SELECT count(*) FROM victim");
    ASSERT_TRUE(count);
    ASSERT_EQ(sqlite3_step(count.get()), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(count.get(), 0), 1) << "the trigger ran";
    EXPECT_FALSE(prepare(db.get(), "SELECT * FROM v")) << "the view was read";
    EXPECT_NE(
        sqlite3_exec(db.get(), "SELECT load_extension('libm.so.6')", nullptr, nullptr, nullptr),
        SQLITE_OK);
    // Defensive: the schema cannot be written behind SQLite's back.
    EXPECT_NE(sqlite3_exec(db.get(),
                           "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET "
                           "sql = 'CREATE TABLE t (z)' WHERE name = 't'",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
}

} // namespace
} // namespace dpia::storage
