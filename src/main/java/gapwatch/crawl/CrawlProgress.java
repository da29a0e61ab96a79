package gapwatch.crawl;

/**
 * Hears about a run as it goes, for a progress bar on a terminal or log lines under cron. Called
 * from crawl threads; implementations must be thread-safe.
 */
public interface CrawlProgress {

  /** A feed was polled; {@code detail} says how (entries, not modified, or the error). */
  default void sourcePolled(Source source, boolean ok, String detail) {}

  /** The frontier holds {@code total} URLs due in this run. */
  default void fetchesPlanned(int total) {}

  /** {@code more} URLs joined the run's fetches (targets of redirects to another host). */
  default void fetchesAdded(int more) {}

  /** One URL is finished; {@code outcome} is a short word such as "new" or "failed". */
  default void urlDone(FrontierUrl url, String outcome, String detail) {}

  /** Something a person should know about: a host resting, a feed that moved. */
  default void warning(String message) {}

  /** Hears nothing. */
  CrawlProgress NONE = new CrawlProgress() {};
}
