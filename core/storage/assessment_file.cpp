// Making, opening and copying .dpia files. The edits are in assessment_file_edits.cpp.
#include "core/storage/assessment_file.h"

#include "core/log.h"
#include "core/storage/change_log.h"
#include "core/storage/file_lock.h"
#include "core/storage/file_probe.h"
#include "core/storage/migration.h"
#include "core/storage/schema.h"
#include "core/storage/sql.h"
#include "core/storage/storage_errors.h"
#include "core/storage/store.h"
#include "core/storage/validate.h"

namespace dpia::storage {
namespace {

Result<SqliteHandle> connect(const std::string& path, bool writer) {
    // No SQLITE_OPEN_CREATE: a file that vanished is an error, not a new empty database.
    const int flags = writer ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    SqliteHandle db;
    if (const int code = openDefensively(path, flags, db); code != SQLITE_OK) {
        return errors::fromSqliteWhileOpening(code, path, "open");
    }
    int pragmas = sql::exec(db.get(), kConnectionPragmas);
    if (pragmas == SQLITE_OK && writer) {
        pragmas = sql::exec(db.get(), kWriterPragmas);
    }
    if (pragmas != SQLITE_OK) {
        return errors::fromSqliteWhileOpening(pragmas, path, "configure");
    }
    return db;
}

/// Rolls back the journal of an interrupted save: SQLite does so the first time a
/// connection that may write reads the file. Restores the last committed state.
Status recover(const std::string& path) {
    auto db = connect(path, true);
    if (!db) {
        return db.error();
    }
    sql::Query touch(db->get(), "SELECT count(*) FROM sqlite_schema");
    const int code = touch.step();
    if (code != SQLITE_ROW) {
        return errors::fromSqliteWhileOpening(code, path, "recover");
    }
    coreLog().info("rolled back the journal of an interrupted save");
    return success();
}

/// Fills the new, empty database at `temp` with `content` in one transaction.
Status fill(const std::string& temp, const std::string& path, const Assessment& content,
            const std::optional<ChangeLogEntry>& extraEntry) {
    auto db = connect(temp, true);
    if (!db) {
        return db.error();
    }
    sqlite3* raw = db->get();
    int code = sql::exec(raw, "BEGIN IMMEDIATE");
    if (code == SQLITE_OK) {
        code = sql::exec(raw, "PRAGMA application_id = " + std::to_string(kApplicationId));
    }
    if (code == SQLITE_OK) {
        code = sql::exec(raw, currentSchemaSql());
    }
    if (code == SQLITE_OK) {
        code = store::writeAll(raw, content);
    }
    if (code == SQLITE_OK && extraEntry) {
        code = store::appendChangeLog(raw, *extraEntry);
    }
    if (code == SQLITE_OK) {
        code = sql::exec(raw, "PRAGMA user_version = " + std::to_string(kSchemaVersion));
    }
    if (code == SQLITE_OK) {
        code = sql::exec(raw, "COMMIT");
    }
    if (code != SQLITE_OK) {
        sql::rollbackIfOpen(raw);
        return errors::fromSqlite(code, path, "write new file");
    }
    return success();
}

/// Removes a rollback journal that a crash left behind but that holds nothing to roll back
/// (killed before its header was written: SQLite ignores such a journal but leaves it).
/// Under our write lock (BEGIN IMMEDIATE) no other connection is writing, and any hot
/// journal has been rolled back by then, so what remains is debris.
void removeStaleJournal(sqlite3* db, const std::string& path) {
    const std::string journal = path + "-journal";
    if (!files::exists(journal) || sql::exec(db, "BEGIN IMMEDIATE") != SQLITE_OK) {
        sql::rollbackIfOpen(db);
        return;
    }
    if (files::exists(journal)) {
        files::removeFile(journal);
        coreLog().info("removed an empty rollback journal left by a crash");
    }
    sql::exec(db, "ROLLBACK");
}

/// Under the lock of `path`: the temp files of an import or a new file that a killed
/// process left next to it hold private text; nobody else can be making them now.
void cleanUpAfterKilledWriters(const std::string& path) {
    if (const int removed = files::removeStaleTemporaries(path); removed > 0) {
        coreLog().info("removed temporary files left by an interrupted save: {}", removed);
    }
}

} // namespace

Result<std::unique_ptr<AssessmentFile>>
AssessmentFile::create(const std::string& path, std::span<const std::uint8_t> baselineImage,
                       const BaselineIdentity& baseline, const Metadata& metadata) {
    Assessment content;
    content.metadata = metadata;
    content.created = files::utcNow();
    content.modified = content.created;
    content.baseline = EmbeddedBaseline{
        baseline.id, baseline.version, baseline.hash, {baselineImage.begin(), baselineImage.end()}};
    return createFrom(path, content, createdEntry());
}

Result<std::unique_ptr<AssessmentFile>>
AssessmentFile::createFrom(const std::string& path, const Assessment& content,
                           std::optional<ChangeLogEntry> log) {
    if (Status valid = validate::assessment(content); !valid) {
        return valid.error();
    }
    if (files::exists(path)) {
        return errors::alreadyExists(path);
    }
    // The lock first: nobody opens the new name for writing while we move the file there.
    auto lock = FileLock::acquire(path);
    if (!lock) {
        return lock.error().code == ErrorCode::readOnly ? errors::cannotCreate(path) : lock.error();
    }
    if (files::exists(path)) {
        return errors::alreadyExists(path);
    }
    cleanUpAfterKilledWriters(path);
    auto temp = files::createTempNextTo(path);
    if (!temp) {
        return temp.error();
    }
    if (log) {
        log->when = files::utcNow();
        log->user = files::osUserName();
    }
    Status filled = fill(*temp, path, content, log);
    if (filled) {
        filled = files::moveIntoPlace(*temp, path);
    }
    if (!filled) {
        files::removeWithJournal(*temp);
        return filled.error();
    }
    coreLog().info("created a document ({} answers)", content.answers.size());
    return openChecked(path, std::move(lock).value(), std::nullopt);
}

Result<std::unique_ptr<AssessmentFile>> AssessmentFile::open(const std::string& path,
                                                             OpenMode mode) {
    auto header = probe::readHeader(path);
    if (!header) {
        return header.error();
    }
    if (Status ok = probe::checkHeader(path, *header, probe::journalPending(path)); !ok) {
        return ok.error();
    }
    std::optional<Error> readOnlyReason;
    if (mode == OpenMode::readOnly) {
        readOnlyReason = errors::openedReadOnly(path);
    } else if (!files::fileWritable(path)) {
        readOnlyReason = errors::fileReadOnly(path);
    } else if (!files::folderWritable(path)) {
        readOnlyReason = errors::folderReadOnly(path);
    }
    std::unique_ptr<FileLock> lock;
    if (!readOnlyReason) {
        auto acquired = FileLock::acquire(path);
        if (!acquired && acquired.error().code == ErrorCode::readOnly) {
            readOnlyReason = errors::folderReadOnly(path); // no lock file can be made there
        } else if (!acquired) {
            return acquired.error();
        } else {
            lock = std::move(acquired).value();
            cleanUpAfterKilledWriters(path);
        }
    }
    return openChecked(path, std::move(lock), std::move(readOnlyReason));
}

Result<std::unique_ptr<AssessmentFile>>
AssessmentFile::openChecked(const std::string& path, std::unique_ptr<FileLock> lock,
                            std::optional<Error> readOnlyReason) {
    auto verdict = probe::checkWithSqlite(path);
    if (!verdict) {
        return verdict.error();
    }
    if (verdict->needsRecovery) {
        // Only a process holding the lock may roll the journal back; a read-only open
        // borrows the lock for that moment.
        std::unique_ptr<FileLock> borrowed;
        if (!lock) {
            if (!files::fileWritable(path) || !files::folderWritable(path)) {
                return errors::recoveryNeedsWrite(path);
            }
            auto acquired = FileLock::acquire(path);
            if (!acquired) {
                return acquired.error();
            }
            borrowed = std::move(acquired).value();
        }
        if (Status recovered = recover(path); !recovered) {
            return recovered.error();
        }
        auto header = probe::readHeader(path);
        if (!header) {
            return header.error();
        }
        if (Status ok = probe::checkHeader(path, *header, false); !ok) {
            return ok.error();
        }
        verdict = probe::checkWithSqlite(path);
        if (!verdict) {
            return verdict.error();
        }
        if (verdict->needsRecovery) {
            return errors::corrupt(path, "journal could not be rolled back");
        }
    }

    std::unique_ptr<AssessmentFile> file(new AssessmentFile());
    file->path_ = path;
    file->osUser_ = files::osUserName();
    file->readOnlyReason_ = std::move(readOnlyReason);
    auto db = connect(path, !file->isReadOnly());
    if (!db) {
        return db.error();
    }
    file->db_ = std::move(db).value();
    file->lock_ = std::move(lock);
    file->schemaVersion_ = verdict->schemaVersion;
    if (!file->isReadOnly()) {
        removeStaleJournal(file->db_.get(), path);
    }
    // An older schema is read as it is; it is migrated by the first edit that is accepted
    // (upgradeSchema), so opening, reading and a refused edit leave the file as it was.
    // Recorded before reading: a change in between shows as a difference at the next edit
    // (refused, safe) instead of slipping into the baseline we compare against.
    file->recordDiskState();
    auto content = store::read(file->db_.get(), file->schemaVersion_, path);
    if (!content) {
        return content.error();
    }
    file->assessment_ = std::move(content).value();
    // Everything is in memory now; the pages read stay in SQLite's cache (about 1 MB, most
    // of it the embedded baseline) for nothing. An edit reads back the few pages it needs.
    sqlite3_db_release_memory(file->db_.get());
    coreLog().info("opened a document (schema {}, {} answers, {})", file->schemaVersion_,
                   file->assessment_.answers.size(),
                   file->isReadOnly() ? "read-only" : "read-write");
    return file;
}

std::optional<LockOwner> AssessmentFile::lockHolder(const std::string& path) {
    return FileLock::holder(path);
}

AssessmentFile::~AssessmentFile() {
    // Close the database before the lock goes, so the next writer finds it closed.
    db_.reset();
    lock_.reset();
}

Status AssessmentFile::saveCopy(const std::string& path) const {
    return copyDatabase(db_.get(), path);
}

Status AssessmentFile::upgradeSchema() {
    if (schemaVersion_ >= kSchemaVersion) {
        return success();
    }
    if (!unchangedOnDisk()) {
        changedOnDisk_ = true;
        return errors::changedOnDisk(path_);
    }
    auto backup = migrate(db_.get(), path_, schemaVersion_, osUser_);
    // A failed step leaves the file at the last completed version: read back what is there.
    int code = SQLITE_OK;
    const auto reached = sql::pragmaInteger(db_.get(), "user_version", &code);
    if (code == SQLITE_OK && reached >= kOldestSchemaVersion && reached <= kSchemaVersion) {
        schemaVersion_ = static_cast<int>(reached);
    }
    if (backup) {
        migrationBackup_ = *backup;
    }
    auto content = store::read(db_.get(), schemaVersion_, path_);
    if (content) {
        // The same content, plus the change-log rows of the steps.
        assessment_ = std::move(content).value();
    }
    recordDiskState();
    if (!backup) {
        return backup.error();
    }
    if (!content) {
        return content.error();
    }
    return success();
}

bool AssessmentFile::unchangedOnDisk() {
    const auto now = files::diskState(path_);
    if (!now || !diskState_ || *now != *diskState_) {
        return false;
    }
    int code = SQLITE_OK;
    const auto version = sql::pragmaInteger(db_.get(), "data_version", &code);
    return code == SQLITE_OK && version == dataVersion_;
}

void AssessmentFile::recordDiskState() {
    diskState_ = files::diskState(path_);
    dataVersion_ = sql::pragmaInteger(db_.get(), "data_version");
}

} // namespace dpia::storage
