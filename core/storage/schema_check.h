#pragma once

#include <sqlite3.h>

// A .dpia file comes from anywhere (mail, a shared folder, a colleague's tool), and SQLite
// would run whatever schema it brings: a trigger that deletes answers on every edit, a
// hidden table that catches cleared text, a view standing in for a table. So a file is
// opened only when its schema is exactly one this program writes.
namespace dpia::storage {

/// Compares every object in the sqlite_schema of `db` (tables, indexes, triggers, views:
/// type, name, table and SQL text) with the objects a file of schema `version` holds, made
/// new at that version or migrated to it by this program from an older one. Sets `matches`
/// to false when anything is extra, missing or different. Returns SQLITE_OK, or the SQLite
/// error that kept the schema from being read.
int compareSchema(sqlite3* db, int version, bool& matches);

} // namespace dpia::storage
