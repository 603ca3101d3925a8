// Issue 19, item 4: a second `dpia-assistant FILE` (a double-click in the file manager
// while the program runs) opens FILE in the running program and ends; without a per-user
// runtime folder, or after the running program crashed, each start runs on its own.
// What the user sees is read from the documents' lock files: the program that has a
// document open holds its lock.
#include "core/storage/file_lock.h"
#include "tests/cli/cli_run.h"
#include "tests/core/storage/storage_support.h"

#include <csignal>
#include <filesystem>
#include <gtest/gtest.h>
#include <optional>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace dpia::cli {
namespace {

using storage::testing::TempDir;

/// Starts the app offscreen on `document`, with its settings in `home` and, unless
/// empty, `runtime` as its XDG_RUNTIME_DIR.
pid_t startApp(const std::string& document, const std::string& home, const std::string& runtime) {
    const pid_t child = ::fork();
    if (child == 0) {
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        ::setenv("HOME", home.c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (home + "/.config").c_str(), 1);
        if (runtime.empty()) {
            ::unsetenv("XDG_RUNTIME_DIR");
        } else {
            ::setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
        }
        ::execl(DPIA_GUI_PATH, DPIA_GUI_PATH, document.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return child;
}

/// Waits (up to a generous minute, for a busy machine) until `done` holds.
template <typename Condition>
bool eventually(Condition done) {
    for (int turn = 0; turn < 600; ++turn) {
        if (done()) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

bool exists(const std::string& path) {
    return std::filesystem::exists(path);
}

/// The exit code of `app` once it ended on its own (within the minute), else nullopt.
std::optional<int> exitCode(pid_t app) {
    int status = 0;
    const bool ended = eventually([&] { return ::waitpid(app, &status, WNOHANG) == app; });
    if (!ended || !WIFEXITED(status)) {
        return std::nullopt;
    }
    return WEXITSTATUS(status);
}

/// Quits `app` as a log-out does and waits for it.
void quit(pid_t app) {
    ::kill(app, SIGTERM);
    int status = 0;
    ::waitpid(app, &status, 0);
}

struct Documents {
    TempDir dir;
    std::string first = dir.file("eerste.dpia");
    std::string second = dir.file("tweede.dpia");
    std::string runtime = dir.file("run");

    Documents() {
        EXPECT_EQ(testing::runCaptured({"new", first}).code, 0);
        EXPECT_EQ(testing::runCaptured({"new", second}).code, 0);
        std::filesystem::create_directory(runtime);
        std::filesystem::permissions(runtime, std::filesystem::perms::owner_all);
    }
    std::string lock(const std::string& document) const {
        return storage::FileLock::lockPathFor(document);
    }
};

TEST(SingleInstance, ASecondStartOpensItsFileInTheRunningProgramAndEnds) {
    Documents docs;
    const pid_t running = startApp(docs.first, docs.dir.path(), docs.runtime);
    ASSERT_TRUE(eventually([&] { return exists(docs.lock(docs.first)); }));

    const pid_t second = startApp(docs.second, docs.dir.path(), docs.runtime);
    EXPECT_EQ(exitCode(second), 0) << "the second start did not hand over and end";
    // The running program now shows the second document (and closed the first).
    EXPECT_TRUE(eventually([&] { return exists(docs.lock(docs.second)); }));
    EXPECT_TRUE(eventually([&] { return !exists(docs.lock(docs.first)); }));
    EXPECT_EQ(::waitpid(running, nullptr, WNOHANG), 0) << "the running program ended";
    quit(running);
    EXPECT_FALSE(exists(docs.lock(docs.second)));
}

TEST(SingleInstance, WithoutARuntimeFolderEachStartRunsOnItsOwn) {
    Documents docs;
    const pid_t first = startApp(docs.first, docs.dir.path(), "");
    ASSERT_TRUE(eventually([&] { return exists(docs.lock(docs.first)); }));
    const pid_t second = startApp(docs.second, docs.dir.path(), "");
    EXPECT_TRUE(eventually([&] { return exists(docs.lock(docs.second)); }));
    EXPECT_TRUE(exists(docs.lock(docs.first)));
    quit(second);
    quit(first);
}

TEST(SingleInstance, AfterACrashTheNextStartRunsOnItsOwn) {
    Documents docs;
    const pid_t crashed = startApp(docs.first, docs.dir.path(), docs.runtime);
    ASSERT_TRUE(eventually([&] { return exists(docs.lock(docs.first)); }));
    ::kill(crashed, SIGKILL); // leaves its socket behind
    ::waitpid(crashed, nullptr, 0);

    const pid_t next = startApp(docs.second, docs.dir.path(), docs.runtime);
    EXPECT_TRUE(eventually([&] { return exists(docs.lock(docs.second)); }))
        << "the start after a crash did not open its document";
    EXPECT_EQ(::waitpid(next, nullptr, WNOHANG), 0) << "it ended instead of running";
    // And it is now the one that others hand over to.
    const pid_t third = startApp(docs.first, docs.dir.path(), docs.runtime);
    EXPECT_EQ(exitCode(third), 0);
    quit(next);
}

} // namespace
} // namespace dpia::cli
