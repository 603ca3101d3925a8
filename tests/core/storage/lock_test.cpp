// One writer: a second process or window is told who has the file; a dead holder's lock is
// taken over; a file another program changed or replaced is never overwritten.
#include "core/sqlite_handle.h"
#include "core/storage/assessment_file.h"
#include "core/storage/file_lock.h"
#include "core/storage/file_ops.h"
#include "tests/core/storage/storage_support.h"
#include "tests/core/storage/writer_process.h"
#include "tests/edit_shorthands.h"

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace dpia::storage {
namespace {

using testing::fileHash;
using testing::newDocument;
using testing::TempDir;
using testing::WriterProcess;

void rawSql(const std::string& path, const std::string& statements) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    SqliteHandle db(raw);
    ASSERT_EQ(sqlite3_exec(db.get(), statements.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
}

TEST(OneWriter, ASecondProcessIsToldWhoHasTheFileAndMayReadIt) {
    TempDir dir;
    const std::string path = dir.file("gedeeld.dpia");
    newDocument(path).reset();
    WriterProcess writer(path);
    ASSERT_TRUE(writer.opened());

    const std::string before = fileHash(path);
    auto second = AssessmentFile::open(path, OpenMode::readWrite);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::lockedByOther);
    const std::string& message = second.error().message.en;
    EXPECT_NE(message.find(files::osUserName()), std::string::npos) << message;
    EXPECT_NE(message.find(files::hostName()), std::string::npos) << message;
    EXPECT_NE(message.find("process " + std::to_string(writer.pid())), std::string::npos)
        << message;
    EXPECT_NE(message.find("read-only"), std::string::npos);
    EXPECT_EQ(second.error().detail.find(files::osUserName()),
              std::string::npos); // logged: no names

    const auto holder = AssessmentFile::lockHolder(path);
    ASSERT_TRUE(holder.has_value());
    EXPECT_EQ(holder->pid, writer.pid());
    EXPECT_EQ(holder->since.size(), 20u);

    auto reader = AssessmentFile::open(path, OpenMode::readOnly);
    ASSERT_TRUE(reader.ok());
    EXPECT_TRUE((*reader)->isReadOnly());
    EXPECT_EQ(fileHash(path), before);

    writer.finish();
    EXPECT_FALSE(AssessmentFile::lockHolder(path).has_value());
    auto now = AssessmentFile::open(path, OpenMode::readWrite);
    ASSERT_TRUE(now.ok());
    EXPECT_FALSE((*now)->isReadOnly());
}

TEST(OneWriter, ASecondWindowInTheSameProcessIsRefusedToo) {
    TempDir dir;
    const std::string path = dir.file("venster.dpia");
    auto first = newDocument(path);
    auto second = AssessmentFile::open(path, OpenMode::readWrite);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::lockedByOther);
    first.reset();
    EXPECT_TRUE(AssessmentFile::open(path, OpenMode::readWrite).ok());
}

TEST(OneWriter, TheStaleLockOfADeadProcessIsTakenOver) {
    TempDir dir;
    const std::string path = dir.file("verweesd.dpia");
    newDocument(path).reset();
    WriterProcess writer(path);
    ASSERT_TRUE(writer.opened());
    writer.kill();
    EXPECT_TRUE(dir.names().contains(".~lock.verweesd.dpia#"));
    EXPECT_FALSE(AssessmentFile::lockHolder(path).has_value());

    auto opened = AssessmentFile::open(path, OpenMode::readWrite);
    ASSERT_TRUE(opened.ok()) << opened.error().detail;
    std::unique_ptr<AssessmentFile> file = std::move(opened).value();
    EXPECT_FALSE(file->isReadOnly());
    EXPECT_EQ(AssessmentFile::lockHolder(path)->pid, static_cast<long>(::getpid()));
    ASSERT_TRUE(setAnswer(*file, "q_yes", true).ok());
    file.reset();
    EXPECT_EQ(dir.names(), std::set<std::string>{"verweesd.dpia"});
}

TEST(OneWriter, AnEmptyLockFileLeftByACrashIsTakenOverAfterAMoment) {
    TempDir dir;
    const std::string path = dir.file("leeg.dpia");
    newDocument(path).reset();
    testing::writeAll(FileLock::lockPathFor(path), "");
    auto file = AssessmentFile::open(path, OpenMode::readWrite);
    ASSERT_TRUE(file.ok()) << file.error().detail;
    EXPECT_FALSE((*file)->isReadOnly());
}

TEST(OneWriter, ALockFromAnotherComputerIsRespected) {
    TempDir dir;
    const std::string path = dir.file("netwerk.dpia");
    newDocument(path).reset();
    testing::writeAll(FileLock::lockPathFor(path),
                      "DPIA Assistent lock\nuser=collega\nhost=werkplek-17\npid=4242\n"
                      "since=2026-01-05T09:00:00Z\n");
    auto file = AssessmentFile::open(path, OpenMode::readWrite);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().code, ErrorCode::lockedByOther);
    EXPECT_NE(file.error().message.nl.find("collega op werkplek-17 (proces 4242) sinds "
                                           "2026-01-05T09:00:00Z"),
              std::string::npos)
        << file.error().message.nl;
    EXPECT_EQ(AssessmentFile::lockHolder(path)->host, "werkplek-17");
}

TEST(OneWriter, AColleaguesLockInASharedFolderIsShownAndTakenOverOnlyWhenStale) {
    TempDir dir;
    const std::string path = dir.file("gedeeld.dpia");
    newDocument(path).reset();
    ::chmod(dir.path().c_str(), 0777);
    ::chmod(path.c_str(), 0666);
    const auto openAsColleague = [&] {
        auto file = AssessmentFile::open(path, OpenMode::readWrite);
        if (!file) {
            return file.error().message.en;
        }
        return std::string((*file)->isReadOnly() ? "read-only" : "");
    };
    {
        auto mine = AssessmentFile::open(path, OpenMode::readWrite); // lock file owned by us
        ASSERT_TRUE(mine.ok());
        const auto live = testing::runWithoutRoot(openAsColleague);
        if (!live) {
            GTEST_SKIP() << "running as root and cannot switch to user nobody";
        }
        EXPECT_NE(live->find("already open by " + files::osUserName()), std::string::npos) << *live;
    }
    WriterProcess crashed(path); // a lock file of ours whose process then dies
    ASSERT_TRUE(crashed.opened());
    crashed.kill();
    const auto stale = testing::runWithoutRoot(openAsColleague);
    ASSERT_TRUE(stale.has_value());
    EXPECT_EQ(*stale, "");
    EXPECT_EQ(dir.names(), std::set<std::string>{"gedeeld.dpia"});
}

TEST(OneWriter, AFileChangedByAnotherProgramIsNeverOverwritten) {
    TempDir dir;
    const std::string path = dir.file("extern.dpia");
    auto file = newDocument(path);
    ASSERT_TRUE(setAnswer(*file, "q_text", "van ons").ok());
    rawSql(path, "UPDATE document SET title = 'door een ander programma'");
    const std::string theirs = fileHash(path);
    const Assessment inMemory = file->assessment();

    const Status edit = setAnswer(*file, "q_text", "overschrijven?");
    ASSERT_FALSE(edit.ok());
    EXPECT_EQ(edit.error().code, ErrorCode::changedOnDisk);
    EXPECT_NE(edit.error().message.nl.find("niet overschreven"), std::string::npos);
    EXPECT_EQ(fileHash(path), theirs);
    EXPECT_EQ(file->assessment(), inMemory);
    // And it stays refused: the user reopens to see the other version.
    EXPECT_EQ(setNote(*file, "q_text", "x").error().code, ErrorCode::changedOnDisk);
    EXPECT_EQ(fileHash(path), theirs);
}

TEST(OneWriter, AFileReplacedByAnotherProgramIsNeverOverwritten) {
    TempDir dir;
    const std::string path = dir.file("vervangen.dpia");
    auto file = newDocument(path);
    newDocument(dir.file("ander.dpia"), "Een ander document").reset();
    ASSERT_EQ(std::rename(dir.file("ander.dpia").c_str(), path.c_str()), 0); // a sync tool, say
    const std::string theirs = fileHash(path);

    const Status edit = setAnswer(*file, "q_yes", true);
    ASSERT_FALSE(edit.ok());
    EXPECT_EQ(edit.error().code, ErrorCode::changedOnDisk);
    EXPECT_EQ(fileHash(path), theirs);
}

} // namespace
} // namespace dpia::storage

namespace dpia::storage {
namespace {

// Issue 21, item 6: the lock belongs to the file, not to the path it was opened by.
TEST(OneWriterByFile, ASymbolicLinkOrADotDotPathFindsTheSameLock) {
    TempDir dir;
    const std::string folder = dir.file("map");
    std::filesystem::create_directory(folder);
    const std::string path = folder + "/echt.dpia";
    newDocument(path).reset();
    const std::string link = dir.file("koppeling.dpia");
    std::filesystem::create_symlink(path, link);

    WriterProcess writer(path);
    ASSERT_TRUE(writer.opened());
    for (const std::string& other : {link, folder + "/../map/echt.dpia"}) {
        SCOPED_TRACE(other);
        auto second = AssessmentFile::open(other, OpenMode::readWrite);
        ASSERT_FALSE(second.ok());
        EXPECT_EQ(second.error().code, ErrorCode::lockedByOther);
        ASSERT_TRUE(AssessmentFile::lockHolder(other).has_value());
        EXPECT_EQ(AssessmentFile::lockHolder(other)->pid, static_cast<long>(writer.pid()));
    }
    // Opening by the link takes the lock next to the file itself, so the writer is refused.
    writer.finish();
    {
        auto byLink = AssessmentFile::open(link, OpenMode::readWrite);
        ASSERT_TRUE(byLink.ok()) << byLink.error().detail;
        EXPECT_TRUE(std::filesystem::exists(folder + "/.~lock.echt.dpia#"));
        EXPECT_FALSE(std::filesystem::exists(dir.file(".~lock.koppeling.dpia#")));
        WriterProcess refused(path);
        EXPECT_FALSE(refused.opened());
    }
    EXPECT_EQ(dir.names(), (std::set<std::string>{"map", "koppeling.dpia"}));
}

TEST(OneWriterByFile, AHardLinkFindsTheLockOfTheOtherName) {
    TempDir dir;
    const std::string path = dir.file("een.dpia");
    newDocument(path).reset();
    const std::string other = dir.file("twee.dpia");
    ASSERT_EQ(::link(path.c_str(), other.c_str()), 0);

    WriterProcess writer(path);
    ASSERT_TRUE(writer.opened());
    auto second = AssessmentFile::open(other, OpenMode::readWrite);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::lockedByOther);
    EXPECT_EQ(AssessmentFile::lockHolder(other)->pid, static_cast<long>(writer.pid()));
    EXPECT_TRUE(AssessmentFile::open(other, OpenMode::readOnly).ok()); // reading is fine
    writer.finish();
    {
        auto now = AssessmentFile::open(other, OpenMode::readWrite);
        ASSERT_TRUE(now.ok()) << now.error().detail;
        WriterProcess refused(path); // and the other way round
        EXPECT_FALSE(refused.opened());
    }
    EXPECT_EQ(dir.names(), (std::set<std::string>{"een.dpia", "twee.dpia"}));
}

// Issue 21, item 13: a lock file that cannot be used says so and who to ask.
TEST(OneWriterByFile, ALockFileThatIsAFolderALinkOrAPipeIsNamedAsSuch) {
    TempDir dir;
    const std::string path = dir.file("doc.dpia");
    newDocument(path).reset();
    const std::string lock = FileLock::lockPathFor(path);
    const std::string before = fileHash(path);
    const auto expectNamed = [&](const std::string& what) {
        SCOPED_TRACE(what);
        auto file = AssessmentFile::open(path, OpenMode::readWrite);
        ASSERT_FALSE(file.ok());
        EXPECT_EQ(file.error().code, ErrorCode::lockedByOther);
        EXPECT_NE(file.error().message.en.find("is not an ordinary file"), std::string::npos)
            << file.error().message.en;
        EXPECT_NE(file.error().message.en.find("ask whoever manages the folder"),
                  std::string::npos);
        EXPECT_NE(file.error().message.nl.find("vraag de beheerder van de map"), std::string::npos);
        EXPECT_TRUE(AssessmentFile::open(path, OpenMode::readOnly).ok());
        EXPECT_EQ(fileHash(path), before);
    };
    std::filesystem::create_directory(lock);
    expectNamed("folder");
    std::filesystem::remove(lock);
    std::filesystem::create_symlink(dir.file("elders"), lock);
    expectNamed("link");
    std::filesystem::remove(lock);
    ASSERT_EQ(::mkfifo(lock.c_str(), 0644), 0);
    expectNamed("pipe"); // and it does not hang
}

TEST(OneWriterByFile, AnUnreadableLockFileSaysSo) {
    TempDir dir;
    const std::string path = dir.file("geheim.dpia");
    newDocument(path).reset();
    ::chmod(dir.path().c_str(), 0777);
    ::chmod(path.c_str(), 0666);
    testing::writeAll(FileLock::lockPathFor(path), "DPIA Assistent lock\n");
    ::chmod(FileLock::lockPathFor(path).c_str(), 0600); // someone else's, not for us to read
    const auto message = testing::runWithoutRoot([&] {
        auto file = AssessmentFile::open(path, OpenMode::readWrite);
        return file ? std::string("opened") : file.error().message.en;
    });
    if (!message) {
        GTEST_SKIP() << "running as root and cannot switch to user nobody";
    }
    EXPECT_NE(message->find("that you may not read"), std::string::npos) << *message;
}

} // namespace
} // namespace dpia::storage
