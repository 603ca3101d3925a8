#pragma once

#include <string>

namespace dpia::storage {

/// Who holds a document open for editing, as its lock file records it (docs/FILE-FORMAT.md,
/// "Lock file"). Shown to the user; never logged (it names a person's account).
struct LockOwner {
    std::string user;  ///< OS account name
    std::string host;  ///< computer name
    long pid = 0;      ///< process id on that computer
    std::string since; ///< ISO-8601 UTC
};

} // namespace dpia::storage
