-- Report speed (issue 7): a report reads every current claim with its article and latest decision.
-- These indexes let it read narrow indexes in claim order instead of the wide rows (claims carry
-- their evidence, articles their whole text), visiting decisions and articles in id order.

-- Every column of a claim a report reads, in stable-id order. Its first two columns are the old
-- claims_current index, which it replaces.
CREATE INDEX claims_report ON claims (
  superseded_at, lineage_id, article_id, subject, reference, relation, domain, speaker,
  gap_min_months, gap_max_months);
DROP INDEX claims_current;

-- The article columns a report reads or filters on (the text stays out).
CREATE INDEX articles_report ON articles (id, published, lang, canonical_url, url);
