#pragma once

#include "core/sqlite_handle.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

// Small helpers over the SQLite C API for the storage code. Every function returns the
// SQLite result code so callers can map it (errors::fromSqlite) and roll back.
namespace dpia::storage::sql {

/// Runs one or more statements without results.
int exec(sqlite3* db, const std::string& statements);

/// A prepared statement with positional binds; `step()` runs it once.
class Query {
public:
    Query(sqlite3* db, const std::string& statement);

    bool prepared() const { return statement_ != nullptr; }
    int prepareCode() const { return prepareCode_; }

    Query& bind(std::string_view text);
    Query& bind(std::int64_t number);
    Query& bind(int number) { return bind(static_cast<std::int64_t>(number)); }
    Query& bindBlob(std::span<const std::uint8_t> bytes);

    /// Steps once: SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    /// Steps until done (for statements without results): SQLITE_OK or an error code.
    int run();

    std::string text(int column) const { return columnText(statement_.get(), column); }
    std::int64_t integer(int column) const {
        return sqlite3_column_int64(statement_.get(), column);
    }
    std::span<const std::uint8_t> blob(int column) const;

private:
    Statement statement_;
    int prepareCode_ = SQLITE_OK;
    int nextBind_ = 1;
    int bindCode_ = SQLITE_OK;
};

/// The integer a pragma returns (application_id, user_version, data_version); -1 on error.
std::int64_t pragmaInteger(sqlite3* db, const std::string& pragma, int* resultCode = nullptr);

/// Rolls back if a transaction is open (after a failure; SQLite may already have done it).
void rollbackIfOpen(sqlite3* db);

} // namespace dpia::storage::sql
