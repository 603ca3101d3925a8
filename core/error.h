#pragma once

#include "core/lang.h"

#include <string>
#include <string_view>

namespace dpia {

/// What went wrong, as a stable code the UI and the CLI can act on.
enum class ErrorCode {
    // Files
    fileNotFound,    ///< the path does not exist
    notAnAssessment, ///< not SQLite, or SQLite of another application
    newerVersion,    ///< made by a newer version of the program
    corrupt,         ///< truncated or damaged
    readOnly,        ///< the file or its folder cannot be written
    lockedByOther,   ///< another process or window has the file open
    changedOnDisk,   ///< another program changed the file since it was opened
    alreadyExists,   ///< refusing to overwrite an existing file
    diskFull,        ///< no space left; nothing was saved
    ioError,         ///< the operating system refused a read or write
    // Content
    unknownId,       ///< no question, safeguard, risk ... with that id
    invalidValue,    ///< a value that does not fit (wrong type, unknown option, ...)
    invalidBaseline, ///< the baseline source or blob is not valid
    invalidJson,     ///< a JSON document that is not the interchange format
    finalDocument,   ///< the document is final and refuses edits
    // Other
    internal, ///< a bug; details in the log
};

/// A failure as a value: a code, a message for the user in both languages, and a
/// technical detail for the log (never personal data or answer text).
struct Error {
    ErrorCode code = ErrorCode::internal;
    LocalText message;
    std::string detail;
};

/// The stable name of a code ("file-not-found"), for JSON and logs.
std::string_view errorCodeName(ErrorCode code);

} // namespace dpia
