package gapwatch.crawl;

/**
 * Where fetched article pages go: the later stages (extraction and storage) behind an interface the
 * crawl stage owns, so that crawl never depends on them. Work is split in two: {@link #prepare}
 * extracts (CPU only, no side effects, so the crawl may give up on it when it takes too long), and
 * the returned {@link PendingWrite} stores the page, its article and claims, and marks the URL
 * done, in one transaction.
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
   * Extracts what is to be stored from a page. Must not write anything: it may run on another
   * thread, be interrupted and be abandoned.
   *
   * @param url the frontier entry the page was fetched for
   * @param page the page
   * @param runId the crawl run this happens in
   * @return the write that stores the result
   */
  PendingWrite prepare(FrontierUrl url, FetchedPage page, long runId);

  /** The storing half of {@link #prepare}: one transaction, run on the crawl's own thread. */
  @FunctionalInterface
  interface PendingWrite {
    /**
     * Stores the page and marks its URL done.
     *
     * @throws StorageFailure when storage cannot go on (disk full, read-only...)
     */
    Stored commit();
  }

  /** The outcome of a commit and the number of claims stored. */
  record Stored(Outcome outcome, int claims) {}
}
