// Migration from the committed schema-1, -2 and -3 fixtures (tests/data/assessment-v1.dpia,
// -v2.dpia and -v3.dpia, made by the .sql scripts beside them): by the first accepted edit, never
// by opening or a refused edit; stepwise, one transaction per step, a copy kept aside; the schema-2
// change log's sentences become structured rows.
#include "core/sqlite_handle.h"
#include "core/storage/assessment_file.h"
#include "core/storage/change_log.h"
#include "core/storage/schema.h"
#include "tests/core/storage/storage_support.h"
#include "tests/edit_shorthands.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace dpia::storage {
namespace {

using testing::fileHash;
using testing::TempDir;

std::string copyFixture(const TempDir& dir, const std::string& name = "oud.dpia",
                        const std::string& fixture = "assessment-v1.dpia") {
    const std::string path = dir.file(name);
    std::filesystem::copy_file(testing::testDataDir() + "/" + fixture, path);
    ::chmod(path.c_str(), 0600);
    return path;
}

void expectFixtureContent(const Assessment& a) {
    EXPECT_EQ(a.metadata.title, "Jeugdzorg in Teams");
    EXPECT_EQ(a.metadata.version, 2);
    EXPECT_EQ(a.status, DocumentStatus::inReview);
    EXPECT_EQ(a.created, "2025-03-01T09:00:00Z");
    EXPECT_EQ(a.answers.size(), 5u);
    EXPECT_EQ(a.answers.at("q_text"), "Cliëntgegevens in \"kanalen\"");
    EXPECT_EQ(a.answers.at("q_table"),
              nlohmann::json::parse(R"([{"item":"BSN","type":"gewoon"}])"));
    EXPECT_EQ(a.safeguards.at("sg-audit").status, SafeguardStatus::implemented);
    EXPECT_EQ(a.riskOverrides.at("r-leak").justification,
              "Na het incident van januari hoger ingeschat");
    ASSERT_EQ(a.measures.size(), 1u);
    EXPECT_EQ(a.measures[0].risks, (std::vector<std::string>{"r-leak", "cr-1"}));
    ASSERT_EQ(a.signoffs.size(), 1u);
    EXPECT_EQ(a.signoffs[0].outcome, "positief met voorwaarden");
    EXPECT_EQ(a.baseline.id, "test-minimal");
    EXPECT_EQ(a.baseline.image.size(), 163840u);
}

TEST(Migration, AVersionOneFileIsUpgradedStepwiseWithACopyKeptAside) {
    TempDir dir;
    const std::string path = copyFixture(dir);
    const std::string before = fileHash(path);
    {
        auto opened = AssessmentFile::open(path, OpenMode::readWrite);
        ASSERT_TRUE(opened.ok()) << opened.error().detail;
        auto& file = *opened;
        // Opening changes nothing.
        EXPECT_EQ(file->schemaVersion(), 1);
        EXPECT_EQ(file->migrationBackup(), "");
        EXPECT_EQ(fileHash(path), before);
        expectFixtureContent(file->assessment());
        EXPECT_TRUE(file->assessment().notes.empty());
        EXPECT_EQ(file->assessment().metadata.classification, "");

        // What version 2 adds works at once: the first edit migrates, then is written.
        Metadata metadata = file->assessment().metadata;
        metadata.classification = "Departementaal vertrouwelijk";
        ASSERT_TRUE(setMetadata(*file, metadata).ok());
        EXPECT_EQ(file->schemaVersion(), kSchemaVersion);
        EXPECT_EQ(file->migrationBackup(), path + ".v1.bak");
        // Every step, each one row: 1 -> 2 written as a sentence, converted by 2 -> 3; then
        // the edit's own row.
        const auto& log = file->assessment().changeLog;
        ASSERT_EQ(log.size(), 6u);
        EXPECT_EQ(changeText(log[2]), "schema 1 -> 2");
        EXPECT_EQ(changeText(log[3]), "schema 2 -> 3");
        EXPECT_EQ(changeText(log[4]), "schema 3 -> 4");
        EXPECT_EQ(log[5].kind, ChangeKind::metadata);
        ASSERT_TRUE(setNote(*file, "q_text", "Nagaan bij de jeugdarts").ok());
    }
    EXPECT_EQ(dir.names(), (std::set<std::string>{"oud.dpia", "oud.dpia.v1.bak"}));
    EXPECT_EQ(testing::mode(path + ".v1.bak"), 0600u);

    // The copy is the old file: version 1, same content, still readable.
    auto backup = AssessmentFile::open(path + ".v1.bak", OpenMode::readOnly);
    ASSERT_TRUE(backup.ok()) << backup.error().detail;
    EXPECT_EQ((*backup)->schemaVersion(), 1);
    expectFixtureContent((*backup)->assessment());
    EXPECT_EQ((*backup)->assessment().changeLog.size(), 2u);

    auto migrated = AssessmentFile::open(path, OpenMode::readOnly);
    ASSERT_TRUE(migrated.ok());
    EXPECT_EQ((*migrated)->schemaVersion(), kSchemaVersion);
    EXPECT_EQ((*migrated)->assessment().notes.at("q_text"), "Nagaan bij de jeugdarts");
    EXPECT_EQ((*migrated)->assessment().metadata.classification, "Departementaal vertrouwelijk");
    EXPECT_NE(fileHash(path), before);
}

TEST(Migration, AReadOnlyOpenReadsAVersionOneFileWithoutChangingIt) {
    TempDir dir;
    const std::string path = copyFixture(dir);
    const std::string before = fileHash(path);
    auto file = AssessmentFile::open(path, OpenMode::readOnly);
    ASSERT_TRUE(file.ok()) << file.error().detail;
    EXPECT_EQ((*file)->schemaVersion(), 1);
    expectFixtureContent((*file)->assessment());
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(dir.names(), std::set<std::string>{"oud.dpia"});
}

TEST(Migration, ARefusedEditOnAnOlderFileLeavesItByteIdentical) {
    for (const std::string fixture :
         {"assessment-v1.dpia", "assessment-v2.dpia", "assessment-v3.dpia"}) {
        SCOPED_TRACE(fixture);
        TempDir dir;
        const std::string path = copyFixture(dir, "oud.dpia", fixture);
        const std::string before = fileHash(path);
        {
            auto file = AssessmentFile::open(path, OpenMode::readWrite);
            ASSERT_TRUE(file.ok()) << file.error().detail;
            // Refused by the file's own checks, and by a check from above (as the service's
            // baseline check refuses an unknown question).
            EXPECT_EQ(removeMeasure(**file, "m-99").error().code, ErrorCode::unknownId);
            const auto refuse = [](const Assessment&, const Edit&) -> Status {
                return Error{ErrorCode::unknownId, {"onbekend", "unknown"}, "test"};
            };
            EXPECT_FALSE(
                (*file)->apply(EditList{SetAnswer{"no_such_question", true}}, refuse).ok());
            // "assessment-vN.dpia" is a file of schema N.
            EXPECT_EQ((*file)->schemaVersion(), fixture[12] - '0');
        }
        EXPECT_EQ(fileHash(path), before);
        EXPECT_EQ(dir.names(), std::set<std::string>{"oud.dpia"});
    }
}

TEST(Migration, AnEarlierCopyAsideIsNeverReplaced) {
    TempDir dir;
    const std::string path = copyFixture(dir);
    testing::writeAll(path + ".v1.bak", "an earlier copy");
    auto file = AssessmentFile::open(path, OpenMode::readWrite);
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE(setAnswer(**file, "q_yes", true).ok());
    EXPECT_EQ((*file)->migrationBackup(), path + ".v1.2.bak");
    EXPECT_EQ(testing::readAll(path + ".v1.bak"), "an earlier copy");
}

TEST(Migration, AFailedMigrationLeavesTheFileAsItWas) {
    testing::installFaultVfs();
    TempDir dir;
    const std::string path = copyFixture(dir);
    const std::string before = fileHash(path);
    {
        auto file = AssessmentFile::open(path, OpenMode::readWrite);
        ASSERT_TRUE(file.ok());
        testing::armFault(SQLITE_IOERR_WRITE);
        const Status edit = setAnswer(**file, "q_yes", true);
        testing::armFault(0);
        ASSERT_FALSE(edit.ok());
        EXPECT_EQ(edit.error().code, ErrorCode::ioError);
        EXPECT_EQ((*file)->schemaVersion(), 1);
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(dir.names(), std::set<std::string>{"oud.dpia"});
}

TEST(Migration, AFailureInTheMigrationStepKeepsTheCopyAndTheOldVersion) {
    testing::installFaultVfs();
    for (int okWrites = 1; okWrites < 200; ++okWrites) {
        TempDir dir;
        const std::string path = copyFixture(dir);
        bool migrated = false;
        {
            auto file = AssessmentFile::open(path, OpenMode::readWrite);
            ASSERT_TRUE(file.ok());
            testing::armFaultAfter(okWrites, SQLITE_IOERR_WRITE);
            migrated = setAnswer(**file, "q_yes", true).ok();
            testing::armFault(0);
        }
        if (migrated) {
            break; // the whole migration and the edit got through
        }
        SCOPED_TRACE("failing write " + std::to_string(okWrites + 1));
        // Whatever failed, the file opens again and migrates with the next edit, with
        // nothing lost.
        auto again = AssessmentFile::open(path, OpenMode::readWrite);
        ASSERT_TRUE(again.ok()) << again.error().detail;
        expectFixtureContent((*again)->assessment());
        ASSERT_TRUE(setAnswer(**again, "q_yes", true).ok());
        EXPECT_EQ((*again)->schemaVersion(), kSchemaVersion);
    }
}

/// One column of every row of a query on the file (its first column, as text).
std::vector<std::string> column(const std::string& path, const std::string& query) {
    sqlite3* raw = nullptr;
    EXPECT_EQ(sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    SqliteHandle db(raw);
    std::vector<std::string> out;
    sqlite3_stmt* statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db.get(), query.c_str(), -1, &statement, nullptr), SQLITE_OK);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const unsigned char* text = sqlite3_column_text(statement, 0);
        out.emplace_back(text == nullptr ? "" : reinterpret_cast<const char*>(text));
    }
    sqlite3_finalize(statement);
    return out;
}

std::string fields(const ChangeLogEntry& e) {
    return std::string(changeKindName(e.kind)) + "|" + e.target + "|" +
           std::string(changeActionName(e.action)) + "|" + e.value + "|" + std::to_string(e.edits);
}

/// The rows tests/data/assessment-v2.sql writes, in order, as the migration must read them.
const std::vector<std::string> kVersionTwoRows = {
    "created||||1",
    "metadata||set||1",
    "answer|q_text|set||1",
    "answer|q_yes|cleared||1",
    "note|q_text|set||1",
    "note|q_yes|cleared||1",
    "safeguard|sg-audit|set|implemented|1",
    "safeguard|sg-policy|set|planned|1",
    "safeguard|sg-policy|cleared||1",
    "override|r-leak|set||1",
    "override|r-leak|cleared||1",
    "custom-risk|cr-1|added||1",
    "custom-risk|cr-1|updated||1",
    "custom-risk|cr-2|removed||1",
    "measure|m-1|added||1",
    "measure|m-1|updated||1",
    "measure|m-2|removed||1",
    "signoff|so-1|added||1",
    "signoff|so-1|updated||1",
    "signoff|so-2|removed||1",
    "status||set|in-review|1",
    "status||set|final|1",
    "status||set|draft|1",
    "created|||sample|1",
    "revision|||2|1",
    "baseline|0.1.0||0.2.0|1",
    "schema|1||2|1",
    "other|||imported from the old tool|1",
    "other|||status unknown|1",
    "other|||answer  q_text|1",
};

void expectVersionTwoRows(const Assessment& a) {
    ASSERT_GE(a.changeLog.size(), kVersionTwoRows.size());
    for (std::size_t i = 0; i < kVersionTwoRows.size(); ++i) {
        SCOPED_TRACE("row " + std::to_string(i));
        EXPECT_EQ(fields(a.changeLog[i]), kVersionTwoRows[i]);
        EXPECT_EQ(a.changeLog[i].user, "privacy");
        EXPECT_EQ(a.changeLog[i].when.substr(0, 8), "2025-05-");
    }
}

TEST(Migration, AVersionTwoChangeLogBecomesStructuredRowsWithACopyKeptAside) {
    TempDir dir;
    const std::string path = copyFixture(dir, "oud.dpia", "assessment-v2.dpia");
    const std::string before = fileHash(path);
    {
        auto opened = AssessmentFile::open(path, OpenMode::readWrite);
        ASSERT_TRUE(opened.ok()) << opened.error().detail;
        auto& file = *opened;
        EXPECT_EQ(file->schemaVersion(), 2);
        EXPECT_EQ(fileHash(path), before);
        // The first edit migrates, then writes a structured row after the converted ones.
        ASSERT_TRUE(setSafeguard(*file, "sg-policy", SafeguardStatus::planned, "").ok());
        EXPECT_EQ(file->schemaVersion(), 4);
        EXPECT_EQ(file->migrationBackup(), path + ".v2.bak");
        const Assessment& a = file->assessment();
        EXPECT_EQ(a.metadata.classification, "Intern");
        EXPECT_EQ(a.notes.at("q_text"), "Navragen bij de jeugdarts");
        expectVersionTwoRows(a);
        ASSERT_EQ(a.changeLog.size(), kVersionTwoRows.size() + 3);
        EXPECT_EQ(fields(a.changeLog[kVersionTwoRows.size()]), "schema|2||3|1");
        EXPECT_EQ(fields(a.changeLog[kVersionTwoRows.size() + 1]), "schema|3||4|1");
        EXPECT_EQ(a.changeLog.front().when, "2025-05-01T09:00:00Z");
        EXPECT_EQ(fields(a.changeLog.back()), "safeguard|sg-policy|set|planned|1");
    }
    EXPECT_EQ(dir.names(), (std::set<std::string>{"oud.dpia", "oud.dpia.v2.bak"}));
    EXPECT_NE(fileHash(path), before);
    // The copy is the old file: version 2, its sentences still read the same.
    {
        auto backup = AssessmentFile::open(path + ".v2.bak", OpenMode::readOnly);
        ASSERT_TRUE(backup.ok()) << backup.error().detail;
        EXPECT_EQ((*backup)->schemaVersion(), 2);
        EXPECT_EQ(column(path + ".v2.bak", "SELECT what FROM change_log ORDER BY seq").size(),
                  kVersionTwoRows.size());
    }

    // The numbering is kept (seq jumps from 10 to 16 in the fixture), the old table is gone.
    const auto seqs = column(path, "SELECT seq FROM change_log ORDER BY seq");
    ASSERT_EQ(seqs.size(), kVersionTwoRows.size() + 3);
    EXPECT_EQ(seqs[9], "10");
    EXPECT_EQ(seqs[10], "16");
    EXPECT_TRUE(
        column(path, "SELECT name FROM sqlite_schema WHERE name = 'change_log_v2'").empty());
    EXPECT_EQ(column(path, "PRAGMA user_version"), std::vector<std::string>{"4"});

    auto reopened = AssessmentFile::open(path, OpenMode::readOnly);
    ASSERT_TRUE(reopened.ok()) << reopened.error().detail;
    expectVersionTwoRows((*reopened)->assessment());
}

TEST(Migration, AVersionThreeFileGainsAnEmptyImportedTableWithACopyKeptAside) {
    TempDir dir;
    const std::string path = copyFixture(dir, "oud.dpia", "assessment-v3.dpia");
    const std::string before = fileHash(path);
    {
        auto opened = AssessmentFile::open(path, OpenMode::readWrite);
        ASSERT_TRUE(opened.ok()) << opened.error().detail;
        auto& file = *opened;
        EXPECT_EQ(file->schemaVersion(), 3);
        EXPECT_EQ(fileHash(path), before);
        ASSERT_TRUE(setSafeguard(*file, "sg-policy", SafeguardStatus::planned, "").ok());
        EXPECT_EQ(file->schemaVersion(), 4);
        EXPECT_EQ(file->migrationBackup(), path + ".v3.bak");
        const Assessment& a = file->assessment();
        EXPECT_EQ(a.answers.at("q_text"), "Cliëntgegevens in \"kanalen\"");
        EXPECT_TRUE(a.imported.empty());
        ASSERT_EQ(a.changeLog.size(), 6u);
        EXPECT_EQ(fields(a.changeLog[3]), "measure|m-1|added||2");
        EXPECT_EQ(fields(a.changeLog[4]), "schema|3||4|1");
    }
    EXPECT_EQ(dir.names(), (std::set<std::string>{"oud.dpia", "oud.dpia.v3.bak"}));
    EXPECT_EQ(column(path, "SELECT count(*) FROM imported"), std::vector<std::string>{"0"});
    EXPECT_EQ(column(path, "PRAGMA user_version"), std::vector<std::string>{"4"});
    // The copy is the old file: version 3, without the new table.
    auto backup = AssessmentFile::open(path + ".v3.bak", OpenMode::readOnly);
    ASSERT_TRUE(backup.ok()) << backup.error().detail;
    EXPECT_EQ((*backup)->schemaVersion(), 3);
    EXPECT_EQ((*backup)->assessment().changeLog.size(), 4u);
    EXPECT_TRUE(
        column(path + ".v3.bak", "SELECT name FROM sqlite_schema WHERE name = 'imported'").empty());
}

TEST(Migration, AReadOnlyOpenReadsAVersionTwoChangeLogAsTheMigrationWould) {
    TempDir dir;
    const std::string path = copyFixture(dir, "oud.dpia", "assessment-v2.dpia");
    const std::string before = fileHash(path);
    auto file = AssessmentFile::open(path, OpenMode::readOnly);
    ASSERT_TRUE(file.ok()) << file.error().detail;
    EXPECT_EQ((*file)->schemaVersion(), 2);
    expectVersionTwoRows((*file)->assessment());
    EXPECT_EQ((*file)->assessment().changeLog.size(), kVersionTwoRows.size());
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(dir.names(), std::set<std::string>{"oud.dpia"});
}

TEST(Migration, AFileOfANewerSchemaIsStillRefusedUntouched) {
    TempDir dir;
    const std::string path = copyFixture(dir, "oud.dpia", "assessment-v2.dpia");
    {
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
        SqliteHandle db(raw);
        const std::string newer = "PRAGMA user_version = " + std::to_string(kSchemaVersion + 1);
        ASSERT_EQ(sqlite3_exec(db.get(), newer.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    }
    const std::string before = fileHash(path);
    for (const OpenMode mode : {OpenMode::readWrite, OpenMode::readOnly}) {
        auto file = AssessmentFile::open(path, mode);
        ASSERT_FALSE(file.ok());
        EXPECT_EQ(file.error().code, ErrorCode::newerVersion);
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(dir.names(), std::set<std::string>{"oud.dpia"});
}

} // namespace
} // namespace dpia::storage
