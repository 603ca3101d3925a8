#include "core/storage/schema_check.h"

#include "core/sqlite_handle.h"
#include "core/storage/schema.h"
#include "core/storage/sql.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace dpia::storage {
namespace {

/// One row of sqlite_schema, without rootpage (where the b-tree lies is no part of the
/// layout; quick_check judges the pages).
struct SchemaObject {
    std::string type;
    std::string name;
    std::string table;
    std::optional<std::string> sql; ///< none for SQLite's own indexes of a PRIMARY KEY
    auto operator<=>(const SchemaObject&) const = default;
};
using SchemaObjects = std::vector<SchemaObject>;

int readObjects(sqlite3* db, SchemaObjects& out) {
    out.clear();
    sql::Query rows(db, "SELECT type, name, tbl_name, sql, sql IS NULL FROM sqlite_schema");
    if (!rows.prepared()) {
        return rows.prepareCode();
    }
    int code = SQLITE_ROW;
    while ((code = rows.step()) == SQLITE_ROW) {
        SchemaObject object{rows.text(0), rows.text(1), rows.text(2), rows.text(3)};
        if (rows.integer(4) != 0) {
            object.sql.reset();
        }
        out.push_back(std::move(object));
    }
    std::sort(out.begin(), out.end());
    return code == SQLITE_DONE ? SQLITE_OK : code;
}

/// The schema of a file made at `from` and migrated step by step to `to`, built in memory
/// with the very statements that made and migrated real files. Empty if that fails (a bug
/// the tests of every fixture would show).
SchemaObjects build(int from, int to) {
    SqliteHandle db;
    if (openDefensively(":memory:", SQLITE_OPEN_READWRITE, db) != SQLITE_OK ||
        sql::exec(db.get(), schemaSql(from)) != SQLITE_OK) {
        return {};
    }
    for (int version = from; version < to; ++version) {
        if (sql::exec(db.get(), migrationSql(version)) != SQLITE_OK ||
            sql::exec(db.get(), migrationEndSql(version)) != SQLITE_OK) {
            return {};
        }
    }
    SchemaObjects objects;
    return readObjects(db.get(), objects) == SQLITE_OK ? objects : SchemaObjects{};
}

/// For each version, the schemas a genuine file of that version can have.
const std::map<int, std::vector<SchemaObjects>>& genuineSchemas() {
    static const auto all = [] {
        std::map<int, std::vector<SchemaObjects>> schemas;
        for (int version = kOldestSchemaVersion; version <= kSchemaVersion; ++version) {
            for (int from = kOldestSchemaVersion; from <= version; ++from) {
                schemas[version].push_back(build(from, version));
            }
        }
        return schemas;
    }();
    return all;
}

} // namespace

int compareSchema(sqlite3* db, int version, bool& matches) {
    matches = false;
    SchemaObjects found;
    if (const int code = readObjects(db, found); code != SQLITE_OK) {
        return code;
    }
    const auto genuine = genuineSchemas().find(version);
    if (genuine != genuineSchemas().end()) {
        matches = std::find(genuine->second.begin(), genuine->second.end(), found) !=
                  genuine->second.end();
    }
    return SQLITE_OK;
}

} // namespace dpia::storage
