#pragma once

#include <memory>
#include <sqlite3.h>
#include <string>

namespace dpia {

/// Owns a sqlite3 connection; closes it when it goes.
struct SqliteCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

/// Owns a prepared statement; finalizes it when it goes.
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

/// How long a connection waits for another process's lock (a commit takes milliseconds)
/// before it gives up with SQLITE_BUSY.
inline constexpr int kBusyTimeoutMs = 3000;

/// Opens `path` with `flags` (SQLITE_OPEN_READONLY or _READWRITE, never _CREATE unless the
/// caller adds it) as untrusted input: extended result codes, the busy timeout (a reader
/// waits out a writer's commit instead of failing), and the schema of the file
/// can run nothing — SQLITE_DBCONFIG_DEFENSIVE (no writable_schema, no shadow-table writes),
/// untrusted schema functions off, triggers and views off (SQLite 3.35+), no extension
/// loading. Returns the SQLite result code; `out` holds the connection even on failure so
/// that sqlite3_errmsg can say why.
int openDefensively(const std::string& path, int flags, SqliteHandle& out);

/// Prepares `sql` on `db`; null on failure (sqlite3_errmsg(db) tells why).
Statement prepare(sqlite3* db, const std::string& sql);

/// True when `db` has a table named `name` (for tables a layout gained after it was first
/// written).
bool hasTable(sqlite3* db, const std::string& name);

/// The text of column `index` of the current row ("" for NULL).
std::string columnText(sqlite3_stmt* statement, int index);

} // namespace dpia
