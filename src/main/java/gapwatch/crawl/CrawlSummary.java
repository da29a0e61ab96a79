package gapwatch.crawl;

import gapwatch.crawl.FetchResult.FailureCause;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The end-of-run figures, printed for cron mail and stored as the crawl run's row.
 *
 * @param sourcesPolled feeds and sitemaps fetched (or answered 304)
 * @param sourcesFailed feeds and sitemaps that could not be fetched or parsed
 * @param articlesNew new articles stored
 * @param articlesDuplicate pages already stored: answered 304, or the same or nearly the same
 *     content as a stored article, or its rel=canonical is one
 * @param notArticles pages recognised as not articles
 * @param skippedRobots URLs disallowed by robots.txt
 * @param skippedOther URLs skipped for other reasons (forbidden address, host not allowed...)
 * @param deferred URLs left for a later run (robots.txt unreachable, host resting)
 * @param hostsRested hosts that rested for the rest of the run (error budget spent, or a pause
 *     longer than the run waits)
 * @param failed failed fetches by cause
 * @param claimsFound claims extracted from the new articles
 * @param elapsed wall-clock time of the run
 * @param timeLimitReached whether the run stopped at {@code crawl.maxRunTime}, leaving work for the
 *     next run (counted in {@code deferred})
 */
public record CrawlSummary(
    int sourcesPolled,
    int sourcesFailed,
    int articlesNew,
    int articlesDuplicate,
    int notArticles,
    int skippedRobots,
    int skippedOther,
    int deferred,
    int hostsRested,
    Map<FailureCause, Integer> failed,
    int claimsFound,
    Duration elapsed,
    boolean timeLimitReached) {

  public CrawlSummary {
    EnumMap<FailureCause, Integer> copy = new EnumMap<>(FailureCause.class);
    copy.putAll(failed);
    failed = Map.copyOf(copy);
  }

  /** Total failed fetches. */
  public int failedTotal() {
    return failed.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Whether anything failed: the run then exits with status 1. */
  public boolean partial() {
    return sourcesFailed > 0 || failedTotal() > 0;
  }
}
