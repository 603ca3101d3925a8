#pragma once

#include "core/result.h"
#include "core/storage/assessment.h"

#include <sqlite3.h>
#include <string>

// The SQL of the .dpia tables (schema.cpp): reading a whole assessment, and the row writes
// the edits are made of. No transactions and no validation here: AssessmentFile wraps each
// edit in one transaction, validate.h checks values first. Write functions return the
// SQLite result code (SQLITE_OK on success).
namespace dpia::storage::store {

/// Reads everything. `schemaVersion` is the file's (an unmigrated v1 file opened read-only
/// has no notes and no classification). Checks the embedded baseline against its SHA-256,
/// because quick_check does not look inside the image's pages.
Result<Assessment> read(sqlite3* db, int schemaVersion, const std::string& path);

/// Writes a whole assessment into empty tables (a new file, an import).
int writeAll(sqlite3* db, const Assessment& assessment);

int updateMetadata(sqlite3* db, const Metadata& metadata);
int updateStatus(sqlite3* db, DocumentStatus status);
int updateModified(sqlite3* db, const std::string& when);

int putAnswer(sqlite3* db, const std::string& questionId, const nlohmann::json& value);
int deleteAnswer(sqlite3* db, const std::string& questionId);
int putNote(sqlite3* db, const std::string& questionId, const std::string& text);
int deleteNote(sqlite3* db, const std::string& questionId);
int putSafeguard(sqlite3* db, const std::string& safeguardId, const SafeguardEntry& entry);
int deleteSafeguard(sqlite3* db, const std::string& safeguardId);
int putOverride(sqlite3* db, const std::string& riskId, const RiskOverride& value);
int deleteOverride(sqlite3* db, const std::string& riskId);

int insertCustomRisk(sqlite3* db, const CustomRisk& risk, int ord);
int updateCustomRisk(sqlite3* db, const CustomRisk& risk);
/// Also unlinks the risk from every measure.
int deleteCustomRisk(sqlite3* db, const std::string& id);

int insertMeasure(sqlite3* db, const Measure& measure, int ord);
int updateMeasure(sqlite3* db, const Measure& measure);
int deleteMeasure(sqlite3* db, const std::string& id);

int insertSignoff(sqlite3* db, const Signoff& signoff, int ord);
int updateSignoff(sqlite3* db, const Signoff& signoff);
int deleteSignoff(sqlite3* db, const std::string& id);

/// Appends a row to the change log of a schema-3 file (seq one more than the last).
int appendChangeLog(sqlite3* db, const ChangeLogEntry& entry);
/// Inserts a row with the given seq (the migration keeps the numbering of the old rows).
int insertChangeLog(sqlite3* db, std::int64_t seq, const ChangeLogEntry& entry);

} // namespace dpia::storage::store
