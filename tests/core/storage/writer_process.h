#pragma once

#include "core/storage/assessment_file.h"

#include <csignal>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

// A second process holding a document open, for the lock tests and the portfolio's.
namespace dpia::storage::testing {

/// A child process that opens `path` for writing, says so on a pipe and then waits to be
/// told to close (or is killed).
class WriterProcess {
public:
    explicit WriterProcess(const std::string& path) {
        int ready[2];
        int go[2];
        if (::pipe(ready) != 0 || ::pipe(go) != 0) {
            return;
        }
        pid_ = ::fork();
        if (pid_ == 0) {
            ::close(ready[0]);
            ::close(go[1]);
            auto opened = AssessmentFile::open(path, OpenMode::readWrite);
            const char state = opened.ok() && !(*opened)->isReadOnly() ? 'r' : 'x';
            [[maybe_unused]] auto w = ::write(ready[1], &state, 1);
            char ignored = 0;
            [[maybe_unused]] auto r = ::read(go[0], &ignored, 1);
            if (opened.ok()) {
                std::move(opened).value().reset(); // close normally: the lock file goes
            }
            std::_Exit(0);
        }
        ::close(ready[1]);
        ::close(go[0]);
        char state = 0;
        opened_ = ::read(ready[0], &state, 1) == 1 && state == 'r';
        ::close(ready[0]);
        go_ = go[1];
    }
    ~WriterProcess() { finish(); }

    bool opened() const { return opened_; }
    pid_t pid() const { return pid_; }
    /// Lets the child close the file normally and waits for it.
    void finish() {
        if (go_ >= 0) {
            [[maybe_unused]] auto w = ::write(go_, "g", 1);
            ::close(go_);
            go_ = -1;
            ::waitpid(pid_, nullptr, 0);
        }
    }
    /// Kills the child with the file still open: its lock file stays behind, stale.
    void kill() {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        ::close(go_);
        go_ = -1;
    }

private:
    pid_t pid_ = -1;
    int go_ = -1;
    bool opened_ = false;
};

} // namespace dpia::storage::testing
