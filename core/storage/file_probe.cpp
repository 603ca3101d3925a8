#include "core/storage/file_probe.h"

#include "core/storage/schema.h"
#include "core/storage/schema_check.h"
#include "core/storage/sql.h"
#include "core/storage/storage_errors.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dpia::storage::probe {
namespace {

constexpr std::size_t kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

std::uint32_t bigEndian(const unsigned char* bytes, int count) {
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i) {
        value = (value << 8) | bytes[i];
    }
    return value;
}

} // namespace

Result<Header> readHeader(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        return errors::fromReadErrno(errno, path, "stat");
    }
    if (!S_ISREG(info.st_mode)) {
        return errors::notRegularInput(path); // a FIFO would block the open below
    }
    // O_NONBLOCK: should the name become a FIFO after the stat, the open does not hang.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        return errors::fromReadErrno(errno, path, "open for reading");
    }
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return errors::notRegularInput(path);
    }
    std::array<unsigned char, kHeaderSize> bytes{};
    const ssize_t got = ::pread(fd, bytes.data(), bytes.size(), 0);
    ::close(fd);
    if (got < 0) {
        return errors::ioError(path, "read header");
    }
    if (got < 16 || std::memcmp(bytes.data(), kMagic, 16) != 0) {
        return errors::notSqlite(path);
    }
    if (got < static_cast<ssize_t>(kHeaderSize)) {
        return errors::corrupt(path, "header shorter than 100 bytes");
    }
    Header header;
    header.fileSize = static_cast<std::int64_t>(info.st_size);
    const std::uint32_t rawPageSize = bigEndian(&bytes[16], 2);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // The in-header page count is valid only when the change counter (offset 24) equals the
    // "version valid for" number (offset 92); SQLite before 3.7.0 did not maintain it.
    if (bigEndian(&bytes[24], 4) == bigEndian(&bytes[92], 4)) {
        header.pageCount = bigEndian(&bytes[28], 4);
    }
    header.walMode = bytes[18] == 2 || bytes[19] == 2;
    header.userVersion = static_cast<std::int32_t>(bigEndian(&bytes[60], 4));
    header.applicationId = static_cast<std::int32_t>(bigEndian(&bytes[68], 4));
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0) {
        return errors::corrupt(path, "invalid page size");
    }
    return header;
}

Status checkHeader(const std::string& path, const Header& header, bool journalPending) {
    if (header.applicationId != kApplicationId) {
        return errors::foreignDatabase(path);
    }
    if (header.userVersion > kSchemaVersion) {
        return errors::newerVersion(path, header.userVersion);
    }
    if (header.userVersion < kOldestSchemaVersion) {
        return errors::corrupt(path, "schema version " + std::to_string(header.userVersion));
    }
    // A pending journal may restore the file's length, so only judge it afterwards.
    if (!journalPending) {
        if (header.fileSize % header.pageSize != 0) {
            return errors::corrupt(path, "size is not a whole number of pages");
        }
        if (header.pageCount != 0 &&
            header.fileSize < static_cast<std::int64_t>(header.pageCount) * header.pageSize) {
            return errors::corrupt(path, "truncated");
        }
    }
    return success();
}

bool journalPending(const std::string& path) {
    struct stat info {};
    return ::stat((path + "-journal").c_str(), &info) == 0 && info.st_size > 0;
}

Result<Verdict> checkWithSqlite(const std::string& path) {
    SqliteHandle db;
    if (const int code = openDefensively(path, SQLITE_OPEN_READONLY, db); code != SQLITE_OK) {
        return errors::fromSqliteWhileOpening(code, path, "open read-only");
    }
    sql::exec(db.get(), kConnectionPragmas);

    int code = SQLITE_OK;
    const auto applicationId = sql::pragmaInteger(db.get(), "application_id", &code);
    if (code == SQLITE_READONLY_ROLLBACK) {
        return Verdict{0, true};
    }
    if (code != SQLITE_OK) {
        return (code & 0xff) == SQLITE_NOTADB
                   ? errors::corrupt(path, "not a database")
                   : errors::fromSqliteWhileOpening(code, path, "read header");
    }
    if (applicationId != kApplicationId) {
        return errors::foreignDatabase(path);
    }
    const auto userVersion = sql::pragmaInteger(db.get(), "user_version", &code);
    if (code != SQLITE_OK) {
        return errors::fromSqliteWhileOpening(code, path, "read user_version");
    }
    if (userVersion > kSchemaVersion) {
        return errors::newerVersion(path, static_cast<long>(userVersion));
    }

    sql::Query check(db.get(), "PRAGMA quick_check");
    const int step = check.step();
    if (step == SQLITE_READONLY_ROLLBACK) {
        return Verdict{0, true};
    }
    if (step != SQLITE_ROW) {
        return (step & 0xff) == SQLITE_CORRUPT || (step & 0xff) == SQLITE_NOTADB
                   ? errors::corrupt(path, "quick_check failed to run")
                   : errors::fromSqliteWhileOpening(step, path, "quick_check");
    }
    if (check.text(0) != "ok") {
        return errors::corrupt(path, "quick_check reports damage");
    }
    bool genuine = false;
    if (const int read = compareSchema(db.get(), static_cast<int>(userVersion), genuine);
        read != SQLITE_OK) {
        return errors::fromSqliteWhileOpening(read, path, "read schema");
    }
    if (!genuine) {
        return errors::unexpectedSchema(path);
    }
    return Verdict{static_cast<int>(userVersion), false};
}

} // namespace dpia::storage::probe
