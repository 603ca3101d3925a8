// The crash test (ctest label `crash`): a child process makes acknowledged edits, writing
// each edit's sequence number to a pipe once its commit returned; the parent SIGKILLs it at
// a random moment, at least 200 times (DPIA_CRASH_KILLS: more). After every kill the file must open
// (rolling back an interrupted commit), pass quick_check, and hold every acknowledged edit.
#include "core/sqlite_handle.h"
#include "core/storage/assessment_file.h"
#include "tests/core/storage/storage_support.h"
#include "tests/edit_shorthands.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace dpia::storage {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

/// 200 kills in ctest; the soak script (tests/soak/) asks for more with DPIA_CRASH_KILLS.
int wantedKills() {
    const char* text = std::getenv("DPIA_CRASH_KILLS");
    return text != nullptr ? std::max(1, std::atoi(text)) : 200;
}
/// A hard stop (5 min for 200 kills): a Release run takes about 30 s, the sanitizer build
/// on two busy cores about 100 s.
constexpr auto kBudgetPerKill = 1500ms;

std::string key(int round, std::int32_t sequence) {
    return "c" + std::to_string(round) + "_" + std::to_string(sequence);
}

/// The child: edits until killed. Sequence numbers go to `ack` only after success.
[[noreturn]] void writer(const std::string& path, int round, int ack) {
    auto opened = AssessmentFile::open(path, OpenMode::readWrite);
    if (!opened || (*opened)->isReadOnly()) {
        std::_Exit(3);
    }
    AssessmentFile& file = **opened;
    const std::int32_t openedMarker = 0;
    if (::write(ack, &openedMarker, sizeof openedMarker) != sizeof openedMarker) {
        std::_Exit(5);
    }
    for (std::int32_t sequence = 1;; ++sequence) {
        Status edit = sequence % 5 == 0 ? setNote(file, "note_" + std::to_string(round),
                                                  "n" + std::to_string(sequence))
                                        : setAnswer(file, key(round, sequence), sequence);
        if (!edit.ok()) {
            std::_Exit(4);
        }
        if (::write(ack, &sequence, sizeof sequence) != sizeof sequence) {
            std::_Exit(5);
        }
    }
}

/// Whether a journal with content to roll back lies next to the file (an interrupted commit).
bool hotJournal(const std::string& path) {
    const std::string journal = testing::readAll(path + "-journal");
    return !journal.empty() && journal.front() != '\0';
}

std::string integrity(const std::string& path) {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    SqliteHandle db(raw);
    Statement check = prepare(db.get(), "PRAGMA integrity_check");
    return check && sqlite3_step(check.get()) == SQLITE_ROW ? columnText(check.get(), 0) : "error";
}

TEST(Crash, KillingAWriterAtRandomMomentsNeverLosesAnAcknowledgedEdit) {
    testing::TempDir dir;
    const std::string path = dir.file("crash.dpia");
    testing::newLightDocument(path); // quick to reopen 200 times

    std::mt19937 random(std::random_device{}());
    std::map<std::string, std::int32_t> acknowledged; // every answer ever acknowledged
    const int wanted = wantedKills();
    const auto budget = wanted * kBudgetPerKill;
    int kills = 0;
    int interruptedCommits = 0;
    int killedBeforeFirstEdit = 0;
    const auto start = Clock::now();
    for (int round = 0; kills < wanted && Clock::now() - start < budget; ++round) {
        int ack[2];
        ASSERT_EQ(::pipe(ack), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(ack[0]);
            writer(path, round, ack[1]);
        }
        ::close(ack[1]);
        // A random moment: a quarter of the kills from the fork on (while the child opens,
        // takes over the stale lock and rolls back the last interrupted commit), the rest
        // in the middle of its stream of commits.
        std::int32_t sequence = -1;
        const bool duringOpen = std::uniform_int_distribution<int>(0, 3)(random) == 0;
        if (!duringOpen) {
            ASSERT_EQ(::read(ack[0], &sequence, sizeof sequence), sizeof sequence);
            ASSERT_EQ(sequence, 0);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(
            std::uniform_int_distribution<int>(0, duringOpen ? 100'000 : 60'000)(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status))
            << "the writer stopped by itself: exit " << WEXITSTATUS(status);
        ++kills;

        std::int32_t last = 0;
        while (::read(ack[0], &sequence, sizeof sequence) == sizeof sequence) {
            if (sequence == 0) {
                continue; // the "opened" marker
            }
            ASSERT_EQ(sequence, last + 1);
            last = sequence;
            if (sequence % 5 != 0) {
                acknowledged[key(round, sequence)] = sequence;
            }
        }
        ::close(ack[0]);
        killedBeforeFirstEdit += last == 0;
        interruptedCommits += hotJournal(path);

        auto opened = AssessmentFile::open(path, OpenMode::readWrite);
        ASSERT_TRUE(opened.ok()) << "round " << round << ": " << opened.error().detail;
        const Assessment& a = (*opened)->assessment();
        for (const auto& [question, value] : acknowledged) {
            const auto found = a.answers.find(question);
            ASSERT_NE(found, a.answers.end()) << "lost acknowledged edit " << question;
            ASSERT_EQ(found->second, value);
        }
        // At most the one edit in flight when the child died may be there unacknowledged.
        std::size_t thisRound = 0;
        for (const auto& [question, value] : a.answers) {
            thisRound += question.starts_with("c" + std::to_string(round) + "_");
        }
        const std::size_t acknowledgedThisRound = static_cast<std::size_t>(last - last / 5);
        ASSERT_LE(thisRound, acknowledgedThisRound + 1);
        if (last >= 5) {
            ASSERT_TRUE(a.notes.contains("note_" + std::to_string(round)));
        }
        for (const auto& [question, value] : a.answers) {
            acknowledged.emplace(question, value.get<std::int32_t>()); // in-flight edits stay
        }
        std::move(opened).value().reset(); // closed: the next writer takes the lock
        if (round % 25 == 0) {
            ASSERT_EQ(integrity(path), "ok") << "round " << round;
        }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::cout << "[ measure  ] " << kills << " kills in " << seconds << " s; " << interruptedCommits
              << " left an interrupted commit, " << killedBeforeFirstEdit
              << " came before the first edit; " << acknowledged.size()
              << " acknowledged answers survived\n";
    RecordProperty("kills", kills);
    RecordProperty("interrupted_commits", interruptedCommits);
    EXPECT_GE(kills, wanted);
    EXPECT_EQ(integrity(path), "ok");
    EXPECT_EQ(dir.names(), std::set<std::string>{"crash.dpia"}); // closed: no side files
}

} // namespace
} // namespace dpia::storage
