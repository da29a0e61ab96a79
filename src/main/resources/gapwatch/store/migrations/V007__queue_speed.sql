-- Queue speed (issue 6): the review queue shows 100 claims at a time, oldest article first or
-- least confident first. These indexes give SQLite both orders, so a page reads its rows in order
-- and stops after them instead of joining and sorting every matching claim.

-- The oldest-first order's leading terms, exactly as ClaimQuery writes them (undated last).
CREATE INDEX articles_oldest ON articles (published IS NULL, published);

-- Claims, least confident first. Not led by superseded_at: SQLite would then take it for that
-- equality and read claims in confidence order where it needs no order (counting, reports).
CREATE INDEX claims_confidence ON claims (confidence);
