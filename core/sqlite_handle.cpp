#include "core/sqlite_handle.h"

namespace dpia {

int openDefensively(const std::string& path, int flags, SqliteHandle& out) {
    sqlite3* raw = nullptr;
    const int code = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    out.reset(raw);
    if (code != SQLITE_OK) {
        return code;
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    // Each setting is available in SQLite 3.40 (Debian 12); a failure here is a build of
    // SQLite without them, and the connection must not be used then.
    for (const int option :
         {SQLITE_DBCONFIG_DEFENSIVE, SQLITE_DBCONFIG_TRUSTED_SCHEMA, SQLITE_DBCONFIG_ENABLE_TRIGGER,
          SQLITE_DBCONFIG_ENABLE_VIEW, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION}) {
        const int wanted = option == SQLITE_DBCONFIG_DEFENSIVE ? 1 : 0;
        int now = -1;
        if (sqlite3_db_config(raw, option, wanted, &now) != SQLITE_OK || now != wanted) {
            return SQLITE_MISUSE;
        }
    }
    return SQLITE_OK;
}

Statement prepare(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return Statement(statement);
}

bool hasTable(sqlite3* db, const std::string& name) {
    Statement statement =
        prepare(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    if (!statement) {
        return false;
    }
    sqlite3_bind_text(statement.get(), 1, name.c_str(), static_cast<int>(name.size()),
                      SQLITE_TRANSIENT);
    return sqlite3_step(statement.get()) == SQLITE_ROW;
}

std::string columnText(sqlite3_stmt* statement, int index) {
    const unsigned char* text = sqlite3_column_text(statement, index);
    if (text == nullptr) {
        return {};
    }
    return {reinterpret_cast<const char*>(text),
            static_cast<std::size_t>(sqlite3_column_bytes(statement, index))};
}

} // namespace dpia
