package gapwatch.crawl;

/**
 * Thrown by a {@link CrawlLedger} or {@link PageSink} when storage cannot go on — the disk is full,
 * the database is read-only, busy for too long, or failing — as opposed to a problem with one page.
 * The run stops at once rather than failing every remaining URL the same way; what was stored stays
 * stored, and the next run resumes from the frontier.
 */
public final class StorageFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, where and what to do, e.g. "data/gapwatch.db: the disk is full
   *     (SQLITE_FULL); free space and run again"
   */
  public StorageFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
