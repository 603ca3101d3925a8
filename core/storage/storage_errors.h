#pragma once

#include "core/error.h"
#include "core/storage/lock_owner.h"

#include <string>

// The errors of the storage layer, each with a Dutch and an English message that says what
// happened and what the user can do. Messages name the file (its last path component) so
// the user knows which one; `detail` (logged) carries codes only, never paths or content.
namespace dpia::storage::errors {

Error fileNotFound(const std::string& path);
Error notSqlite(const std::string& path);
Error foreignDatabase(const std::string& path);
Error newerVersion(const std::string& path, long foundVersion);
Error corrupt(const std::string& path, const std::string& detail);
/// A file whose tables, indexes, triggers or views are not exactly those of its version:
/// changed by another tool (code corrupt); nothing in it is run or trusted.
Error unexpectedSchema(const std::string& path);
/// The baseline image embedded in a document is not the baseline the document records (id,
/// version, content hash): replaced by someone (code corrupt).
Error embeddedBaselineMismatch(const std::string& path);

Error fileReadOnly(const std::string& path);
Error folderReadOnly(const std::string& path);
Error openedReadOnly(const std::string& path);
/// A new file cannot be made in the folder of `path`.
Error cannotCreate(const std::string& path);
/// A crash left an unfinished save that must be rolled back, but the file cannot be written.
Error recoveryNeedsWrite(const std::string& path);

Error lockedByOther(const std::string& path, const LockOwner& owner);
/// What is wrong with the lock file next to a document.
enum class LockProblem { notAFile, unreadable };
/// The lock file of `path` is a folder, link, FIFO or device, or cannot be read: nobody
/// can tell who edits the document (code lockedByOther: it can still be opened read-only).
Error lockFileUnusable(const std::string& path, LockProblem problem);
Error busy(const std::string& path, const std::string& detail);
Error changedOnDisk(const std::string& path);
Error alreadyExists(const std::string& path);
/// Disk full, an I/O error, busy: messages that say nothing was changed or written (true
/// for opening, reading, new files and outputs). An edit passes its error through
/// editNotSaved, which says that the user's last change was not saved.
Error diskFull(const std::string& path, const std::string& detail);
Error ioError(const std::string& path, const std::string& detail);
/// The error of an edit that was not written: for a full disk, an I/O error or a busy
/// file the message says the last change was not saved (and earlier ones are safe).
Error editNotSaved(const std::string& path, Error error);
Error finalDocument();
/// No item of `kind` ({"maatregel", "measure"}, ...) with that id in the document.
Error unknownItem(const LocalText& kind, const std::string& id);
/// An item with that id exists already.
Error duplicateItem(const LocalText& kind, const std::string& id);

/// A value that does not fit a field (`field` names it, e.g. "measures[2].due").
Error invalidValue(const std::string& field, const std::string& nl, const std::string& en);
/// An answer to a question the document does not ask: `on` lists the questions whose
/// answers hide it.
Error notAsked(const std::string& question, const std::string& on);
/// A JSON document that is not the interchange format; says that nothing was made.
Error invalidJson(const std::string& nl, const std::string& en);
/// An output path that is a folder, a device or a link: never written over.
Error notAFile(const std::string& path);
/// An output path that holds a DPIA document: a report or an export never replaces one.
Error wouldReplaceDocument(const std::string& path);
/// An edit in its JSON form (dpia-cli edit) that cannot be read; the document is unchanged.
Error invalidEdit(const std::string& nl, const std::string& en);
Error internal(const std::string& detail);

/// Maps an SQLite result code of a failed operation on `path` to the error the user sees.
Error fromSqlite(int resultCode, const std::string& path, const std::string& operation);
/// fromSqlite for the reads of a file being opened (header, schema, content, recovery,
/// migration): a generic SQLITE_ERROR there ("unsupported file format", "malformed
/// database schema") or SQLITE_NOMEM (an impossible allocation asked for by damaged
/// content) is the file's fault, so `corrupt`, not `internal`.
Error fromSqliteWhileOpening(int resultCode, const std::string& path, const std::string& operation);
/// Maps an errno value of a failed write on `path` (a missing folder, no permission, a full
/// disk: nothing was written).
Error fromErrno(int errorNumber, const std::string& path, const std::string& operation);
/// Maps an errno value of a failed read of the input `path`: missing, not readable (no
/// permission), not a regular file, or an I/O error.
Error fromReadErrno(int errorNumber, const std::string& path, const std::string& operation);

/// The folder that should hold the new file `path` does not exist.
Error folderNotFound(const std::string& path);
/// `path` may not be read (permissions): never "read-only", which is about writing.
Error notReadable(const std::string& path);
/// An input that is a folder, a device, a FIFO or a socket: never opened for reading, so
/// nothing hangs waiting on a pipe.
Error notRegularInput(const std::string& path);
/// `path` cannot be written here (permissions, a read-only file system).
Error cannotWrite(const std::string& path);

} // namespace dpia::storage::errors
