#pragma once

#include <sqlite3.h>
#include <string>

namespace dpia::baseline {

/// SHA-256 over the content of every table of a baseline image, in a fixed order and
/// a canonical text form (not the file bytes, which depend on the SQLite version), so
/// the same source gives the same hash on every install. The 'hash' meta row is left out.
/// Empty when the image cannot be read. `layout` is the image's user_version: the tables of
/// later layouts are hashed only when the image has them.
std::string contentHash(sqlite3* db, int layout);

} // namespace dpia::baseline
