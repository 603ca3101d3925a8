#include "core/storage/schema.h"

#include <map>

namespace dpia::storage {
namespace {

// The change log since schema 3: one structured row per transaction (kinds, ids and
// statuses only; docs/FILE-FORMAT.md lists the closed sets).
const std::string kChangeLogTable = R"sql(
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  os_user TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('created', 'revision', 'baseline', 'schema', 'metadata',
    'status', 'answer', 'note', 'safeguard', 'override', 'custom-risk', 'measure', 'signoff',
    'other')),
  target TEXT NOT NULL,
  action TEXT NOT NULL
    CHECK (action IN ('', 'set', 'cleared', 'added', 'updated', 'removed')),
  value TEXT NOT NULL,
  edits INTEGER NOT NULL CHECK (edits >= 1)
);
)sql";

// The layout of each schema version, in pieces: a file holds exactly the objects of its
// version (schema_check.h compares them), so the texts of older versions stay here as they
// were written, character for character. Schema 3 differs from schema 2 only in the change
// log: schema 2 had change_log (seq, at, os_user, what), one sentence of ids per row
// (tests/data/assessment-v2.sql is a genuine v2 file's script). Schema 1 was schema 2
// without document.classification and without the note table (tests/data/assessment-v1.sql).
// CHECK constraints repeat the rules of the C++ validation so that a file edited by another
// tool cannot hold values this program would refuse to write; they use only core SQL
// functions, so every SQLite build can read the schema.
const std::string kDocumentColumns = R"sql(
CREATE TABLE document (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  title TEXT NOT NULL,
  organisation TEXT NOT NULL,
  processing TEXT NOT NULL,
  process_owner TEXT NOT NULL,
  author TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'in-review', 'final')),
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  version INTEGER NOT NULL)sql";
const std::string kDocumentV1 = kDocumentColumns + "\n);";
const std::string kDocumentV2 =
    kDocumentColumns + ",\n  classification TEXT NOT NULL DEFAULT ''\n);";

const std::string kBaselineAndAnswers = R"sql(
CREATE TABLE baseline (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  id TEXT NOT NULL,
  version TEXT NOT NULL,
  hash TEXT NOT NULL,
  image BLOB NOT NULL,
  image_sha256 TEXT NOT NULL
);
CREATE TABLE answer (
  question TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
)sql";

const std::string kNoteTable = R"sql(
CREATE TABLE note (
  question TEXT PRIMARY KEY,
  text TEXT NOT NULL
);
)sql";

const std::string kItemTables = R"sql(
CREATE TABLE safeguard_status (
  safeguard TEXT PRIMARY KEY,
  status TEXT NOT NULL
    CHECK (status IN ('implemented', 'planned', 'not-implemented', 'not-applicable')),
  evidence TEXT NOT NULL
);
CREATE TABLE risk_override (
  risk TEXT PRIMARY KEY,
  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 4),
  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 4),
  justification TEXT NOT NULL
    CHECK (length(trim(justification, ' ' || char(9, 10, 13))) > 0)
);
CREATE TABLE custom_risk (
  id TEXT PRIMARY KEY,
  ord INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 4),
  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 4)
);
CREATE TABLE measure (
  id TEXT PRIMARY KEY,
  ord INTEGER NOT NULL,
  title TEXT NOT NULL,
  owner TEXT NOT NULL,
  due TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done'))
);
CREATE TABLE measure_risk (
  measure TEXT NOT NULL REFERENCES measure (id) ON DELETE CASCADE ON UPDATE CASCADE,
  ord INTEGER NOT NULL,
  risk TEXT NOT NULL,
  PRIMARY KEY (measure, ord)
);
CREATE TABLE signoff (
  id TEXT PRIMARY KEY,
  ord INTEGER NOT NULL,
  role TEXT NOT NULL
    CHECK (role IN ('fg', 'ciso', 'process-owner', 'controller', 'data-subjects')),
  name TEXT NOT NULL,
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  outcome TEXT NOT NULL
);
)sql";

const std::string kChangeLogV1 = R"sql(
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  os_user TEXT NOT NULL,
  what TEXT NOT NULL
);
)sql";

// Since schema 4: what an import kept aside verbatim (assessment.h, ImportedItem).
const std::string kImportedTable = R"sql(
CREATE TABLE imported (
  ord INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL
);
)sql";

const std::map<int, std::string> kSchemas = {
    {1, kDocumentV1 + kBaselineAndAnswers + kItemTables + kChangeLogV1},
    {2, kDocumentV2 + kBaselineAndAnswers + kNoteTable + kItemTables + kChangeLogV1},
    {3, kDocumentV2 + kBaselineAndAnswers + kNoteTable + kItemTables + kChangeLogTable},
    {4, kDocumentV2 + kBaselineAndAnswers + kNoteTable + kItemTables + kChangeLogTable +
            kImportedTable},
};

// Step n takes a file from version n to n + 1. Each runs in one transaction.
const std::map<int, std::string> kMigrations = {
    {1, R"sql(
ALTER TABLE document ADD COLUMN classification TEXT NOT NULL DEFAULT '';
CREATE TABLE note (
  question TEXT PRIMARY KEY,
  text TEXT NOT NULL
);
)sql"},
    // The sentences cannot be parsed in SQL: the old table is set aside here, and
    // migration.cpp copies its rows through parseChangeText (change_log.h) and drops it.
    {2, "ALTER TABLE change_log RENAME TO change_log_v2;" + kChangeLogTable},
    {3, kImportedTable},
};

// What each step does after copying rows (migration.cpp).
const std::map<int, std::string> kMigrationEnds = {
    {2, "DROP TABLE change_log_v2;"},
};

} // namespace

const std::string& currentSchemaSql() {
    return kSchemas.at(kSchemaVersion);
}

const std::string& schemaSql(int version) {
    static const std::string kNone;
    const auto found = kSchemas.find(version);
    return found == kSchemas.end() ? kNone : found->second;
}

const std::string& migrationSql(int fromVersion) {
    static const std::string kNone;
    const auto found = kMigrations.find(fromVersion);
    return found == kMigrations.end() ? kNone : found->second;
}

const std::string& migrationEndSql(int fromVersion) {
    static const std::string kNone;
    const auto found = kMigrationEnds.find(fromVersion);
    return found == kMigrationEnds.end() ? kNone : found->second;
}

} // namespace dpia::storage
