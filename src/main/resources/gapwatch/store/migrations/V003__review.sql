-- Curator review (issue 6). Human decisions live apart from the extractor's output in `claims`:
-- a decision never changes a claims row, and re-extraction never changes a decision.

-- One row per curator action on a claim; append-only. Each row holds the whole review state the
-- action produced, so a claim's state is its row with the highest seq, and an undo is a new row
-- that restores an earlier state.
CREATE TABLE decisions (
  id                  INTEGER PRIMARY KEY,
  claim_id            INTEGER NOT NULL REFERENCES claims (id), -- the claim's stable id
  seq                 INTEGER NOT NULL CHECK (seq >= 1),       -- 1, 2, 3... per claim: its version
  based_on            INTEGER NOT NULL CHECK (based_on >= 0),  -- the seq whose state this changed
  action              TEXT NOT NULL
                      CHECK (action IN ('accept', 'reject', 'edit', 'duplicate', 'undo')),
  status              TEXT NOT NULL
                      CHECK (status IN ('pending', 'accepted', 'rejected', 'duplicate')),
  edited              INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
  -- When edited = 1, the curator's field values, all of them; they replace the extracted ones.
  subject             TEXT,
  reference           TEXT,
  relation            TEXT CHECK (relation IN ('behind', 'ahead', 'parity')),
  gap_min_months      REAL,
  gap_max_months      REAL,
  domain              TEXT,
  speaker             TEXT,
  speaker_affiliation TEXT,
  reason              TEXT,                                    -- why rejected
  duplicate_of        INTEGER REFERENCES claims (id),
  prediction_id       INTEGER NOT NULL REFERENCES claims (id), -- the extracted row the curator saw
  curator             TEXT NOT NULL,
  decided_at          TEXT NOT NULL,
  UNIQUE (claim_id, seq)
);

CREATE TRIGGER decisions_are_append_only_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: add a decision instead'); END;
CREATE TRIGGER decisions_are_append_only_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only: add a decision instead'); END;

-- Who did what, when, with the state before and after; refused attempts (conflicts) too.
-- Append-only.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('ok', 'conflict', 'refused')),
  claim_id    INTEGER REFERENCES claims (id),
  before_json TEXT,
  after_json  TEXT,
  detail      TEXT
);
CREATE INDEX audit_log_claim ON audit_log (claim_id);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
