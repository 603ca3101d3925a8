#pragma once

#include "core/result.h"
#include "core/sqlite_handle.h"
#include "core/storage/assessment.h"
#include "core/storage/edit.h"
#include "core/storage/file_ops.h"
#include "core/storage/lock_owner.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace dpia::storage {

class FileLock;

/// The baseline a new document is made with (what baseline::BaselineInfo says of it).
struct BaselineIdentity {
    std::string id;
    std::string version;
    std::string hash;
};

enum class OpenMode { readWrite, readOnly };

/// One open .dpia file (docs/FILE-FORMAT.md) and its content in memory.
///
/// Every edit is one SQLite transaction, change-log row included; when it returns success
/// the edit is on disk (synchronous=EXTRA), and `assessment()` shows it. When it fails,
/// nothing was written and `assessment()` is unchanged. Edits check structure (validate.h),
/// not the baseline: AssessmentService checks ids and answer values against the baseline.
/// Use an instance from one thread at a time.
class AssessmentFile {
public:
    /// Makes a new file; never replaces an existing path (alreadyExists). Owner-only (0600).
    static Result<std::unique_ptr<AssessmentFile>>
    create(const std::string& path, std::span<const std::uint8_t> baselineImage,
           const BaselineIdentity& baseline, const Metadata& metadata);

    /// Makes a new file holding `content` (an import, a sample), built in a temp file next
    /// to `path` and moved into place, so a failure leaves nothing behind. `created` and
    /// `modified` must be set. When `log` is given it is added as a change-log row (its
    /// `when` and `user` filled in); an import passes none, to reproduce the export exactly.
    static Result<std::unique_ptr<AssessmentFile>> createFrom(const std::string& path,
                                                              const Assessment& content,
                                                              std::optional<ChangeLogEntry> log);

    /// Opens and checks a file (file_probe.h). readWrite takes the one-writer lock
    /// (lockedByOther when another process or window has it). An older schema is read as
    /// it is and migrated only by the first accepted edit (a copy is kept aside first), so
    /// an open, a read or a refused edit never changes the file. When the file or its
    /// folder cannot be written, the file opens read-only and readOnlyReason() says why.
    static Result<std::unique_ptr<AssessmentFile>> open(const std::string& path, OpenMode mode);

    /// Who has `path` open for editing, if anyone.
    static std::optional<LockOwner> lockHolder(const std::string& path);

    ~AssessmentFile();
    AssessmentFile(const AssessmentFile&) = delete;
    AssessmentFile& operator=(const AssessmentFile&) = delete;

    const Assessment& assessment() const { return assessment_; }
    const std::string& path() const { return path_; }
    bool isReadOnly() const { return readOnlyReason_.has_value(); }
    /// Why edits are refused (code readOnly): the banner text for the user.
    const std::optional<Error>& readOnlyReason() const { return readOnlyReason_; }
    /// The schema version of the file on disk (older than kSchemaVersion until the first
    /// accepted edit migrates it).
    int schemaVersion() const { return schemaVersion_; }
    /// The copy kept aside when an edit of this instance migrated the file; empty otherwise.
    const std::string& migrationBackup() const { return migrationBackup_; }

    /// Checks one edit against the document as the edits before it in the same list left
    /// it: AssessmentService passes its baseline checks here.
    using EditCheck = std::function<Status(const Assessment& state, const Edit& edit)>;

    /// Applies `edits` all or nothing (edit.h): each is checked (structure, ids, then
    /// `check`), all are written in one transaction with one change-log row (logEntry of
    /// the list: the first edit's, with the number of edits), and only after the commit does
    /// assessment() show them. A final document refuses every edit but SetStatus (finalDocument).
    /// An empty list does nothing.
    Result<Applied> apply(const EditList& edits, const EditCheck& check = {});
    Result<Applied> apply(const Edit& edit) { return apply(EditList{edit}); }

    /// Writes a consistent copy to a new owner-only file (SQLite backup API); never
    /// replaces an existing file. Works on read-only documents too.
    Status saveCopy(const std::string& path) const;

private:
    AssessmentFile() = default;

    /// The part of opening after the header checks and the lock: the read-only SQLite
    /// checks, crash recovery, the writing connection, migration and reading the content.
    static Result<std::unique_ptr<AssessmentFile>> openChecked(const std::string& path,
                                                               std::unique_ptr<FileLock> lock,
                                                               std::optional<Error> readOnlyReason);

    /// Runs one transaction: checks, BEGIN IMMEDIATE, `write`, change-log row, COMMIT, then
    /// `apply` to the in-memory model. `entry` is the change-log row (ids only); its `when`
    /// and `user` are filled in here.
    Status edit(ChangeLogEntry entry, bool finalMayChange,
                const std::function<int(sqlite3*)>& write,
                const std::function<void(Assessment&)>& apply);
    /// Brings an older file to kSchemaVersion (migration.h) before the first accepted edit
    /// is written; on failure the file and the model show the last completed step.
    Status upgradeSchema();
    /// Whether the file is still the one we last committed (dev/inode/size/mtime and
    /// PRAGMA data_version); call inside the write transaction.
    bool unchangedOnDisk();
    void recordDiskState();
    /// After a failed edit: rolls back, lets SQLite undo a half-written commit from its
    /// journal (retried before the next edit if the fault persists), and records the state.
    void settleAfterFailure();

    std::string path_;
    SqliteHandle db_;
    std::unique_ptr<FileLock> lock_;
    Assessment assessment_;
    std::optional<Error> readOnlyReason_;
    int schemaVersion_ = 0;
    std::string migrationBackup_;
    std::string osUser_;
    std::optional<files::DiskState> diskState_;
    std::int64_t dataVersion_ = -1;
    bool changedOnDisk_ = false; ///< once seen, every further edit is refused
    bool unsettled_ = false;     ///< a failed edit left a journal that is not yet rolled back
};

} // namespace dpia::storage
