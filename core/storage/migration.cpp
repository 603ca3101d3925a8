#include "core/storage/migration.h"

#include "core/log.h"
#include "core/storage/file_ops.h"
#include "core/storage/schema.h"
#include "core/storage/sql.h"
#include "core/storage/storage_errors.h"
#include "core/storage/store.h"

namespace dpia::storage {

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
        sqlite3* raw = nullptr;
        const int openCode = sqlite3_open_v2(temp->c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
        SqliteHandle copy(raw);
        if (openCode != SQLITE_OK) {
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
        const std::string what =
            "schema " + std::to_string(version) + " -> " + std::to_string(version + 1);
        int code = sql::exec(db, "BEGIN IMMEDIATE");
        if (code == SQLITE_OK) {
            code = sql::exec(db, step);
        }
        if (code == SQLITE_OK) {
            code = sql::exec(db, "PRAGMA user_version = " + std::to_string(version + 1));
        }
        if (code == SQLITE_OK) {
            code = store::appendChangeLog(db, {files::utcNow(), osUser, what});
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
