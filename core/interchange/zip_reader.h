#pragma once

#include "core/result.h"
#include "core/storage/json_strict.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// Reading an untrusted zip archive (the CNIL PIA export) with libzip; this file's .cpp is
// the only user of libzip's headers. Every limit is checked on what is actually inflated,
// not on what the archive's headers claim, so a lying header cannot get past them.
namespace dpia::interchange {

struct ZipLimits {
    std::size_t maxEntries = 1000;
    std::uint64_t maxEntryBytes = 64ull * 1024 * 1024;  ///< one entry, inflated
    std::uint64_t maxTotalBytes = 256ull * 1024 * 1024; ///< all entries, inflated
    /// Inflated / compressed, checked for entries above 1 MiB: more is a zip bomb.
    std::uint64_t maxRatio = 100;
};

struct ZipEntry {
    std::string name; ///< the path in the archive, UTF-8, '/'-separated, never climbing out
    std::string bytes;
};

/// The files of the archive at `path` (folders are left out), in the archive's order.
/// Refused, through `problem`, with what is wrong: not a zip, an encrypted entry, a name
/// that is absolute, climbs out (`..`), holds a backslash or is not UTF-8, a symbolic
/// link, two entries of one name, or a limit broken.
Result<std::vector<ZipEntry>> readZip(const std::string& path, const ZipLimits& limits,
                                      storage::ProblemError problem);

/// Whether `bytes` start like a zip archive ("PK\3\4", or "PK\5\6" for an empty one).
bool looksLikeZip(std::string_view bytes);

} // namespace dpia::interchange
