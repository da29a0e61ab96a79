-- gapwatch schema: crawl follow-up (#5). A URL that redirects to another origin is done and points
-- at its target, which has a frontier row of its own (fetched after its own robots.txt).
ALTER TABLE urls ADD COLUMN redirected_to TEXT;
