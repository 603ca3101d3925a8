// POSIX implementation of the lock file protocol (docs/FILE-FORMAT.md, "Lock file").
// Ownership = holding flock(LOCK_EX) on the inode that the lock path names right now.
#include "core/storage/file_lock.h"

#include "core/log.h"
#include "core/storage/file_ops.h"
#include "core/storage/storage_errors.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace dpia::storage {
namespace {

using namespace std::chrono_literals;

constexpr int kAttempts = 40;
// A lock file we can lock but that is still empty may belong to a process between its
// open(O_EXCL) and its flock; give such a process this many 10 ms turns before calling it stale.
constexpr int kSettleTurns = 10;

std::string readContent(int fd) {
    char buffer[4096];
    const ssize_t got = ::pread(fd, buffer, sizeof buffer, 0);
    return got > 0 ? std::string(buffer, static_cast<std::size_t>(got)) : std::string();
}

std::optional<LockOwner> parseOwner(const std::string& content) {
    std::istringstream lines(content);
    std::string line;
    LockOwner owner;
    bool sawPid = false;
    while (std::getline(lines, line)) {
        const auto equals = line.find('=');
        if (equals == std::string::npos) {
            continue;
        }
        const std::string key = line.substr(0, equals);
        const std::string value = line.substr(equals + 1);
        if (key == "user") {
            owner.user = value;
        } else if (key == "host") {
            owner.host = value;
        } else if (key == "since") {
            owner.since = value;
        } else if (key == "pid") {
            try {
                owner.pid = std::stol(value);
                sawPid = true;
            } catch (const std::exception&) {
            }
        }
    }
    if (!sawPid || owner.host.empty()) {
        return std::nullopt; // empty or half-written
    }
    return owner;
}

std::string ownContent() {
    return "DPIA Assistent lock\nuser=" + files::osUserName() + "\nhost=" + files::hostName() +
           "\npid=" + std::to_string(files::processId()) + "\nsince=" + files::utcNow() + "\n";
}

/// Whether `fd` is still the file that `path` names (it may have been removed and made
/// again between our open and our flock).
bool stillNamed(int fd, const std::string& path) {
    struct stat byFd {};
    struct stat byPath {};
    return ::fstat(fd, &byFd) == 0 && ::stat(path.c_str(), &byPath) == 0 &&
           byFd.st_dev == byPath.st_dev && byFd.st_ino == byPath.st_ino;
}

/// The recorded holder of a lock we could not take; waits briefly for a lock file whose
/// holder is still writing it.
LockOwner recordedHolder(int fd) {
    for (int turn = 0; turn < kSettleTurns; ++turn) {
        if (auto owner = parseOwner(readContent(fd))) {
            return *owner;
        }
        std::this_thread::sleep_for(10ms);
    }
    return {};
}

/// flock with a few retries: a process probing our freshly made lock file holds it for a
/// moment before it lets go.
bool lockExclusive(int fd, bool patient) {
    for (int turn = 0;; ++turn) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            return true;
        }
        if (errno != EWOULDBLOCK || !patient || turn >= kSettleTurns) {
            return false;
        }
        std::this_thread::sleep_for(5ms);
    }
}

LockOwner readHolder(const std::string& lockPath) {
    const int fd = ::open(lockPath.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        return {};
    }
    const LockOwner owner = parseOwner(readContent(fd)).value_or(LockOwner{});
    ::close(fd);
    return owner;
}

/// Another account's lock file: if its holder on this computer is gone (we can flock it,
/// which needs only read access), remove it so that we can make our own. False when it is
/// live, of another computer, or cannot be removed (a sticky folder).
bool removeStaleForeignLock(const std::string& lockPath) {
    const int fd = ::open(lockPath.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        return false;
    }
    bool removed = false;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && stillNamed(fd, lockPath)) {
        const auto owner = parseOwner(readContent(fd));
        if (owner && owner->host == files::hostName() && ::unlink(lockPath.c_str()) == 0) {
            coreLog().info("removed another account's stale lock file");
            removed = true;
        }
    }
    ::close(fd);
    return removed;
}

bool processAlive(long pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

} // namespace

std::string FileLock::lockPathFor(const std::string& documentPath) {
    const std::filesystem::path document(documentPath);
    return (document.parent_path() / (".~lock." + document.filename().string() + "#")).string();
}

Result<std::unique_ptr<FileLock>> FileLock::acquire(const std::string& documentPath) {
    const std::string lockPath = lockPathFor(documentPath);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        bool created = true;
        // Readable by all (0644 before the umask): colleagues sharing the folder must be
        // able to see who has the document open. Only the holder writes it.
        int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0 && errno == EEXIST) {
            created = false;
            fd = ::open(lockPath.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
            if (fd < 0 && errno == ENOENT) {
                continue; // released between our two opens
            }
            if (fd < 0 && (errno == EACCES || errno == EPERM)) {
                // Another account's lock file (a shared folder): we may read it, not write it.
                if (removeStaleForeignLock(lockPath)) {
                    continue;
                }
                return errors::lockedByOther(documentPath, readHolder(lockPath));
            }
        }
        if (fd < 0) {
            return errors::fromErrno(errno, documentPath, "create lock file");
        }

        bool locked = lockExclusive(fd, created);
        const int lockErrno = errno;
        if (!locked && (lockErrno == ENOLCK || lockErrno == EOPNOTSUPP || lockErrno == ENOSYS)) {
            // No flock on this file system: the file's existence is the lock, and a process
            // on this computer is alive if kill(pid, 0) says so.
            if (!created) {
                const auto owner = parseOwner(readContent(fd));
                if (!owner || owner->host != files::hostName() || processAlive(owner->pid)) {
                    ::close(fd);
                    return errors::lockedByOther(documentPath, owner.value_or(LockOwner{}));
                }
            }
            locked = true;
        }
        if (!locked) {
            const LockOwner owner = recordedHolder(fd);
            ::close(fd);
            if (lockErrno != EWOULDBLOCK) {
                return errors::fromErrno(lockErrno, documentPath, "lock");
            }
            return errors::lockedByOther(documentPath, owner);
        }
        if (!stillNamed(fd, lockPath)) {
            ::close(fd);
            continue;
        }
        if (!created) {
            const auto owner = parseOwner(readContent(fd));
            if (!owner && attempt < kSettleTurns) {
                ::close(fd);
                std::this_thread::sleep_for(10ms);
                continue;
            }
            if (owner && owner->host != files::hostName()) {
                // Another computer: flock need not reach across a network share, so a lock we
                // could take proves nothing. The user can ask the holder to close it.
                ::close(fd);
                return errors::lockedByOther(documentPath, *owner);
            }
            coreLog().info("taking over a stale lock file (holder process ended)");
        }
        const std::string content = ownContent();
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, content.data(), content.size(), 0) !=
                                           static_cast<ssize_t>(content.size())) {
            const int writeErrno = errno;
            if (created) {
                ::unlink(lockPath.c_str());
            }
            ::close(fd);
            return errors::fromErrno(writeErrno, documentPath, "write lock file");
        }
        return std::unique_ptr<FileLock>(new FileLock(fd, lockPath));
    }
    return errors::busy(documentPath, "lock file keeps changing");
}

std::optional<LockOwner> FileLock::holder(const std::string& documentPath) {
    const std::string lockPath = lockPathFor(documentPath);
    const int fd = ::open(lockPath.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        return std::nullopt;
    }
    std::optional<LockOwner> owner = parseOwner(readContent(fd));
    // If we can take a shared lock, no live process holds the exclusive one.
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0 && (!owner || owner->host == files::hostName())) {
        owner.reset();
    }
    ::close(fd);
    return owner;
}

FileLock::~FileLock() {
    // Remove the name first, then let go: whoever opened the old name in between finds it
    // unnamed after its flock and starts again (stillNamed).
    ::unlink(path_.c_str());
    ::close(fd_);
}

} // namespace dpia::storage
