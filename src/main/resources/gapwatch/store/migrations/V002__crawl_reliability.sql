-- gapwatch schema, version 2: what a nightly crawl needs to be incremental and to explain itself.

-- Validators of documents a source leads to (sitemaps listed by a sitemap index), for conditional
-- GETs; a source's own feed keeps its validators on its sources row.
CREATE TABLE source_documents (
  url            TEXT PRIMARY KEY,
  etag           TEXT,
  last_modified  TEXT,
  last_polled_at TEXT NOT NULL
);

-- The frontier remembers the validators of a fetched page and the class of its last failure.
ALTER TABLE urls ADD COLUMN etag TEXT;
ALTER TABLE urls ADD COLUMN last_modified TEXT;
ALTER TABLE urls ADD COLUMN failure_cause TEXT;

-- Near-duplicate detection: a 64-bit SimHash of the article's words, split into six bands; two
-- texts within Hamming distance 5 share at least one band, so candidates are found by index.
ALTER TABLE articles ADD COLUMN simhash INTEGER;
ALTER TABLE articles ADD COLUMN simhash_b0 INTEGER;
ALTER TABLE articles ADD COLUMN simhash_b1 INTEGER;
ALTER TABLE articles ADD COLUMN simhash_b2 INTEGER;
ALTER TABLE articles ADD COLUMN simhash_b3 INTEGER;
ALTER TABLE articles ADD COLUMN simhash_b4 INTEGER;
ALTER TABLE articles ADD COLUMN simhash_b5 INTEGER;
CREATE INDEX articles_simhash_b0 ON articles (simhash_b0);
CREATE INDEX articles_simhash_b1 ON articles (simhash_b1);
CREATE INDEX articles_simhash_b2 ON articles (simhash_b2);
CREATE INDEX articles_simhash_b3 ON articles (simhash_b3);
CREATE INDEX articles_simhash_b4 ON articles (simhash_b4);
CREATE INDEX articles_simhash_b5 ON articles (simhash_b5);
-- How an article was found to be a duplicate: 'url' (rel=canonical), 'exact' or 'near'.
ALTER TABLE articles ADD COLUMN duplicate_kind TEXT;

-- Runs: the hosts that rested, and why a run ended without a summary (killed).
ALTER TABLE crawl_runs ADD COLUMN hosts_rested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE crawl_runs ADD COLUMN note TEXT;

CREATE INDEX urls_source ON urls (source_id);
