#pragma once

#include "core/result.h"

#include <cstdint>
#include <string>

// The checks `AssessmentFile::open` and `dpia-cli check` run before trusting a file, in
// order: exists; SQLite header; application id; schema version; size against the header;
// then, on a read-only SQLite connection, the same ids again, `PRAGMA quick_check` and the
// schema (every table, index, trigger and view) against the exact schema of its version.
// None of them writes to the file.
namespace dpia::storage::probe {

/// What the first 100 bytes of an SQLite file say (https://sqlite.org/fileformat.html).
struct Header {
    std::int64_t fileSize = 0;
    std::uint32_t pageSize = 0;
    std::uint32_t pageCount = 0; ///< 0 when the header's count is not valid
    std::int32_t applicationId = 0;
    std::int32_t userVersion = 0;
    /// The file format's read/write versions (offsets 18, 19) say WAL. This program never
    /// writes one; even a read-only connection to it makes -wal and -shm files next to it.
    bool walMode = false;
};

/// Reads the header: fileNotFound, notAnAssessment (not SQLite) or corrupt (too short).
Result<Header> readHeader(const std::string& path);

/// Checks application id (notAnAssessment), schema version (newerVersion; a version older
/// than this program can migrate is corrupt) and, unless a rollback journal is waiting to
/// be applied, that the file is as long as its header says (corrupt when truncated).
Status checkHeader(const std::string& path, const Header& header, bool journalPending);

/// Whether a non-empty rollback journal lies next to the file: a save was interrupted and
/// the next writer rolls it back to the last committed state.
bool journalPending(const std::string& path);

/// The outcome of the read-only SQLite checks.
struct Verdict {
    int schemaVersion = 0;
    /// The file has a hot journal that SQLite must roll back before anyone can read it; a
    /// read-only connection cannot, so the caller recovers with a writing one first.
    bool needsRecovery = false;
};

/// Opens `path` read-only (defensively) and checks application id, user_version,
/// quick_check and that the schema is exactly that of its version (schema_check.h).
Result<Verdict> checkWithSqlite(const std::string& path);

} // namespace dpia::storage::probe
