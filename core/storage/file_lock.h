#pragma once

#include "core/result.h"
#include "core/storage/lock_owner.h"

#include <memory>
#include <optional>
#include <string>

namespace dpia::storage {

/// The one-writer lock of a document: a lock file next to it (`.~lock.NAME#`, as office
/// suites do) that records who has it, held with flock(2) so that the lock of a process
/// that died is recognised as stale and taken over. Removed when released, so a closed
/// document has no side files. See docs/FILE-FORMAT.md, "Lock file".
class FileLock {
public:
    /// Takes the lock of `documentPath`. lockedByOther (naming the holder) when a live
    /// process has it; readOnly when the lock file cannot be created in the folder.
    static Result<std::unique_ptr<FileLock>> acquire(const std::string& documentPath);

    /// Who holds the lock of `documentPath` now; nullopt when nobody (or only a dead
    /// process) does.
    static std::optional<LockOwner> holder(const std::string& documentPath);

    /// Who the lock file of `documentPath` names, judged without locking or writing
    /// anything (the portfolio reads folders it must not disturb; holder()'s brief shared
    /// flock could make a colleague's open of a stale lock fail). A holder on this computer
    /// counts only while its process lives (kill(pid, 0)); one on another computer is
    /// taken at its word, as acquire() does. nullopt when there is no lock file or it names
    /// nobody.
    static std::optional<LockOwner> peekHolder(const std::string& documentPath);

    /// `dir/.~lock.NAME#` for `dir/NAME`.
    static std::string lockPathFor(const std::string& documentPath);

    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    FileLock(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}

    int fd_;
    std::string path_;
};

} // namespace dpia::storage
