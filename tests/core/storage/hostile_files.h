#pragma once

#include <string>
#include <vector>

// Documents that someone changed with another tool so that the program would run or trust
// what they brought (issue 21, item 3). Shared by the storage tests, the CLI tests and the
// fuzz seed generator, so every layer is tested with the same files.
namespace dpia::storage::testing {

struct HostileSchema {
    std::string name; ///< a file name stem: "trigger-deletes-answers"
    std::string sql;  ///< run with plain SQLite on a genuine document
};

/// Triggers, hidden tables, a table without its key, views standing in for tables, missing
/// and extra objects, for a schema-3 document.
const std::vector<HostileSchema>& hostileSchemas();

/// Runs `statements` on `path` with a plain (not defensive) SQLite connection, as another
/// tool would; throws std::runtime_error when SQLite refuses them.
void runForeignSql(const std::string& path, const std::string& statements);

} // namespace dpia::storage::testing
