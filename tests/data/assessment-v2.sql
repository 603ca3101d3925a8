-- The script that made tests/data/assessment-v2.dpia: a genuine schema-2 DPIA file, as the
-- second file layout wrote it (the change log a sentence of ids per row, column `what`).
-- Its change log holds every sentence form schema 2 knew, and three it did not write (kept
-- as kind "other" by the migration to schema 3); seq jumps once, as after deleted rows.
-- It embeds the compiled tests/data/baseline-minimal. Regenerate only if the fixture is lost:
--   dpia-baseline-compile tests/data/baseline-minimal /tmp/min.sqlite /tmp/min.cpp
--   sed "s/@IMAGE_SHA256@/$(sha256sum /tmp/min.sqlite | cut -c1-64)/" tests/data/assessment-v2.sql \
--     | (cd /tmp && sqlite3 -bail assessment-v2.dpia)
.bail on
PRAGMA application_id = 1146112321; -- 0x44504941 "DPIA"
PRAGMA journal_mode = DELETE;
BEGIN;
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
  version INTEGER NOT NULL,
  classification TEXT NOT NULL DEFAULT ''
);
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
CREATE TABLE note (
  question TEXT PRIMARY KEY,
  text TEXT NOT NULL
);
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
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  os_user TEXT NOT NULL,
  what TEXT NOT NULL
);
INSERT INTO document VALUES (1, 'Jeugdzorg in Teams', 'Gemeente Voorbeeld', 'Overleg jeugdzorg',
  'Teamleider Jeugd', 'Privacyadviseur', 'draft', '2025-03-01T09:00:00Z',
  '2025-06-04T15:30:00Z', 2, 'Intern');
INSERT INTO baseline VALUES (1, 'test-minimal', '0.1.0',
  'ddbff9b193413e73f28a71ab10a96b467f23636c2ee86146ff4751f5d777da7e',
  readfile('/tmp/min.sqlite'), '@IMAGE_SHA256@');
INSERT INTO answer VALUES ('q_yes', 'true');
INSERT INTO answer VALUES ('q_text', '"Cliëntgegevens in \"kanalen\""');
INSERT INTO note VALUES ('q_text', 'Navragen bij de jeugdarts');
INSERT INTO safeguard_status VALUES ('sg-audit', 'implemented', 'Schermafdruk auditlog');
INSERT INTO custom_risk VALUES ('cr-1', 0, 'Gastgebruikers', 'Externe partners zien te veel', 2, 3);
INSERT INTO measure VALUES ('m-1', 0, 'Gasttoegang beperken', 'CISO', '2025-06-01', 'open');
INSERT INTO measure_risk VALUES ('m-1', 0, 'cr-1');
INSERT INTO signoff VALUES ('so-1', 0, 'fg', 'A. de Vries', '2025-03-04', 'Positief advies',
  'positief met voorwaarden');
INSERT INTO change_log VALUES (1, '2025-05-01T09:00:00Z', 'privacy', 'created');
INSERT INTO change_log VALUES (2, '2025-05-02T09:00:00Z', 'privacy', 'metadata');
INSERT INTO change_log VALUES (3, '2025-05-03T09:00:00Z', 'privacy', 'answer q_text');
INSERT INTO change_log VALUES (4, '2025-05-04T09:00:00Z', 'privacy', 'answer q_yes cleared');
INSERT INTO change_log VALUES (5, '2025-05-05T09:00:00Z', 'privacy', 'note q_text');
INSERT INTO change_log VALUES (6, '2025-05-06T09:00:00Z', 'privacy', 'note q_yes cleared');
INSERT INTO change_log VALUES (7, '2025-05-07T09:00:00Z', 'privacy', 'safeguard sg-audit implemented');
INSERT INTO change_log VALUES (8, '2025-05-08T09:00:00Z', 'privacy', 'safeguard sg-policy planned');
INSERT INTO change_log VALUES (9, '2025-05-09T09:00:00Z', 'privacy', 'safeguard sg-policy cleared');
INSERT INTO change_log VALUES (10, '2025-05-10T09:00:00Z', 'privacy', 'override r-leak');
INSERT INTO change_log VALUES (16, '2025-05-11T09:00:00Z', 'privacy', 'override r-leak cleared');
INSERT INTO change_log VALUES (17, '2025-05-12T09:00:00Z', 'privacy', 'custom-risk cr-1 added');
INSERT INTO change_log VALUES (18, '2025-05-13T09:00:00Z', 'privacy', 'custom-risk cr-1 updated');
INSERT INTO change_log VALUES (19, '2025-05-14T09:00:00Z', 'privacy', 'custom-risk cr-2 removed');
INSERT INTO change_log VALUES (20, '2025-05-15T09:00:00Z', 'privacy', 'measure m-1 added');
INSERT INTO change_log VALUES (21, '2025-05-16T09:00:00Z', 'privacy', 'measure m-1 updated');
INSERT INTO change_log VALUES (22, '2025-05-17T09:00:00Z', 'privacy', 'measure m-2 removed');
INSERT INTO change_log VALUES (23, '2025-05-18T09:00:00Z', 'privacy', 'signoff so-1 added');
INSERT INTO change_log VALUES (24, '2025-05-19T09:00:00Z', 'privacy', 'signoff so-1 updated');
INSERT INTO change_log VALUES (25, '2025-05-20T09:00:00Z', 'privacy', 'signoff so-2 removed');
INSERT INTO change_log VALUES (26, '2025-05-21T09:00:00Z', 'privacy', 'status in-review');
INSERT INTO change_log VALUES (27, '2025-05-22T09:00:00Z', 'privacy', 'status final');
INSERT INTO change_log VALUES (28, '2025-05-23T09:00:00Z', 'privacy', 'status draft');
INSERT INTO change_log VALUES (29, '2025-05-24T09:00:00Z', 'privacy', 'created from sample');
INSERT INTO change_log VALUES (30, '2025-05-25T09:00:00Z', 'privacy', 'revision 2');
INSERT INTO change_log VALUES (31, '2025-05-26T09:00:00Z', 'privacy', 'baseline 0.1.0 -> 0.2.0');
INSERT INTO change_log VALUES (32, '2025-05-27T09:00:00Z', 'privacy', 'schema 1 -> 2');
INSERT INTO change_log VALUES (33, '2025-05-28T09:00:00Z', 'privacy', 'imported from the old tool');
INSERT INTO change_log VALUES (34, '2025-05-29T09:00:00Z', 'privacy', 'status unknown');
INSERT INTO change_log VALUES (35, '2025-05-30T09:00:00Z', 'privacy', 'answer  q_text');
PRAGMA user_version = 2;
COMMIT;
