#include "core/storage/migration.h"

#include "core/log.h"
#include "core/storage/change_log.h"
#include "core/storage/file_ops.h"
#include "core/storage/schema.h"
#include "core/storage/sql.h"
#include "core/storage/storage_errors.h"
#include "core/storage/store.h"

namespace dpia::storage {
namespace {

/// Step 2 -> 3: every sentence of the set-aside schema-2 table becomes a structured row,
/// through the same parser the JSON v1 reader uses; an unknown one is kept as kind other.
/// `seq` is kept, so the order and the numbering stay as they were.
int convertChangeLog(sqlite3* db) {
    int code = SQLITE_ROW;
    {
        sql::Query rows(db, "SELECT seq, at, os_user, what FROM change_log_v2 ORDER BY seq");
        while ((code = rows.step()) == SQLITE_ROW) {
            ChangeLogEntry entry = parseChangeText(rows.text(3));
            entry.when = rows.text(1);
            entry.user = rows.text(2);
            code = store::insertChangeLog(db, rows.integer(0), entry);
            if (code != SQLITE_OK) {
                return code;
            }
        }
    }
    // The statement is finished before the drop: SQLite refuses to drop a table being read.
    return code == SQLITE_DONE ? sql::exec(db, migrationEndSql(2)) : code;
}

/// The row that records a step, in the form of the version the step reaches: a sentence
/// until schema 2, the columns from schema 3 on.
int logStep(sqlite3* db, int reached, const ChangeLogEntry& entry) {
    if (reached >= 3) {
        return store::appendChangeLog(db, entry);
    }
    sql::Query insert(db, "INSERT INTO change_log (at, os_user, what) VALUES (?, ?, ?)");
    return insert.bind(entry.when).bind(entry.user).bind(changeText(entry)).run();
}

} // namespace

Status copyDatabase(sqlite3* source, const std::string& target) {
    if (files::exists(target)) {
        return errors::alreadyExists(target);
    }
    auto temp = files::createTempNextTo(target);
    if (!temp) {
        return temp.error();
    }
    const auto fail = [&](const Error& error) -> Status {
        files::removeWithJournal(*temp);
        return error;
    };
    {
        SqliteHandle copy;
        if (const int openCode = openDefensively(*temp, SQLITE_OPEN_READWRITE, copy);
            openCode != SQLITE_OK) {
            return fail(errors::fromSqlite(openCode, target, "open copy"));
        }
        sql::exec(copy.get(), kWriterPragmas);
        sqlite3_backup* backup = sqlite3_backup_init(copy.get(), "main", source, "main");
        if (backup == nullptr) {
            return fail(errors::fromSqlite(sqlite3_errcode(copy.get()), target, "backup init"));
        }
        int step = SQLITE_OK;
        while ((step = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || step == SQLITE_LOCKED) {
            sqlite3_sleep(20);
        }
        const int finish = sqlite3_backup_finish(backup);
        if (step != SQLITE_DONE || finish != SQLITE_OK) {
            return fail(errors::fromSqlite(step != SQLITE_DONE ? step : finish, target, "backup"));
        }
    }
    Status moved = files::moveIntoPlace(*temp, target);
    if (!moved) {
        return fail(moved.error());
    }
    return success();
}

Result<std::string> migrate(sqlite3* db, const std::string& path, int fromVersion,
                            const std::string& osUser) {
    if (fromVersion >= kSchemaVersion) {
        return std::string();
    }
    // Keep the file as it was, under a name that says which version it is.
    const std::string stem = path + ".v" + std::to_string(fromVersion);
    std::string backup = stem + ".bak";
    for (int n = 2; files::exists(backup); ++n) {
        backup = stem + "." + std::to_string(n) + ".bak";
    }
    if (Status copied = copyDatabase(db, backup); !copied) {
        return copied.error();
    }
    coreLog().info("migrating a document from schema {} to {}", fromVersion, kSchemaVersion);

    for (int version = fromVersion; version < kSchemaVersion; ++version) {
        const std::string& step = migrationSql(version);
        if (step.empty()) {
            return errors::internal("no migration from schema " + std::to_string(version));
        }
        ChangeLogEntry entry = schemaEntry(version);
        entry.when = files::utcNow();
        entry.user = osUser;
        const std::string what = changeText(entry);
        int code = sql::exec(db, "BEGIN IMMEDIATE");
        if (code == SQLITE_OK) {
            code = sql::exec(db, step);
        }
        if (code == SQLITE_OK && version == 2) {
            code = convertChangeLog(db);
        }
        if (code == SQLITE_OK) {
            code = sql::exec(db, "PRAGMA user_version = " + std::to_string(version + 1));
        }
        if (code == SQLITE_OK) {
            code = logStep(db, version + 1, entry);
        }
        if (code == SQLITE_OK) {
            code = sql::exec(db, "COMMIT");
        }
        if (code != SQLITE_OK) {
            sql::rollbackIfOpen(db);
            return errors::fromSqliteWhileOpening(code, path, "migrate " + what);
        }
    }
    return backup;
}

} // namespace dpia::storage
