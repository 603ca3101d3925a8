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

/// The document's device and inode ("DEV:INO"), the same for every path to it (a
/// symbolic link, a hard link, `..`); empty when it does not exist yet.
std::string fileIdentity(const std::string& documentPath) {
    struct stat info {};
    if (::stat(documentPath.c_str(), &info) != 0) {
        return {};
    }
    return std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino);
}

std::string ownContent(const std::string& identity) {
    return "DPIA Assistent lock\nuser=" + files::osUserName() + "\nhost=" + files::hostName() +
           "\npid=" + std::to_string(files::processId()) + "\nsince=" + files::utcNow() +
           "\nfile=" + identity + "\n";
}

/// The `file=` line of a lock file's content.
std::string recordedIdentity(const std::string& content) {
    const auto at = content.find("\nfile=");
    if (at == std::string::npos) {
        return {};
    }
    const auto end = content.find('\n', at + 6);
    return content.substr(at + 6, end == std::string::npos ? std::string::npos : end - at - 6);
}

/// Opens a lock file for reading without following a link and without waiting on a FIFO;
/// -1 (errno set) when that fails or it is not a regular file (errno = EINVAL then).
int openLockForReading(const std::string& lockPath) {
    const int fd = ::open(lockPath.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    struct stat info {};
    if (fd >= 0 && (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))) {
        ::close(fd);
        errno = EINVAL;
        return -1;
    }
    return fd;
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
    const int fd = openLockForReading(lockPath);
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
    const int fd = openLockForReading(lockPath);
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

/// A live holder of another lock file in the document's folder that names the same file
/// (`identity`): another name for it, a hard link. Our own lock file (`ownLock`) is skipped.
std::optional<LockOwner> holderOfSameFile(const std::string& ownLock, const std::string& identity) {
    if (identity.empty()) {
        return std::nullopt;
    }
    const std::filesystem::path folder = std::filesystem::path(ownLock).parent_path();
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(".~lock.", 0) != 0 || name.back() != '#' || entry.path() == ownLock) {
            continue;
        }
        const int fd = openLockForReading(entry.path().string());
        if (fd < 0) {
            continue;
        }
        const std::string content = readContent(fd);
        const auto owner = parseOwner(content);
        // Held by a live process: we cannot take a shared lock beside its exclusive one.
        const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
        ::close(fd);
        if (owner && held && owner->host == files::hostName() &&
            recordedIdentity(content) == identity) {
            return owner;
        }
    }
    return std::nullopt;
}

} // namespace

std::string FileLock::lockPathFor(const std::string& documentPath) {
    // Named after the file itself, not the path given: a symbolic link, `..` or a second
    // path to the folder all lead to the same lock file. A new file (not there yet) is
    // named in its resolved folder.
    std::error_code error;
    std::filesystem::path document = std::filesystem::canonical(documentPath, error);
    if (error) {
        const std::filesystem::path given(documentPath);
        const auto folder = std::filesystem::canonical(
            given.has_parent_path() ? given.parent_path() : std::filesystem::path("."), error);
        document = error ? given : folder / given.filename();
    }
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
            fd = ::open(lockPath.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
            if (fd < 0 && errno == ENOENT) {
                continue; // released between our two opens
            }
            if (fd < 0 && (errno == EISDIR || errno == ELOOP || errno == ENXIO)) {
                return errors::lockFileUnusable(documentPath, errors::LockProblem::notAFile);
            }
            if (fd < 0 && (errno == EACCES || errno == EPERM)) {
                // Another account's lock file (a shared folder): we may read it, not write it.
                if (removeStaleForeignLock(lockPath)) {
                    continue;
                }
                const int probe = openLockForReading(lockPath);
                if (probe < 0 && errno == EINVAL) {
                    return errors::lockFileUnusable(documentPath, errors::LockProblem::notAFile);
                }
                if (probe < 0 && errno != ENOENT) {
                    return errors::lockFileUnusable(documentPath, errors::LockProblem::unreadable);
                }
                if (probe >= 0) {
                    ::close(probe);
                }
                return errors::lockedByOther(documentPath, readHolder(lockPath));
            }
        }
        if (fd < 0) {
            return errors::fromErrno(errno, documentPath, "create lock file");
        }
        struct stat lockInfo {};
        if (::fstat(fd, &lockInfo) != 0 || !S_ISREG(lockInfo.st_mode)) {
            ::close(fd); // a FIFO or a device where the lock file should be
            return errors::lockFileUnusable(documentPath, errors::LockProblem::notAFile);
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
        const std::string identity = fileIdentity(documentPath);
        const std::string content = ownContent(identity);
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, content.data(), content.size(), 0) !=
                                           static_cast<ssize_t>(content.size())) {
            const int writeErrno = errno;
            if (created) {
                ::unlink(lockPath.c_str());
            }
            ::close(fd);
            return errors::fromErrno(writeErrno, documentPath, "write lock file");
        }
        // Written first, looked for second: of two processes that reach the same file by two
        // names (a hard link) at once, at least one sees the other, never neither.
        if (const auto other = holderOfSameFile(lockPath, identity)) {
            ::unlink(lockPath.c_str());
            ::close(fd);
            return errors::lockedByOther(documentPath, *other);
        }
        return std::unique_ptr<FileLock>(new FileLock(fd, lockPath));
    }
    return errors::busy(documentPath, "lock file keeps changing");
}

std::optional<LockOwner> FileLock::holder(const std::string& documentPath) {
    const std::string lockPath = lockPathFor(documentPath);
    const int fd = openLockForReading(lockPath);
    if (fd < 0) {
        return holderOfSameFile(lockPath, fileIdentity(documentPath));
    }
    std::optional<LockOwner> owner = parseOwner(readContent(fd));
    // If we can take a shared lock, no live process holds the exclusive one.
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0 && (!owner || owner->host == files::hostName())) {
        owner.reset();
    }
    ::close(fd);
    return owner ? owner : holderOfSameFile(lockPath, fileIdentity(documentPath));
}

std::optional<LockOwner> FileLock::peekHolder(const std::string& documentPath) {
    const int fd = openLockForReading(lockPathFor(documentPath));
    if (fd < 0) {
        return std::nullopt;
    }
    std::optional<LockOwner> owner = parseOwner(readContent(fd));
    ::close(fd);
    if (owner && owner->host == files::hostName() && !processAlive(owner->pid)) {
        owner.reset(); // stale: its process ended
    }
    return owner;
}

FileLock::~FileLock() {
    // Remove the name first, then let go: whoever opened the old name in between finds it
    // unnamed after its flock and starts again (stillNamed).
    ::unlink(path_.c_str());
    ::close(fd_);
}

} // namespace dpia::storage
