-- The script that made tests/data/assessment-v3.dpia: a genuine schema-3 DPIA file, as the
-- third file layout wrote it (the structured change log, no `imported` table yet), for the
-- migration 3 -> 4. It embeds the compiled tests/data/baseline-minimal. Regenerate only if
-- the fixture is lost:
--   dpia-baseline-compile tests/data/baseline-minimal /tmp/min.sqlite /tmp/min.cpp
--   sed "s/@IMAGE_SHA256@/$(sha256sum /tmp/min.sqlite | cut -c1-64)/" tests/data/assessment-v3.sql \
--     | (cd /tmp && sqlite3 -bail assessment-v3.dpia)
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
  kind TEXT NOT NULL CHECK (kind IN ('created', 'revision', 'baseline', 'schema', 'metadata',
    'status', 'answer', 'note', 'safeguard', 'override', 'custom-risk', 'measure', 'signoff',
    'other')),
  target TEXT NOT NULL,
  action TEXT NOT NULL
    CHECK (action IN ('', 'set', 'cleared', 'added', 'updated', 'removed')),
  value TEXT NOT NULL,
  edits INTEGER NOT NULL CHECK (edits >= 1)
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
INSERT INTO change_log VALUES (1, '2025-05-01T09:00:00Z', 'privacy', 'created', '', '', '', 1);
INSERT INTO change_log VALUES (2, '2025-05-02T09:00:00Z', 'privacy', 'answer', 'q_text', 'set', '', 1);
INSERT INTO change_log VALUES (3, '2025-05-03T09:00:00Z', 'privacy', 'safeguard', 'sg-audit', 'set', 'implemented', 1);
INSERT INTO change_log VALUES (4, '2025-05-04T09:00:00Z', 'privacy', 'measure', 'm-1', 'added', '', 2);
PRAGMA user_version = 3;
COMMIT;
