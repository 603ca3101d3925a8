#pragma once

#include <cstdint>

// The tables of a compiled baseline image (baseline.sqlite). Written by the baseline
// compiler, read by Baseline::load. Every text has an _nl and an _en column; `ord` keeps
// the authored order; link tables hold the many-to-many references.
namespace dpia::baseline {

/// PRAGMA application_id of a baseline image ("DPBL").
inline constexpr std::int32_t kImageApplicationId = 0x4450424c;
/// PRAGMA user_version: the layout below. Raise it when the layout changes.
inline constexpr int kImageLayoutVersion = 2;

inline constexpr const char* kImageSchemaSql = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE changelog (ord INTEGER PRIMARY KEY, version TEXT NOT NULL, date TEXT NOT NULL,
  changes_nl TEXT NOT NULL, changes_en TEXT NOT NULL);
CREATE TABLE part (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL,
  title_nl TEXT NOT NULL, title_en TEXT NOT NULL);
CREATE TABLE section (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, part TEXT NOT NULL,
  title_nl TEXT NOT NULL, title_en TEXT NOT NULL);
CREATE TABLE question (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, section TEXT NOT NULL,
  type TEXT NOT NULL, required INTEGER NOT NULL, text_nl TEXT NOT NULL, text_en TEXT NOT NULL,
  guidance_nl TEXT NOT NULL, guidance_en TEXT NOT NULL, ref TEXT NOT NULL,
  min REAL, max REAL, visible_if TEXT);
CREATE TABLE question_column (question TEXT NOT NULL, ord INTEGER NOT NULL, id TEXT NOT NULL,
  type TEXT NOT NULL, label_nl TEXT NOT NULL, label_en TEXT NOT NULL,
  PRIMARY KEY (question, ord));
CREATE TABLE question_option (question TEXT NOT NULL, column_id TEXT NOT NULL, ord INTEGER NOT NULL,
  id TEXT NOT NULL, label_nl TEXT NOT NULL, label_en TEXT NOT NULL,
  PRIMARY KEY (question, column_id, ord));
CREATE TABLE requirement (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, framework TEXT NOT NULL,
  ref TEXT NOT NULL, bio104 TEXT NOT NULL, bbn INTEGER NOT NULL,
  title_nl TEXT NOT NULL, title_en TEXT NOT NULL, text_nl TEXT NOT NULL, text_en TEXT NOT NULL);
CREATE TABLE safeguard (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, kind TEXT NOT NULL,
  licence TEXT NOT NULL, title_nl TEXT NOT NULL, title_en TEXT NOT NULL,
  description_nl TEXT NOT NULL, description_en TEXT NOT NULL,
  evidence_nl TEXT NOT NULL, evidence_en TEXT NOT NULL);
CREATE TABLE safeguard_meets (safeguard TEXT NOT NULL, ord INTEGER NOT NULL, requirement TEXT NOT NULL,
  PRIMARY KEY (safeguard, ord));
CREATE TABLE risk (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL,
  title_nl TEXT NOT NULL, title_en TEXT NOT NULL, description_nl TEXT NOT NULL,
  description_en TEXT NOT NULL, rights_nl TEXT NOT NULL, rights_en TEXT NOT NULL,
  likelihood INTEGER NOT NULL, impact INTEGER NOT NULL,
  floor_likelihood INTEGER NOT NULL, floor_impact INTEGER NOT NULL);
CREATE TABLE risk_driver (risk TEXT NOT NULL, ord INTEGER NOT NULL, rule TEXT NOT NULL,
  likelihood INTEGER NOT NULL, impact INTEGER NOT NULL, reason_nl TEXT NOT NULL,
  reason_en TEXT NOT NULL, PRIMARY KEY (risk, ord));
CREATE TABLE risk_mitigation (risk TEXT NOT NULL, ord INTEGER NOT NULL, safeguard TEXT NOT NULL,
  likelihood INTEGER NOT NULL, impact INTEGER NOT NULL, reason_nl TEXT NOT NULL,
  reason_en TEXT NOT NULL, PRIMARY KEY (risk, ord));
CREATE TABLE risk_requirement (risk TEXT NOT NULL, ord INTEGER NOT NULL, requirement TEXT NOT NULL,
  PRIMARY KEY (risk, ord));
CREATE TABLE criterion (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, framework TEXT NOT NULL,
  number TEXT NOT NULL, title_nl TEXT NOT NULL, title_en TEXT NOT NULL,
  description_nl TEXT NOT NULL, description_en TEXT NOT NULL, rule TEXT NOT NULL);
CREATE TABLE hint (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, title_nl TEXT NOT NULL,
  title_en TEXT NOT NULL, text_nl TEXT NOT NULL, text_en TEXT NOT NULL, rule TEXT NOT NULL);
CREATE TABLE matrix_axis (axis TEXT NOT NULL, value INTEGER NOT NULL, label_nl TEXT NOT NULL,
  label_en TEXT NOT NULL, PRIMARY KEY (axis, value));
CREATE TABLE matrix_level (rank INTEGER PRIMARY KEY, code TEXT UNIQUE NOT NULL,
  label_nl TEXT NOT NULL, label_en TEXT NOT NULL, colour TEXT NOT NULL);
CREATE TABLE matrix_cell (likelihood INTEGER NOT NULL, impact INTEGER NOT NULL, level TEXT NOT NULL,
  PRIMARY KEY (likelihood, impact));
)sql";

/// Layout 2 adds these tables (an image of layout 1 has none of them and still loads):
/// safeguards answered by a question, licence availability, whose risk it is and when it
/// applies, conditional floors, and the conditions on mitigations (`ord` as in
/// risk_mitigation).
inline constexpr const char* kImageSchemaV2Sql = R"sql(
CREATE TABLE safeguard_fact (safeguard TEXT PRIMARY KEY, question TEXT NOT NULL,
  implemented_when TEXT NOT NULL, implemented_answer TEXT NOT NULL,
  not_implemented_answer TEXT NOT NULL);
CREATE TABLE safeguard_availability (safeguard TEXT PRIMARY KEY, available_when TEXT NOT NULL,
  needs_nl TEXT NOT NULL, needs_en TEXT NOT NULL);
CREATE TABLE risk_scope (risk TEXT PRIMARY KEY, concerns TEXT NOT NULL, applies_when TEXT,
  not_applicable_nl TEXT NOT NULL, not_applicable_en TEXT NOT NULL,
  base_reason_nl TEXT NOT NULL, base_reason_en TEXT NOT NULL);
CREATE TABLE risk_floor (risk TEXT NOT NULL, ord INTEGER NOT NULL, rule TEXT,
  lifted_by TEXT NOT NULL, likelihood INTEGER NOT NULL, impact INTEGER NOT NULL,
  reason_nl TEXT NOT NULL, reason_en TEXT NOT NULL, PRIMARY KEY (risk, ord));
CREATE TABLE risk_mitigation_when (risk TEXT NOT NULL, ord INTEGER NOT NULL, rule TEXT NOT NULL,
  PRIMARY KEY (risk, ord));
CREATE TABLE prescan_point (ord INTEGER PRIMARY KEY, rule TEXT NOT NULL, points INTEGER NOT NULL,
  reason_nl TEXT NOT NULL, reason_en TEXT NOT NULL);
)sql";

/// Also layout 2, added later (an image of layout 2 without it still loads and hashes as
/// before): the English form of a question's or requirement's `ref` where it differs from
/// the Dutch one in the layout-1 column `ref`. `kind` is "question" or "requirement".
inline constexpr const char* kImageRefEnTable = "ref_en";
inline constexpr const char* kImageSchemaRefEnSql = R"sql(
CREATE TABLE ref_en (kind TEXT NOT NULL, item TEXT NOT NULL, ref TEXT NOT NULL,
  PRIMARY KEY (kind, item));
)sql";

/// Also layout 2, added in baseline 1.6 (an image without it loads and hashes as before):
/// questions of earlier versions that asked the same fact as `question` (YAML `replaces`);
/// `options` is a JSON object old option -> new option, `wins` 1 when the old answer is kept
/// on a disagreement.
inline constexpr const char* kImageReplacesTable = "question_replaces";
inline constexpr const char* kImageSchemaReplacesSql = R"sql(
CREATE TABLE question_replaces (old TEXT PRIMARY KEY, question TEXT NOT NULL,
  ord INTEGER NOT NULL, section TEXT NOT NULL, options TEXT NOT NULL, wins INTEGER NOT NULL);
)sql";

/// The rule that gives a replaced yes/no question's answer from the one that remains
/// (`replaces` … `as`); only in an image whose baseline names any (1.3.0 on).
inline constexpr const char* kImageReplacesAsTable = "question_replaces_as";
inline constexpr const char* kImageSchemaReplacesAsSql = R"sql(
CREATE TABLE question_replaces_as (old TEXT PRIMARY KEY, rule TEXT NOT NULL);
)sql";

} // namespace dpia::baseline
