#include "tests/core/storage/hostile_files.h"

#include "core/sqlite_handle.h"

#include <stdexcept>

namespace dpia::storage::testing {

const std::vector<HostileSchema>& hostileSchemas() {
    static const std::vector<HostileSchema> kCases = {
        // Every edit writes a change-log row: this wipes the answers and the edit "succeeds".
        {"trigger-deletes-answers",
         "CREATE TRIGGER wipe AFTER INSERT ON change_log BEGIN DELETE FROM answer; END;"},
        // The user clears a text and believes it is gone.
        {"trigger-keeps-cleared-text",
         "CREATE TABLE kept (question TEXT, value TEXT);"
         "CREATE TRIGGER keep AFTER DELETE ON answer "
         "BEGIN INSERT INTO kept VALUES (old.question, old.value); END;"},
        // An edit that fails every time: "internal error" instead of a refused file.
        {"trigger-aborts",
         "CREATE TRIGGER stop BEFORE INSERT ON change_log BEGIN SELECT RAISE(ABORT, 'nee'); END;"},
        // Edits "succeed" (one more row each time) but are not read back as the user meant.
        {"table-without-key",
         "ALTER TABLE answer RENAME TO answer_old;"
         "CREATE TABLE answer (question TEXT, value TEXT NOT NULL);"
         "INSERT INTO answer SELECT * FROM answer_old; DROP TABLE answer_old;"},
        {"view-for-table", "DROP TABLE note;"
                           "CREATE VIEW note AS SELECT '' AS question, '' AS text WHERE 0;"},
        {"missing-table", "DROP TABLE note;"},
        {"extra-table", "CREATE TABLE hidden (text TEXT);"},
        {"extra-index", "CREATE INDEX answer_by_value ON answer (value);"},
        {"extra-view", "CREATE VIEW everything AS SELECT * FROM answer;"},
        // Same name and columns, one CHECK rule less: the file may hold values the program
        // refuses to write.
        {"check-removed",
         "ALTER TABLE measure RENAME TO measure_old;"
         "CREATE TABLE measure (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, title TEXT NOT NULL,"
         " owner TEXT NOT NULL, due TEXT NOT NULL, status TEXT NOT NULL);"
         "INSERT INTO measure SELECT * FROM measure_old; DROP TABLE measure_old;"},
    };
    return kCases;
}

void runForeignSql(const std::string& path, const std::string& statements) {
    sqlite3* raw = nullptr;
    const int code = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    SqliteHandle db(raw);
    char* message = nullptr;
    if (code != SQLITE_OK ||
        sqlite3_exec(db.get(), statements.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string why = message != nullptr ? message : sqlite3_errmsg(db.get());
        sqlite3_free(message);
        throw std::runtime_error(path + ": " + why);
    }
}

} // namespace dpia::storage::testing
