// Issue 21, item 8: ending dpia-assistant with SIGTERM or SIGHUP (log-out, shutdown) is a
// normal quit: it exits 0 and removes the document's lock file, so colleagues on a shared
// folder are not locked out.
#include "core/storage/file_lock.h"
#include "tests/cli/cli_run.h"
#include "tests/core/storage/storage_support.h"

#include <csignal>
#include <filesystem>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace dpia::cli {
namespace {

using storage::testing::TempDir;

/// Starts the app offscreen on `document`, with its settings in `home`.
pid_t startApp(const std::string& document, const std::string& home) {
    const pid_t child = ::fork();
    if (child == 0) {
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        ::setenv("HOME", home.c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (home + "/.config").c_str(), 1);
        ::setenv("XDG_RUNTIME_DIR", home.c_str(), 1);
        ::execl(DPIA_GUI_PATH, DPIA_GUI_PATH, document.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return child;
}

/// Waits (up to a generous minute, for a busy machine) until `path` exists.
bool appears(const std::string& path) {
    for (int turn = 0; turn < 600; ++turn) {
        if (std::filesystem::exists(path)) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

TEST(QuitSignal, SigtermAndSighupQuitNormallyAndRemoveTheLock) {
    for (const int signal : {SIGTERM, SIGHUP}) {
        SCOPED_TRACE(signal == SIGTERM ? "SIGTERM" : "SIGHUP");
        TempDir dir;
        const std::string document = dir.file("doc.dpia");
        ASSERT_EQ(testing::runCaptured({"new", document}).code, 0);
        const std::string lock = storage::FileLock::lockPathFor(document);
        const pid_t app = startApp(document, dir.path());
        ASSERT_GT(app, 0);
        ASSERT_TRUE(appears(lock)) << "the app did not open the document";
        ASSERT_EQ(::kill(app, signal), 0);
        int status = 0;
        ASSERT_EQ(::waitpid(app, &status, 0), app);
        EXPECT_TRUE(WIFEXITED(status)) << "ended by the signal itself";
        EXPECT_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 0);
        EXPECT_FALSE(std::filesystem::exists(lock));
    }
}

} // namespace
} // namespace dpia::cli
