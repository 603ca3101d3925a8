// The power-loss test (ctest label `powerloss`). Edits run through AssessmentFile on the
// power-loss VFS (powerloss_vfs.h); at random moments inside those edits the VFS says what
// a power cut would leave on disk. Every such image is "rebooted" — opened as the program
// opens a file — and must pass PRAGMA integrity_check, open with AssessmentFile::open, and
// hold exactly the state before the edit in flight or the state after it: every edit that
// returned success is there, nothing half-done is.
//
// Four tests of DPIA_POWERLOSS_CUTS cuts each (default 250: 1,000 cuts). The seed is
// random and printed; DPIA_POWERLOSS_SEED repeats a run. tests/soak/ runs many more.
#include "core/sqlite_handle.h"
#include "core/storage/assessment_file.h"
#include "tests/core/storage/powerloss_vfs.h"
#include "tests/core/storage/storage_support.h"
#include "tests/edit_shorthands.h"

#include <chrono>
#include <cstdlib>
#include <gtest/gtest.h>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace dpia::storage {
namespace {

namespace pl = testing::powerloss;

int cutsPerTest() {
    const char* text = std::getenv("DPIA_POWERLOSS_CUTS");
    return text != nullptr ? std::max(1, std::atoi(text)) : 250;
}

std::uint32_t seedFor(int test) {
    const char* text = std::getenv("DPIA_POWERLOSS_SEED");
    return text != nullptr ? static_cast<std::uint32_t>(std::strtoul(text, nullptr, 10)) + test
                           : std::random_device{}();
}

std::string integrity(const std::string& path) {
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    SqliteHandle db(raw);
    Statement check = prepare(db.get(), "PRAGMA integrity_check");
    return check && sqlite3_step(check.get()) == SQLITE_ROW ? columnText(check.get(), 0)
                                                            : sqlite3_errmsg(db.get());
}

/// A journal that SQLite will roll back: the cut came in the middle of a commit.
bool hotJournal(const std::string& path) {
    const std::string journal = testing::readAll(path + "-journal");
    return !journal.empty() && journal.front() != '\0';
}

/// Mostly short texts, sometimes long enough to need overflow pages (a commit then writes
/// and frees many pages, and secure_delete overwrites the freed ones).
std::string someText(std::mt19937& random, int edit) {
    static const std::size_t kSizes[] = {0, 12, 200, 3000, 9000, 30000};
    const std::size_t size = kSizes[std::uniform_int_distribution<std::size_t>(0, 5)(random)];
    std::string text = "edit " + std::to_string(edit) + " ";
    while (text.size() < size) {
        text += "Gegevens van inwoners in Teams; ";
    }
    return text;
}

/// One edit of the kinds the UI makes: rows changed, added and removed.
Status randomEdit(AssessmentFile& file, std::mt19937& random, int edit) {
    static const char* const kQuestions[] = {"q_yes", "q_choice", "q_text", "q_number"};
    static const char* const kSafeguards[] = {"sg-audit", "sg-policy"};
    const Assessment& a = file.assessment();
    const auto any = [&](std::size_t count) {
        return std::uniform_int_distribution<std::size_t>(0, count - 1)(random);
    };
    const int score = 1 + edit % 4;
    switch (any(6)) {
    case 0:
        return setAnswer(file, kQuestions[any(4)], "antwoord " + std::to_string(edit));
    case 1:
        return setNote(file, kQuestions[any(4)], someText(random, edit));
    case 2:
        if (a.customRisks.size() < 6) {
            auto added = addCustomRisk(
                file, {"", "Risico " + std::to_string(edit), someText(random, edit), score, score});
            return added ? success() : Status(added.error());
        }
        return removeCustomRisk(file, a.customRisks[any(a.customRisks.size())].id);
    case 3:
        if (!a.customRisks.empty()) {
            CustomRisk risk = a.customRisks[any(a.customRisks.size())];
            risk.description = someText(random, edit);
            return updateCustomRisk(file, risk);
        }
        return setSafeguard(file, kSafeguards[any(2)], SafeguardStatus::planned, "");
    case 4:
        return setSafeguard(file, kSafeguards[any(2)], SafeguardStatus::implemented,
                            someText(random, edit));
    default:
        if (a.measures.size() < 4) {
            auto added = addMeasure(file, {"",
                                           "Maatregel " + std::to_string(edit),
                                           {"r-leak"},
                                           "CISO",
                                           "2027-03-01",
                                           MeasureStatus::open});
            return added ? success() : Status(added.error());
        }
        return removeMeasure(file, a.measures[any(a.measures.size())].id);
    }
}

struct Tally {
    int cuts = 0;
    int edits = 0;
    int rolledBack = 0;  ///< images with a hot journal (a commit undone on reboot)
    int beforeEdit = 0;  ///< images that held the state before the edit in flight
    int afterEdit = 0;   ///< ... the state after it
    int editedAfter = 0; ///< images that took another edit after the reboot
};

/// "Reboots" into `image`: the document must open and hold `acknowledged` or, when an edit
/// was in flight, what that edit produced. Returns "" or what is wrong.
std::string checkImage(const pl::DiskImage& image, const Assessment& acknowledged,
                       const Assessment& inFlight, Tally& tally) {
    const int number = tally.cuts++;
    testing::TempDir reboot;
    pl::writeImage(image, reboot.path());
    const std::string path = reboot.file("doc.dpia");
    tally.rolledBack += hotJournal(path);
    // Half the reboots open read-only (dpia-cli check, a colleague's viewer), half for
    // editing; both must roll an interrupted commit back.
    const OpenMode mode = number % 2 == 0 ? OpenMode::readWrite : OpenMode::readOnly;
    auto opened = AssessmentFile::open(path, mode);
    if (!opened) {
        return "the file does not open: " + opened.error().detail;
    }
    const Assessment& found = (*opened)->assessment();
    if (found == acknowledged) {
        ++tally.beforeEdit;
    } else if (found == inFlight) {
        ++tally.afterEdit;
    } else {
        return "the file holds " + std::to_string(found.changeLog.size()) +
               " edits; acknowledged: " + std::to_string(acknowledged.changeLog.size()) +
               (found.changeLog.size() < acknowledged.changeLog.size()
                    ? " (an acknowledged edit was lost)"
                    : " (content differs)");
    }
    // Now and then the rebooted document must also take a new edit.
    if (mode == OpenMode::readWrite && number % 8 == 0) {
        if (Status edited = setNote(**opened, "q_text", "na de stroomstoring"); !edited) {
            return "the rebooted document refuses an edit: " + edited.error().detail;
        }
        ++tally.editedAfter;
    }
    opened->reset();
    if (const std::string verdict = integrity(path); verdict != "ok") {
        return "integrity_check: " + verdict;
    }
    return {};
}

void cutDuringEdits(int test) {
    pl::install();
    testing::TempDir live;
    const std::string path = live.file("doc.dpia");
    // A stand-in baseline image: the commits are the same, every reboot is quicker.
    testing::newLightDocument(path);
    const std::uint32_t seed = seedFor(test);
    std::mt19937 random(seed);
    SCOPED_TRACE("DPIA_POWERLOSS_SEED=" + std::to_string(seed - static_cast<unsigned>(test)));

    const pl::ScopedWatch watching(live.path());
    auto opened = AssessmentFile::open(path, OpenMode::readWrite);
    ASSERT_TRUE(opened.ok()) << opened.error().detail;
    AssessmentFile& file = **opened;

    // About one cut in five cut points: spread over every step of the commits.
    std::vector<pl::DiskImage> images;
    std::bernoulli_distribution cutHere(0.2);
    pl::setCutPointHook([&] {
        if (cutHere(random)) {
            images.push_back(pl::cut(random));
        }
    });
    const int wanted = cutsPerTest();
    const auto start = std::chrono::steady_clock::now();
    Tally tally;
    Assessment acknowledged = file.assessment();
    while (tally.cuts < wanted) {
        images.clear();
        const Status edited = randomEdit(file, random, tally.edits++);
        ASSERT_TRUE(edited.ok()) << edited.error().detail;
        const Assessment after = file.assessment();
        for (const pl::DiskImage& image : images) {
            const std::string problem = checkImage(image, acknowledged, after, tally);
            ASSERT_EQ(problem, "") << "cut " << tally.cuts << ", during edit " << tally.edits;
        }
        acknowledged = after;
    }
    // A cut with no edit in flight keeps the last acknowledged state exactly.
    pl::setCutPointHook(nullptr);
    ASSERT_EQ(checkImage(pl::cut(random), acknowledged, acknowledged, tally), "");

    const pl::Counters seen = pl::counters();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "[ measure  ] seed " << seed - static_cast<unsigned>(test) << ": " << tally.cuts
              << " power cuts during " << tally.edits << " edits in " << seconds
              << " s: " << tally.rolledBack << " rolled a commit back, " << tally.beforeEdit
              << " kept the state before the edit in flight, " << tally.afterEdit
              << " after it; 0 corrupt, 0 acknowledged edits lost. Model: " << seen.operations
              << " cut points, " << seen.syncs << " syncs, " << seen.directorySyncs
              << " folder syncs; in the images " << seen.droppedWrites << " unsynced writes lost, "
              << seen.tornWrites << " torn, " << seen.undoneEntries << " creates/deletes undone\n";
    EXPECT_GE(tally.cuts, wanted);
    EXPECT_GT(tally.rolledBack, 0); // the cuts did land inside commits
}

TEST(PowerLoss, CutsDuringEditsLoseNoAcknowledgedEditAndCorruptNothing1) {
    cutDuringEdits(0);
}
TEST(PowerLoss, CutsDuringEditsLoseNoAcknowledgedEditAndCorruptNothing2) {
    cutDuringEdits(1);
}
TEST(PowerLoss, CutsDuringEditsLoseNoAcknowledgedEditAndCorruptNothing3) {
    cutDuringEdits(2);
}
TEST(PowerLoss, CutsDuringEditsLoseNoAcknowledgedEditAndCorruptNothing4) {
    cutDuringEdits(3);
}

} // namespace
} // namespace dpia::storage
