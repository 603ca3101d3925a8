// POSIX implementation. Everything platform-specific of the storage layer lives here and
// in file_lock.cpp, so a Windows port replaces these two files.
#include "core/storage/file_ops.h"

#include "core/storage/schema.h"
#include "core/storage/storage_errors.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <pwd.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace dpia::storage::files {
namespace {

/// Closes a file descriptor when it goes.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

void syncFolder(const std::string& folder) {
    Fd dir{::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (dir.fd >= 0) {
        ::fsync(dir.fd); // best effort: some network file systems refuse it
    }
}

bool writeAll(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        done += static_cast<std::size_t>(written);
    }
    return true;
}

} // namespace

std::optional<DiskState> diskState(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        return std::nullopt;
    }
    return DiskState{info.st_dev, info.st_ino, static_cast<std::int64_t>(info.st_size),
                     static_cast<std::int64_t>(info.st_mtim.tv_sec),
                     static_cast<std::int64_t>(info.st_mtim.tv_nsec)};
}

bool exists(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0;
}

std::string folderOf(const std::string& path) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

bool fileWritable(const std::string& path) {
    return ::access(path.c_str(), W_OK) == 0;
}

bool folderWritable(const std::string& path) {
    return ::access(folderOf(path).c_str(), W_OK | X_OK) == 0;
}

namespace {

/// About when this process started: set while the program's statics are made, before any
/// temp file of ours exists.
const auto kProcessStarted = std::filesystem::file_time_type::clock::now();

/// Whether `name` is createTempNextTo's name for `targetName`: "." NAME "." six characters
/// ".tmp", or that with "-journal" after it.
bool isOurTempName(const std::string& name, const std::string& targetName) {
    std::string rest = name;
    const std::string journal = "-journal";
    if (rest.size() > journal.size() && rest.ends_with(journal)) {
        rest.resize(rest.size() - journal.size());
    }
    const std::string head = "." + targetName + ".";
    return rest.size() == head.size() + 6 + 4 && rest.starts_with(head) && rest.ends_with(".tmp");
}

} // namespace

int removeStaleTemporaries(const std::string& target) {
    const std::filesystem::path where(target);
    const std::filesystem::path folder =
        where.has_parent_path() ? where.parent_path() : std::filesystem::path(".");
    const std::string targetName = where.filename().string();
    int removed = 0;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        struct stat info {};
        if (!isOurTempName(name, targetName) || ::lstat(entry.path().c_str(), &info) != 0 ||
            !S_ISREG(info.st_mode) || info.st_uid != ::geteuid()) {
            continue;
        }
        std::error_code timeError;
        const auto changed = std::filesystem::last_write_time(entry.path(), timeError);
        if (!timeError && changed < kProcessStarted && ::unlink(entry.path().c_str()) == 0) {
            ++removed;
        }
    }
    return removed;
}

Result<std::string> createTempNextTo(const std::string& target) {
    const std::filesystem::path where(target);
    // Hidden, and recognisable as ours if a crash leaves it behind.
    std::string pattern =
        (where.parent_path() / ("." + where.filename().string() + ".XXXXXX.tmp")).string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    // mkstemps: O_CREAT | O_EXCL with mode 0600, whatever the umask.
    Fd fd{::mkstemps(buffer.data(), 4)};
    if (fd.fd < 0) {
        return errors::fromErrno(errno, target, "create temp file");
    }
    return std::string(buffer.data());
}

Status moveIntoPlace(const std::string& from, const std::string& to) {
    // renameat2(RENAME_NOREPLACE) is atomic and never replaces. File systems without it
    // (some network shares) get link + unlink, which is just as safe.
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) != 0) {
        const int renameError = errno;
        if (renameError != EINVAL && renameError != ENOSYS && renameError != ENOTSUP) {
            return errors::fromErrno(renameError, to, "rename into place");
        }
        if (::link(from.c_str(), to.c_str()) != 0) {
            return errors::fromErrno(errno, to, "link into place");
        }
        ::unlink(from.c_str());
    }
    syncFolder(folderOf(to));
    return success();
}

void removeWithJournal(const std::string& path) {
    ::unlink(path.c_str());
    ::unlink((path + "-journal").c_str());
}

void removeFile(const std::string& path) {
    ::unlink(path.c_str());
}

Status syncFile(const std::string& path) {
    Fd fd{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (fd.fd < 0 || ::fsync(fd.fd) != 0) {
        return errors::fromErrno(errno, path, "fsync");
    }
    return success();
}

namespace {

/// Fills a new owner-only temp file next to `path` through `make`, durably; its path. A
/// failed write or fsync names `path` (what the user asked for), not the hidden temp file.
Result<std::string> fillTempNextTo(const std::string& path, const OutputMaker& make) {
    auto temp = createTempNextTo(path);
    if (!temp) {
        return temp.error();
    }
    Fd fd{::open(temp->c_str(), O_WRONLY | O_CLOEXEC)};
    int writeError = fd.fd < 0 ? errno : 0;
    const OutputWriter write = [&](const char* data, std::size_t size) {
        if (writeError == 0 && !writeAll(fd.fd, std::string_view(data, size))) {
            writeError = errno;
        }
        return writeError == 0;
    };
    Status made = writeError == 0 ? make(write) : success();
    if (made && writeError == 0 && ::fsync(fd.fd) != 0) {
        writeError = errno;
    }
    if (!made || writeError != 0) {
        ::unlink(temp->c_str());
        // A full disk makes the maker fail too: the write's reason is the true one.
        return writeError != 0 ? errors::fromErrno(writeError, path, "write file") : made.error();
    }
    return temp;
}

/// Whether the file at `path` starts like a .dpia document: SQLite's header with our
/// application id at byte 68.
bool isDpiaDocument(const std::string& path) {
    Fd fd{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)};
    unsigned char header[72] = {};
    if (fd.fd < 0 || ::read(fd.fd, header, sizeof header) != static_cast<ssize_t>(sizeof header)) {
        return false;
    }
    static const char kSqliteMagic[] = "SQLite format 3";
    const std::uint32_t id = (std::uint32_t{header[68]} << 24) | (std::uint32_t{header[69]} << 16) |
                             (std::uint32_t{header[70]} << 8) | std::uint32_t{header[71]};
    return std::equal(kSqliteMagic, kSqliteMagic + sizeof kSqliteMagic, header) &&
           id == static_cast<std::uint32_t>(kApplicationId);
}

} // namespace

Status writeNewFile(const std::string& path, const std::string& bytes) {
    return writeOutputAsMade(path, Existing::keep, [&bytes](const OutputWriter& write) {
        write(bytes.data(), bytes.size());
        return success();
    });
}

namespace {

Status writeNewFileAsMade(const std::string& path, const OutputMaker& make) {
    if (exists(path)) {
        return errors::alreadyExists(path);
    }
    auto temp = fillTempNextTo(path, make);
    if (!temp) {
        return temp.error();
    }
    Status moved = moveIntoPlace(*temp, path);
    if (!moved) {
        ::unlink(temp->c_str());
    }
    return moved;
}

Status replaceFileAsMade(const std::string& path, const OutputMaker& make);

} // namespace

Status checkReplaceable(const std::string& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) == 0) {
        if (!S_ISREG(info.st_mode)) {
            return errors::notAFile(path);
        }
        if (isDpiaDocument(path)) {
            return errors::wouldReplaceDocument(path);
        }
    }
    return success();
}

Status replaceFile(const std::string& path, const std::string& bytes) {
    return writeOutputAsMade(path, Existing::replace, [&bytes](const OutputWriter& write) {
        write(bytes.data(), bytes.size());
        return success();
    });
}

namespace {

Status replaceFileAsMade(const std::string& path, const OutputMaker& make) {
    if (Status replaceable = checkReplaceable(path); !replaceable) {
        return replaceable;
    }
    auto temp = fillTempNextTo(path, make);
    if (!temp) {
        return temp.error();
    }
    if (::rename(temp->c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp->c_str());
        return errors::fromErrno(error, path, "rename into place");
    }
    syncFolder(folderOf(path));
    return success();
}

} // namespace

Status writeOutput(const std::string& path, const std::string& bytes, Existing existing) {
    return existing == Existing::replace ? replaceFile(path, bytes) : writeNewFile(path, bytes);
}

Status writeOutputAsMade(const std::string& path, Existing existing, const OutputMaker& make) {
    return existing == Existing::replace ? replaceFileAsMade(path, make)
                                         : writeNewFileAsMade(path, make);
}

Result<std::string> readSmallFile(const std::string& path, std::size_t maxBytes) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    Fd fd{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
    if (fd.fd < 0) {
        return errors::fromReadErrno(errno, path, "open for reading");
    }
    struct stat info {};
    if (::fstat(fd.fd, &info) != 0) {
        return errors::fromReadErrno(errno, path, "stat");
    }
    if (!S_ISREG(info.st_mode)) {
        return errors::notRegularInput(path);
    }
    if (static_cast<std::uint64_t>(info.st_size) > maxBytes) {
        return errors::invalidJson(
            "het bestand is groter dan " + std::to_string(maxBytes / (1024 * 1024)) + " MiB",
            "the file is larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MiB");
    }
    std::string content;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd.fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errors::fromReadErrno(errno, path, "read");
        }
        if (got == 0) {
            break;
        }
        content.append(buffer, static_cast<std::size_t>(got));
        if (content.size() > maxBytes) { // grew while we read
            return errors::invalidJson("het bestand is te groot", "the file is too large");
        }
    }
    return content;
}

std::string osUserName() {
    std::vector<char> buffer(16384);
    struct passwd entry {};
    struct passwd* found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 &&
        found != nullptr && found->pw_name != nullptr) {
        return found->pw_name;
    }
    if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') {
        return user;
    }
    return "uid " + std::to_string(::geteuid());
}

std::string accountFullName(const std::string& account) {
    std::vector<char> buffer(16384);
    struct passwd entry {};
    struct passwd* found = nullptr;
    if (::getpwnam_r(account.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 ||
        found == nullptr || found->pw_gecos == nullptr) {
        return {};
    }
    const std::string gecos = found->pw_gecos;
    return gecos.substr(0, gecos.find(','));
}

std::string hostName() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') {
        return "localhost";
    }
    return name;
}

long processId() {
    return static_cast<long>(::getpid());
}

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    char text[32] = {};
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string localToday() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    char text[16] = {};
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

} // namespace dpia::storage::files
