package gapwatch.store;

import gapwatch.crawl.PageSink;

/**
 * What storing a page did.
 *
 * @param articleId the stored article's id (the earlier one's, for a duplicate)
 * @param outcome new, duplicate or not an article
 * @param claims claims stored
 */
public record StoredArticle(long articleId, PageSink.Outcome outcome, int claims) {}
