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

/// Prepares `sql` on `db`; null on failure (sqlite3_errmsg(db) tells why).
Statement prepare(sqlite3* db, const std::string& sql);

/// True when `db` has a table named `name` (for tables a layout gained after it was first
/// written).
bool hasTable(sqlite3* db, const std::string& name);

/// The text of column `index` of the current row ("" for NULL).
std::string columnText(sqlite3_stmt* statement, int index);

} // namespace dpia
