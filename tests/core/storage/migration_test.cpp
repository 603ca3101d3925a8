// Migration from the committed schema-1 fixture (tests/data/assessment-v1.dpia, made by
// tests/data/assessment-v1.sql): stepwise, one transaction per step, a copy kept aside.
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

std::string copyFixture(const TempDir& dir, const std::string& name = "oud.dpia") {
    const std::string path = dir.file(name);
    std::filesystem::copy_file(testing::testDataDir() + "/assessment-v1.dpia", path);
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
        EXPECT_EQ(file->schemaVersion(), kSchemaVersion);
        EXPECT_EQ(file->migrationBackup(), path + ".v1.bak");
        expectFixtureContent(file->assessment());
        EXPECT_TRUE(file->assessment().notes.empty());
        EXPECT_EQ(file->assessment().metadata.classification, "");
        // Both steps, each one row: 1 -> 2 written as a sentence, converted by 2 -> 3.
        const auto& log = file->assessment().changeLog;
        ASSERT_EQ(log.size(), 4u);
        EXPECT_EQ(changeText(log[2]), "schema 1 -> 2");
        EXPECT_EQ(changeText(log[3]), "schema 2 -> 3");

        // What version 2 adds works at once.
        Metadata metadata = file->assessment().metadata;
        metadata.classification = "Departementaal vertrouwelijk";
        ASSERT_TRUE(setMetadata(*file, metadata).ok());
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

TEST(Migration, AnEarlierCopyAsideIsNeverReplaced) {
    TempDir dir;
    const std::string path = copyFixture(dir);
    testing::writeAll(path + ".v1.bak", "an earlier copy");
    auto file = AssessmentFile::open(path, OpenMode::readWrite);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ((*file)->migrationBackup(), path + ".v1.2.bak");
    EXPECT_EQ(testing::readAll(path + ".v1.bak"), "an earlier copy");
}

TEST(Migration, AFailedMigrationLeavesTheFileAsItWas) {
    testing::installFaultVfs();
    TempDir dir;
    const std::string path = copyFixture(dir);
    const std::string before = fileHash(path);
    testing::armFault(SQLITE_IOERR_WRITE);
    auto file = AssessmentFile::open(path, OpenMode::readWrite);
    testing::armFault(0);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().code, ErrorCode::ioError);
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(dir.names(), std::set<std::string>{"oud.dpia"});
}

TEST(Migration, AFailureInTheMigrationStepKeepsTheCopyAndTheOldVersion) {
    testing::installFaultVfs();
    for (int okWrites = 1; okWrites < 200; ++okWrites) {
        TempDir dir;
        const std::string path = copyFixture(dir);
        testing::armFaultAfter(okWrites, SQLITE_IOERR_WRITE);
        auto file = AssessmentFile::open(path, OpenMode::readWrite);
        testing::armFault(0);
        if (file.ok()) {
            break; // the whole migration got through
        }
        SCOPED_TRACE("failing write " + std::to_string(okWrites + 1));
        // Whatever failed, the file opens again and migrates now, with nothing lost.
        auto again = AssessmentFile::open(path, OpenMode::readWrite);
        ASSERT_TRUE(again.ok()) << again.error().detail;
        EXPECT_EQ((*again)->schemaVersion(), kSchemaVersion);
        expectFixtureContent((*again)->assessment());
    }
}

} // namespace
} // namespace dpia::storage
