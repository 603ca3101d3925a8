#pragma once

#include "core/result.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <sys/types.h>

// POSIX file operations the storage layer builds on: identity snapshots, temp files that
// are moved into place without replacing anything, and facts about this process.
namespace dpia::storage::files {

/// What identifies a file's content on disk without reading it. Recorded after each of our
/// commits; a difference before the next edit means another program wrote or replaced it.
struct DiskState {
    dev_t device = 0;
    ino_t inode = 0;
    std::int64_t size = 0;
    std::int64_t mtimeSeconds = 0;
    std::int64_t mtimeNanoseconds = 0;

    bool operator==(const DiskState&) const = default;
};

/// The state of what `path` names (links followed); nullopt with errno saying why.
std::optional<DiskState> diskState(const std::string& path);

bool exists(const std::string& path);
/// The folder that holds `path` ("." for a bare name).
std::string folderOf(const std::string& path);
/// Whether this process may write the file / create files in its folder.
bool fileWritable(const std::string& path);
bool folderWritable(const std::string& path);

/// Creates an empty, owner-only (0600) file next to `target`, with a hidden unique name;
/// returns its path. The caller fills it and moves it into place with moveIntoPlace.
Result<std::string> createTempNextTo(const std::string& target);

/// Removes the temp files createTempNextTo made for `target` that a killed process left
/// behind (`.NAME.XXXXXX.tmp` and its `-journal`: this program's pattern only, regular
/// files of this account, last changed before this process started). Call only while
/// holding the lock of `target`: whoever makes a document there holds it. Returns how many
/// were removed.
int removeStaleTemporaries(const std::string& target);

/// Renames `from` to `to` unless `to` exists (then alreadyExists, and `from` stays); fsyncs
/// the folder so the new name survives a power cut.
Status moveIntoPlace(const std::string& from, const std::string& to);

/// Removes a file we made and its SQLite rollback journal, ignoring errors (clean-up).
void removeWithJournal(const std::string& path);
/// Removes one file, ignoring errors.
void removeFile(const std::string& path);

/// Makes `path`'s content durable (fsync), e.g. after writing a JSON export.
Status syncFile(const std::string& path);

/// Writes `bytes` to a new owner-only file at `path` (temp file, fsync, move into place);
/// never replaces an existing file.
Status writeNewFile(const std::string& path, const std::string& bytes);

/// Like writeNewFile, but an existing regular file at `path` is replaced, atomically: until
/// the rename the old file is untouched, so a full disk or a crash leaves it as it was.
/// Refuses (notAFile) a directory, a device, a socket or a symbolic link, and (wouldReplace
/// Document) a DPIA document, whatever its name.
Status replaceFile(const std::string& path, const std::string& bytes);
/// The refusals of replaceFile, without writing: success when nothing is at `path` or a
/// regular file that is not a DPIA document.
Status checkReplaceable(const std::string& path);

/// What an output may do to a file already at its path: keep it (the output is refused
/// with alreadyExists) or replace it, because the user chose so (a save dialog that asked,
/// `dpia-cli report --force`).
enum class Existing { keep, replace };

/// The one way the program writes an output (report, export, CSV): writeNewFile for keep,
/// replaceFile for replace.
Status writeOutput(const std::string& path, const std::string& bytes, Existing existing);

/// Appends bytes to an output being made; false once a write has failed (later writes do
/// nothing, and the output is not kept).
using OutputWriter = std::function<bool(const char* data, std::size_t size)>;
/// Makes an output's content through the writer it is given; an error stops the output.
using OutputMaker = std::function<Status(const OutputWriter& write)>;
/// writeOutput for an output written as it is made (a PDF, page by page), so that it is
/// never held in memory whole: the same checks first, then `make` fills the owner-only
/// temporary file, which is fsynced and moved into place only when `make` succeeded and
/// every write did. On any failure the temporary file is removed, an earlier file at
/// `path` is untouched, and the error is `make`'s or the write's (a full disk).
Status writeOutputAsMade(const std::string& path, Existing existing, const OutputMaker& make);

/// Reads a whole file of at most `maxBytes`; larger files give invalidJson.
Result<std::string> readSmallFile(const std::string& path, std::size_t maxBytes);

// Facts about this process for the change log and the lock file.
std::string osUserName();
/// The full name of `account` as this computer knows it (the first field of its GECOS
/// entry), or empty.
std::string accountFullName(const std::string& account);
std::string hostName();
long processId();
/// Now as ISO-8601 UTC, "2026-11-29T10:15:00Z".
std::string utcNow();
/// Today's date on this computer (local time), "2026-11-29".
std::string localToday();

} // namespace dpia::storage::files
