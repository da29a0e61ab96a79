package gapwatch.crawl;

/**
 * A crawl run that had to stop before its end because storage failed ({@link StorageFailure}). It
 * carries the figures of what was done until then; nothing was half-written, and the next run
 * resumes from the frontier.
 */
public final class CrawlStoppedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient CrawlSummary summary;

  public CrawlStoppedException(CrawlSummary summary, StorageFailure cause) {
    super(cause.getMessage(), cause);
    this.summary = summary;
  }

  /** What the run did before it stopped. */
  public CrawlSummary summary() {
    return summary;
  }
}
