// The portfolio lists every DPIA under a folder with what the privacy officer needs to see,
// names what it cannot read and why, and changes nothing: no byte of a document, no lock,
// no file next to it.
#include "core/portfolio/portfolio.h"
#include "core/portfolio/portfolio_text.h"
#include "core/sqlite_handle.h"
#include "core/storage/file_lock.h"
#include "core/storage/file_ops.h"
#include "tests/core/portfolio/portfolio_fixture.h"
#include "tests/core/storage/storage_support.h"
#include "tests/core/storage/writer_process.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

namespace dpia::portfolio {
namespace {

namespace fs = std::filesystem;
using storage::testing::TempDir;
using testing::makeSample;
using testing::treeState;

constexpr const char* kToday = "2026-06-01";

ScanOptions options() {
    return {kToday, testing::shippedBaseline().get()};
}

const Entry* find(const Portfolio& portfolio, const std::string& relative) {
    for (const Entry& entry : portfolio.entries) {
        if (entry.relative == relative) {
            return &entry;
        }
    }
    return nullptr;
}

void copyFile(const std::string& from, const std::string& to) {
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}

/// Sets the schema version (user_version, header offset 60) of a copy to one this program
/// does not know, as a newer program would write it.
void makeNewer(const std::string& path) {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(60);
    const char version[4] = {0, 0, 0x7f, 0};
    file.write(version, 4);
}

void makeForeign(const std::string& path) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

class PortfolioTest : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(dir.file("social/youth"));
        makeSample(dir.file("teams.dpia"), "Teams sociaal domein", "2026-01-15",
                   storage::DocumentStatus::final);
        makeSample(dir.file("social/youth/exchange.dpia"), "Exchange jeugd", "2026-07-01");
        makeSample(dir.file("social/copilot.dpia"), "Copilot", "2027-03-01");
    }

    TempDir dir;
};

TEST_F(PortfolioTest, ListsEveryDocumentBelowTheFolderWithItsSummary) {
    auto scanned = scan(dir.path(), options());
    ASSERT_TRUE(scanned) << scanned.error().detail;
    ASSERT_EQ(scanned->entries.size(), 3u);
    const Entry* teams = find(*scanned, "teams.dpia");
    ASSERT_NE(teams, nullptr);
    EXPECT_FALSE(teams->problem);
    EXPECT_EQ(teams->summary.title, "Teams sociaal domein");
    EXPECT_EQ(teams->summary.status, storage::DocumentStatus::final);
    EXPECT_FALSE(teams->summary.organisation.empty());
    EXPECT_FALSE(teams->summary.processing.empty());
    EXPECT_EQ(teams->summary.verdict, scoring::Verdict::required);
    EXPECT_GT(teams->summary.residualNow.rank, 0);
    EXPECT_FALSE(teams->summary.residualNow.label.nl.empty());
    EXPECT_LE(teams->summary.residualPlanned.rank, teams->summary.residualNow.rank);
    EXPECT_EQ(teams->summary.reviewDate, "2026-01-15");
    EXPECT_EQ(teams->summary.review, ReviewState::overdue);
    EXPECT_FALSE(teams->summary.lastChange.empty());
    EXPECT_FALSE(teams->openBy);

    const Entry* exchange = find(*scanned, "social/youth/exchange.dpia");
    ASSERT_NE(exchange, nullptr);
    EXPECT_EQ(exchange->summary.review, ReviewState::dueSoon);
    const Entry* copilot = find(*scanned, "social/copilot.dpia");
    ASSERT_NE(copilot, nullptr);
    EXPECT_EQ(copilot->summary.review, ReviewState::later);
}

TEST(PortfolioReview, DueSoonMeansFewerThanSixtyDaysAhead) {
    EXPECT_EQ(reviewState("2026-07-30", kToday), ReviewState::dueSoon); // 59 days
    EXPECT_EQ(reviewState("2026-07-31", kToday), ReviewState::later);   // 60 days
    EXPECT_EQ(reviewState("2026-06-01", kToday), ReviewState::dueSoon);
    EXPECT_EQ(reviewState("2026-05-31", kToday), ReviewState::overdue);
    EXPECT_EQ(reviewState("", kToday), ReviewState::none);
    EXPECT_EQ(reviewState("2026-02-30", kToday), ReviewState::none);
}

TEST(PortfolioMeasures, CountsOpenMeasuresPastTheirDueDate) {
    TempDir dir;
    storage::Measure late{"", "Te laat", {}, "", "2026-05-01", storage::MeasureStatus::open};
    storage::Measure lateButDone{"", "Klaar", {}, "", "2026-05-01", storage::MeasureStatus::done};
    storage::Measure later{"", "Later", {}, "", "2026-09-01", storage::MeasureStatus::inProgress};
    storage::Measure undated{"", "Geen datum", {}, "", "", storage::MeasureStatus::open};
    testing::makeWithMeasures(dir.file("m.dpia"), {late, lateButDone, later, undated});
    auto scanned = scan(dir.path(), options());
    ASSERT_TRUE(scanned);
    ASSERT_EQ(scanned->entries.size(), 1u);
    EXPECT_EQ(scanned->entries.front().summary.overdueMeasures, 1);
}

TEST_F(PortfolioTest, ListsDamagedForeignAndNewerFilesWithTheReason) {
    copyFile(dir.file("teams.dpia"), dir.file("newer.dpia"));
    makeNewer(dir.file("newer.dpia"));
    makeForeign(dir.file("foreign.dpia"));
    copyFile(dir.file("teams.dpia"), dir.file("damaged.dpia"));
    fs::resize_file(dir.file("damaged.dpia"), fs::file_size(dir.file("damaged.dpia")) / 2);
    storage::testing::writeAll(dir.file("text.dpia"), "not a database at all");

    auto scanned = scan(dir.path(), options());
    ASSERT_TRUE(scanned);
    EXPECT_EQ(scanned->entries.size(), 7u); // the three good ones are still there
    const auto reasonOf = [&](const std::string& name) -> Problem {
        const Entry* entry = find(*scanned, name);
        return entry != nullptr && entry->problem ? *entry->problem : Problem{};
    };
    EXPECT_EQ(reasonOf("newer.dpia").code, "newer-version");
    EXPECT_NE(reasonOf("newer.dpia").reason.en.find("newer version"), std::string::npos);
    EXPECT_NE(reasonOf("newer.dpia").reason.nl.find("nieuwere versie"), std::string::npos);
    EXPECT_EQ(reasonOf("foreign.dpia").code, "not-an-assessment");
    EXPECT_EQ(reasonOf("damaged.dpia").code, "corrupt");
    EXPECT_EQ(reasonOf("text.dpia").code, "not-an-assessment");
    EXPECT_FALSE(reasonOf("text.dpia").reason.nl.empty());
    EXPECT_FALSE(find(*scanned, "teams.dpia")->problem);
}

TEST_F(PortfolioTest, FollowsLinksButListsALoopOnceWithTheReason) {
    fs::create_symlink("..", dir.file("social/youth/up"));
    fs::create_directory_symlink(dir.file("social"), dir.file("social-link"));
    auto scanned = scan(dir.path(), options());
    ASSERT_TRUE(scanned);
    const Entry* loop = find(*scanned, "social/youth/up");
    ASSERT_NE(loop, nullptr);
    ASSERT_TRUE(loop->problem);
    EXPECT_EQ(loop->problem->code, "symlink-loop");
    // social-link leads to documents already listed: each document appears once.
    int documents = 0;
    for (const Entry& entry : scanned->entries) {
        documents += entry.problem ? 0 : 1;
    }
    EXPECT_EQ(documents, 3);
}

TEST_F(PortfolioTest, ListsAnUnreadableFolderAndTheRest) {
    if (!storage::testing::permissionsApply()) {
        GTEST_SKIP() << "running as root: permission bits do not bind";
    }
    fs::create_directory(dir.file("closed"));
    makeSample(dir.file("closed/secret.dpia"), "Geheim", "");
    ::chmod(dir.file("closed").c_str(), 0);
    auto scanned = scan(dir.path(), options());
    ::chmod(dir.file("closed").c_str(), 0700);
    ASSERT_TRUE(scanned);
    const Entry* closed = find(*scanned, "closed");
    ASSERT_NE(closed, nullptr);
    ASSERT_TRUE(closed->problem);
    EXPECT_TRUE(closed->folder);
    EXPECT_EQ(closed->problem->code, "unreadable-folder");
    EXPECT_NE(find(*scanned, "teams.dpia"), nullptr);
}

TEST_F(PortfolioTest, OnlyNamesEndingInDpiaAreOpened) {
    fs::create_directory(dir.file("other"));
    for (int i = 0; i < 300; ++i) {
        storage::testing::writeAll(dir.file("other/note-" + std::to_string(i) + ".txt"), "x");
    }
    copyFile(dir.file("teams.dpia"), dir.file("other/copy.sqlite"));
    makeSample(dir.file("other/UPPER.DPIA"), "Hoofdletters", "");
    auto scanned = scan(dir.path(), options());
    ASSERT_TRUE(scanned);
    EXPECT_EQ(scanned->entries.size(), 4u);
    EXPECT_NE(find(*scanned, "other/UPPER.DPIA"), nullptr);
    EXPECT_TRUE(isDocumentName("a.dpia"));
    EXPECT_FALSE(isDocumentName(".~lock.a.dpia#"));
    EXPECT_FALSE(isDocumentName("a.dpia-journal"));
    EXPECT_FALSE(isDocumentName(".dpia"));
}

TEST_F(PortfolioTest, ShowsWhoHasADocumentOpenAndLeavesTheirLockAlone) {
    storage::testing::WriterProcess writer(dir.file("teams.dpia"));
    ASSERT_TRUE(writer.opened());
    const std::string lockPath = storage::FileLock::lockPathFor(dir.file("teams.dpia"));
    const std::string lockBefore = storage::testing::fileHash(lockPath);

    auto scanned = scan(dir.path(), options());
    ASSERT_TRUE(scanned);
    const Entry* teams = find(*scanned, "teams.dpia");
    ASSERT_NE(teams, nullptr);
    ASSERT_TRUE(teams->openBy);
    EXPECT_EQ(teams->openBy->host, storage::files::hostName());
    EXPECT_EQ(teams->openBy->pid, writer.pid());
    EXPECT_FALSE(teams->problem); // it is read all the same
    EXPECT_EQ(storage::testing::fileHash(lockPath), lockBefore);
    EXPECT_FALSE(find(*scanned, "social/copilot.dpia")->openBy);
    // The holder still holds it: a second writer is still refused.
    auto second =
        storage::AssessmentFile::open(dir.file("teams.dpia"), storage::OpenMode::readWrite);
    EXPECT_FALSE(second);
}

TEST_F(PortfolioTest, AStaleLockOfAnEndedProcessNamesNobody) {
    storage::testing::WriterProcess writer(dir.file("teams.dpia"));
    ASSERT_TRUE(writer.opened());
    writer.kill(); // its lock file stays behind
    auto scanned = scan(dir.path(), options());
    ASSERT_TRUE(scanned);
    EXPECT_FALSE(find(*scanned, "teams.dpia")->openBy);
    EXPECT_TRUE(fs::exists(storage::FileLock::lockPathFor(dir.file("teams.dpia"))));
}

TEST_F(PortfolioTest, ChangesNoByteAndMakesNoFile) {
    copyFile(dir.file("teams.dpia"), dir.file("newer.dpia"));
    makeNewer(dir.file("newer.dpia"));
    copyFile(dir.file("teams.dpia"), dir.file("interrupted.dpia"));
    storage::testing::writeAll(dir.file("interrupted.dpia-journal"), std::string(4096, '\x01'));
    copyFile(dir.file("teams.dpia"), dir.file("wal.dpia"));
    {
        sqlite3* db = nullptr;
        sqlite3_open(dir.file("wal.dpia").c_str(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode = WAL;", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    storage::testing::WriterProcess writer(dir.file("social/copilot.dpia"));
    ASSERT_TRUE(writer.opened());
    const auto before = treeState(dir.path());

    auto scanned = scan(dir.path(), options());
    ASSERT_TRUE(scanned);
    EXPECT_EQ(treeState(dir.path()), before);
    const Entry* interrupted = find(*scanned, "interrupted.dpia");
    ASSERT_NE(interrupted, nullptr);
    ASSERT_TRUE(interrupted->problem);
    EXPECT_EQ(interrupted->problem->code, "interrupted-save");
    const Entry* wal = find(*scanned, "wal.dpia");
    ASSERT_NE(wal, nullptr);
    ASSERT_TRUE(wal->problem);
    EXPECT_NE(wal->problem->reason.en.find("WAL"), std::string::npos);
}

TEST(PortfolioRoot, AMissingFolderOrAFileIsRefused) {
    TempDir dir;
    auto missing = scan(dir.file("nowhere"), options());
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::fileNotFound);
    storage::testing::writeAll(dir.file("file.dpia"), "x");
    auto file = scan(dir.file("file.dpia"), options());
    ASSERT_FALSE(file);
    EXPECT_EQ(file.error().code, ErrorCode::invalidValue);
}

TEST_F(PortfolioTest, CsvDefusesFormulasAndHasOneRowPerEntry) {
    makeSample(dir.file("formula.dpia"), "=HYPERLINK(\"http://x\")", "");
    makeForeign(dir.file("foreign.dpia"));
    auto scanned = scan(dir.path(), options());
    ASSERT_TRUE(scanned);
    const std::string csv = portfolioCsv(*scanned, Lang::en);
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF\"File\";\"Title\"", 0), 0u);
    EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"http://x\"\")\""), std::string::npos);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1 + 5);
    EXPECT_NE(csv.find("\"Teams sociaal domein\""), std::string::npos);
    EXPECT_NE(portfolioCsv(*scanned, Lang::nl).find("\"Titel\""), std::string::npos);
}

} // namespace
} // namespace dpia::portfolio
