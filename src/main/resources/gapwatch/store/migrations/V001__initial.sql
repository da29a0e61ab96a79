-- gapwatch schema, version 1. Times are ISO-8601 UTC strings; booleans are 0/1.

CREATE TABLE sources (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE,
  url            TEXT NOT NULL,
  etag           TEXT,
  last_modified  TEXT,
  last_polled_at TEXT,
  created_at     TEXT NOT NULL
);

CREATE TABLE crawl_runs (
  id                 INTEGER PRIMARY KEY,
  started_at         TEXT NOT NULL,
  finished_at        TEXT,
  status             TEXT NOT NULL CHECK (status IN ('running', 'ok', 'partial', 'failed')),
  pid                INTEGER,
  sources_polled     INTEGER NOT NULL DEFAULT 0,
  sources_failed     INTEGER NOT NULL DEFAULT 0,
  articles_new       INTEGER NOT NULL DEFAULT 0,
  articles_duplicate INTEGER NOT NULL DEFAULT 0,
  not_articles       INTEGER NOT NULL DEFAULT 0,
  skipped_robots     INTEGER NOT NULL DEFAULT 0,
  skipped_other      INTEGER NOT NULL DEFAULT 0,
  deferred           INTEGER NOT NULL DEFAULT 0,
  failed             INTEGER NOT NULL DEFAULT 0,
  claims_found       INTEGER NOT NULL DEFAULT 0,
  elapsed_ms         INTEGER,
  summary_json       TEXT
);

-- The persistent frontier: one row per canonical article URL.
CREATE TABLE urls (
  id              INTEGER PRIMARY KEY,
  url             TEXT NOT NULL UNIQUE,
  source_id       INTEGER REFERENCES sources (id),
  title           TEXT,
  status          TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed', 'skipped')),
  discovered_at   TEXT NOT NULL,
  next_fetch_at   TEXT,
  last_attempt_at TEXT,
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT
);
CREATE INDEX urls_due ON urls (status, next_fetch_at);

-- Raw responses, gzip-compressed, kept so that extraction can be re-run.
CREATE TABLE fetches (
  id            INTEGER PRIMARY KEY,
  url_id        INTEGER NOT NULL REFERENCES urls (id),
  run_id        INTEGER REFERENCES crawl_runs (id),
  final_url     TEXT NOT NULL,
  status_code   INTEGER NOT NULL,
  content_type  TEXT,
  etag          TEXT,
  last_modified TEXT,
  fetched_at    TEXT NOT NULL,
  body_gzip     BLOB NOT NULL,
  body_bytes    INTEGER NOT NULL,
  body_sha256   TEXT NOT NULL
);
CREATE INDEX fetches_url ON fetches (url_id);
CREATE INDEX fetches_body_sha256 ON fetches (body_sha256);

CREATE TABLE articles (
  id                INTEGER PRIMARY KEY,
  fetch_id          INTEGER NOT NULL REFERENCES fetches (id),
  url               TEXT NOT NULL,
  canonical_url     TEXT,
  title             TEXT,
  authors_json      TEXT NOT NULL DEFAULT '[]',
  published         TEXT,
  published_source  TEXT,
  modified          TEXT,
  modified_source   TEXT,
  lang              TEXT,
  section           TEXT,
  keywords_json     TEXT NOT NULL DEFAULT '[]',
  text              TEXT NOT NULL,
  text_sha256       TEXT NOT NULL,
  kind              TEXT NOT NULL,
  duplicate_of      INTEGER REFERENCES articles (id),
  extractor_version TEXT NOT NULL,
  extracted_at      TEXT NOT NULL
);
CREATE INDEX articles_fetch ON articles (fetch_id);
CREATE INDEX articles_text_sha256 ON articles (text_sha256);
CREATE INDEX articles_canonical_url ON articles (canonical_url);

CREATE TABLE claims (
  id                  INTEGER PRIMARY KEY,
  article_id          INTEGER NOT NULL REFERENCES articles (id),
  subject             TEXT NOT NULL,
  reference           TEXT NOT NULL,
  relation            TEXT NOT NULL CHECK (relation IN ('behind', 'ahead', 'parity')),
  gap_min_months      REAL,
  gap_max_months      REAL,
  gap_text            TEXT,
  approximate         INTEGER,
  domain              TEXT,
  speaker             TEXT,
  speaker_affiliation TEXT,
  evidence            TEXT NOT NULL,
  evidence_start      INTEGER NOT NULL,
  evidence_end        INTEGER NOT NULL,
  confidence          REAL NOT NULL,
  needs_review        INTEGER NOT NULL DEFAULT 0,
  extractor_version   TEXT NOT NULL,
  created_at          TEXT NOT NULL
);
CREATE INDEX claims_article ON claims (article_id);
CREATE INDEX claims_pair ON claims (subject, reference);
