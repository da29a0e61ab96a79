package gapwatch.crawl;

/**
 * Where fetched article pages go: the later stages (extraction and storage) behind an interface the
 * crawl stage owns, so that crawl never depends on them. An implementation stores the page, its
 * article and claims, and marks the URL done, in one transaction.
 */
@FunctionalInterface
public interface PageSink {

  /** What became of a stored page. */
  enum Outcome {
    /** A new article was stored. */
    NEW,
    /** The same content is already stored (same hash, maybe under another URL). */
    DUPLICATE,
    /** The page is not an article (an index, a tag page...), recorded as such. */
    NOT_ARTICLE
  }

  /**
   * Accepts a fetched page.
   *
   * @param url the frontier entry the page was fetched for
   * @param page the page
   * @param runId the crawl run this happens in
   * @return the outcome and the number of claims found
   */
  Stored accept(FrontierUrl url, FetchedPage page, long runId);

  /** The outcome of {@link #accept}. */
  record Stored(Outcome outcome, int claims) {}
}
