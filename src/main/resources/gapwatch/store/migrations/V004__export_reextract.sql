-- Re-extraction and export (issue 7). Extracted claims get versions: re-extraction adds a new
-- claims row for a claim whose fields changed and links the old one to it; nothing is deleted.

-- The claim's stable id: the id of its first version. Decisions refer to it, so they carry over
-- to every later version.
ALTER TABLE claims ADD COLUMN lineage_id INTEGER REFERENCES claims (id);
-- When this version stopped being current (re-extracted), and the version that replaced it (NULL
-- when the claim was no longer found: "gone").
ALTER TABLE claims ADD COLUMN superseded_at TEXT;
ALTER TABLE claims ADD COLUMN superseded_by INTEGER REFERENCES claims (id);

UPDATE claims SET lineage_id = id WHERE lineage_id IS NULL;
CREATE TRIGGER claims_start_their_lineage AFTER INSERT ON claims WHEN NEW.lineage_id IS NULL
BEGIN UPDATE claims SET lineage_id = NEW.id WHERE id = NEW.id; END;

CREATE INDEX claims_lineage ON claims (lineage_id);
CREATE INDEX claims_current ON claims (superseded_at, lineage_id);

-- An article re-extracted into a different version points at it; the old row stays.
ALTER TABLE articles ADD COLUMN superseded_by INTEGER REFERENCES articles (id);
CREATE INDEX articles_published ON articles (published);

-- One row per re-extraction run, with its summary.
CREATE TABLE reextract_runs (
  id                INTEGER PRIMARY KEY,
  started_at        TEXT NOT NULL,
  finished_at       TEXT,
  article_extractor TEXT NOT NULL,
  claim_extractor   TEXT NOT NULL,
  since             TEXT,
  source            TEXT,
  articles          INTEGER NOT NULL DEFAULT 0,
  articles_changed  INTEGER NOT NULL DEFAULT 0,
  claims_new        INTEGER NOT NULL DEFAULT 0,
  claims_changed    INTEGER NOT NULL DEFAULT 0,
  claims_unchanged  INTEGER NOT NULL DEFAULT 0,
  claims_gone       INTEGER NOT NULL DEFAULT 0,
  failed            INTEGER NOT NULL DEFAULT 0
);

-- Reports and exports of decided claims only (e.g. --status accepted) start from this index.
CREATE INDEX decisions_status ON decisions (status, claim_id);
