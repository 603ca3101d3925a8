// The power-loss model must tell safe SQLite settings from unsafe ones; a kill test cannot
// (the kernel keeps a killed process's writes, so every setting passes it). Plain SQLite,
// rollback journal, one row per commit, cuts at random moments:
//
// - synchronous=OFF: nothing is synced, so cuts corrupt the file or lose commits;
// - synchronous=FULL: never corrupt, but acknowledged commits are lost: the journal's
//   deletion (the commit point) is not synced to the folder, so a cut can bring the journal
//   back, and the next open rolls the acknowledged commit back;
// - synchronous=EXTRA: also syncs the folder after deleting the journal; nothing is lost.
//
// The document uses EXTRA (core/storage/schema.h) for this reason.
#include "core/sqlite_handle.h"
#include "tests/core/storage/powerloss_vfs.h"
#include "tests/core/storage/storage_support.h"

#include <gtest/gtest.h>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace dpia::storage {
namespace {

namespace pl = testing::powerloss;

SqliteHandle openDb(const std::string& path, int flags) {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    return SqliteHandle(raw);
}

/// The first column of the first row of `query`, or the error message.
std::string scalar(sqlite3* db, const std::string& query) {
    Statement statement = prepare(db, query);
    if (!statement) {
        return sqlite3_errmsg(db);
    }
    const int code = sqlite3_step(statement.get());
    return code == SQLITE_ROW ? columnText(statement.get(), 0) : sqlite3_errmsg(db);
}

struct Outcome {
    int cuts = 0;
    int corrupt = 0; ///< integrity_check failed or the file could not be read
    int lost = 0;    ///< fewer rows than commits acknowledged before the cut
};

Outcome commitUnderCuts(const std::string& synchronous, std::uint32_t seed) {
    pl::install();
    testing::TempDir live;
    const std::string path = live.file("plain.sqlite");
    {
        // Made before watching: a new file's folder entry is only durable once someone
        // syncs the folder, which SQLite never does for the database itself.
        SqliteHandle db = openDb(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        sqlite3_exec(db.get(), "CREATE TABLE t (n INTEGER PRIMARY KEY, pad BLOB)", nullptr, nullptr,
                     nullptr);
    }
    pl::watch(live.path());
    SqliteHandle db = openDb(path, SQLITE_OPEN_READWRITE);
    const std::string pragmas =
        "PRAGMA journal_mode = DELETE; PRAGMA synchronous = " + synchronous + ";";
    sqlite3_exec(db.get(), pragmas.c_str(), nullptr, nullptr, nullptr);

    std::mt19937 random(seed);
    struct Cut {
        pl::DiskImage image;
        int acknowledged;
    };
    std::vector<Cut> cuts;
    int acknowledged = 0;
    std::bernoulli_distribution cutHere(0.1);
    pl::setCutPointHook([&] {
        if (cutHere(random)) {
            cuts.push_back({pl::cut(random), acknowledged});
        }
    });
    for (int n = 1; n <= 150; ++n) {
        // Rows of a few pages, and now and then a delete, so commits touch many pages.
        const std::string insert = "INSERT INTO t VALUES (" + std::to_string(n) + ", randomblob(" +
                                   std::to_string(n % 7 * 1500) + "))";
        EXPECT_EQ(sqlite3_exec(db.get(), insert.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        acknowledged = n;
    }
    pl::setCutPointHook(nullptr);
    db.reset();
    pl::unwatch();

    Outcome outcome;
    for (const Cut& cut : cuts) {
        testing::TempDir reboot;
        pl::writeImage(cut.image, reboot.path());
        SqliteHandle rebooted = openDb(reboot.file("plain.sqlite"), SQLITE_OPEN_READWRITE);
        ++outcome.cuts;
        if (scalar(rebooted.get(), "PRAGMA integrity_check") != "ok") {
            ++outcome.corrupt;
            continue;
        }
        const std::string rows = scalar(rebooted.get(), "SELECT count(*) FROM t");
        outcome.lost += std::atoi(rows.c_str()) < cut.acknowledged;
    }
    std::cout << "[ measure  ] synchronous=" << synchronous << ": " << outcome.cuts << " cuts, "
              << outcome.corrupt << " corrupt, " << outcome.lost
              << " lost an acknowledged commit\n";
    return outcome;
}

TEST(PowerLossModel, SynchronousOffCorruptsOrLosesCommits) {
    const Outcome outcome = commitUnderCuts("OFF", 11);
    EXPECT_GT(outcome.corrupt + outcome.lost, 0);
}

TEST(PowerLossModel, SynchronousFullLosesAcknowledgedCommitsButNeverCorrupts) {
    const Outcome outcome = commitUnderCuts("FULL", 12);
    EXPECT_EQ(outcome.corrupt, 0);
    EXPECT_GT(outcome.lost, 0);
}

TEST(PowerLossModel, SynchronousExtraLosesNothing) {
    const Outcome outcome = commitUnderCuts("EXTRA", 13);
    EXPECT_GT(outcome.cuts, 100);
    EXPECT_EQ(outcome.corrupt, 0);
    EXPECT_EQ(outcome.lost, 0);
}

} // namespace
} // namespace dpia::storage
