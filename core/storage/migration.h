#pragma once

#include "core/result.h"

#include <sqlite3.h>
#include <string>

namespace dpia::storage {

/// Copies the database open on `source` to a new owner-only file at `target` through the
/// SQLite backup API (a consistent snapshot even while others read it). Built in a temp
/// file and moved into place; never replaces an existing file.
Status copyDatabase(sqlite3* source, const std::string& target);

/// Brings the file open on `db` from `fromVersion` to kSchemaVersion: first a copy is kept
/// aside (`NAME.v1.bak`, or `NAME.v1.2.bak` ... if that exists), then each step runs in one
/// transaction with its change-log row. Returns the path of the copy. A failed step leaves
/// the file at the last completed version and the copy in place.
Result<std::string> migrate(sqlite3* db, const std::string& path, int fromVersion,
                            const std::string& osUser);

} // namespace dpia::storage
