#pragma once

#include <cstdint>
#include <string>

// The layout of a .dpia file (docs/FILE-FORMAT.md). Raise kSchemaVersion only together
// with a new migration step in schema.cpp and a fixture of the old version in tests/data.
namespace dpia::storage {

/// PRAGMA application_id of a .dpia file: "DPIA" in ASCII (a baseline image is "DPBL").
inline constexpr std::int32_t kApplicationId = 0x44504941;
/// PRAGMA user_version written by this program.
inline constexpr int kSchemaVersion = 4;
/// The oldest schema version this program can still open (and migrate).
inline constexpr int kOldestSchemaVersion = 1;

/// The tables of the current schema (without the pragmas).
const std::string& currentSchemaSql();

/// The tables a new file of schema `version` had, exactly as that version wrote them
/// (empty for a version that never existed).
const std::string& schemaSql(int version);

/// The statements that take a file from `fromVersion` to `fromVersion + 1` (without the
/// user_version pragma, which the caller sets in the same transaction).
const std::string& migrationSql(int fromVersion);

/// The statements that end the step from `fromVersion`, after migration.cpp has copied the
/// rows that SQL cannot convert (empty when there is nothing to do).
const std::string& migrationEndSql(int fromVersion);

/// The per-connection settings every connection to a .dpia file runs first.
/// (openDefensively in sqlite_handle.h has already turned off triggers, views, extensions
/// and untrusted schema functions.)
inline constexpr const char* kConnectionPragmas = "PRAGMA foreign_keys = ON;"
                                                  "PRAGMA secure_delete = ON;"
                                                  "PRAGMA cell_size_check = ON;"
                                                  "PRAGMA trusted_schema = OFF;";

/// The settings a writing connection adds: a rollback journal that is deleted after each
/// commit (no side files, works on network shares) and an fsync at every commit.
/// EXTRA, not FULL: deleting the journal is the commit point, and only EXTRA fsyncs the
/// folder after the delete. Under FULL a power cut soon after a commit can bring the
/// journal back, and the next open rolls the acknowledged edit back (the power-loss test,
/// tests/core/storage/powerloss_test.cpp, shows it).
inline constexpr const char* kWriterPragmas = "PRAGMA journal_mode = DELETE;"
                                              "PRAGMA synchronous = EXTRA;";

} // namespace dpia::storage
