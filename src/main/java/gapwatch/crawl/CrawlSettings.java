package gapwatch.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * The crawl stage's settings. Every default lives here, in {@link #DEFAULTS}; the CLI shows them in
 * {@code --help} and the configuration file overrides them.
 *
 * @param userAgent sent with every request; should name a contact
 * @param perHostDelay minimum time between two requests to the same host
 * @param maxCrawlDelay robots.txt Crawl-delay is honoured up to this cap
 * @param connectTimeout TCP and TLS connect deadline
 * @param readTimeout deadline for each read from the socket
 * @param responseTimeout deadline for a whole response, headers and body, across redirects
 * @param maxBodyBytes bodies larger than this (after decompression) are refused
 * @param maxRedirects redirects followed per request
 * @param maxAttempts a URL that failed this many times is given up
 * @param hostErrorBudget after this many failures in one run a host rests until the next run
 * @param maxRetryAfter a Retry-After longer than this is capped
 * @param concurrency how many hosts are fetched from at once (each host still gets one connection)
 * @param backoffBase the first pause after a server error or timeout; it doubles (with jitter) on
 *     each further consecutive error, and a host whose pause would exceed {@code maxCrawlDelay}
 *     rests until the next run
 * @param extractionTimeout extracting one page (article and claims) longer than this is given up,
 *     and the page recorded as failed: hostile HTML must not stall a run
 * @param maxRunTime no fetch starts after the run has taken this long: the URLs left are deferred
 *     to the next run; {@link Duration#ZERO} for no limit
 */
public record CrawlSettings(
    String userAgent,
    Duration perHostDelay,
    Duration maxCrawlDelay,
    Duration connectTimeout,
    Duration readTimeout,
    Duration responseTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int maxAttempts,
    int hostErrorBudget,
    Duration maxRetryAfter,
    int concurrency,
    Duration backoffBase,
    Duration extractionTimeout,
    Duration maxRunTime) {

  /** The defaults, documented in the README and shown by {@code --help}. */
  public static final CrawlSettings DEFAULTS =
      new CrawlSettings(
          "gapwatch/0.1 (+https://github.com/gapwatch/gapwatch)",
          Duration.ofSeconds(5),
          Duration.ofSeconds(60),
          Duration.ofSeconds(10),
          Duration.ofSeconds(20),
          Duration.ofSeconds(60),
          5L * 1024 * 1024,
          5,
          5,
          10,
          Duration.ofHours(1),
          8,
          Duration.ofSeconds(10),
          Duration.ofSeconds(60),
          Duration.ZERO);

  public CrawlSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    if (perHostDelay.isNegative()) {
      throw new IllegalArgumentException("perHostDelay must not be negative");
    }
    requirePositive(maxBodyBytes, "maxBodyBytes");
    requirePositive(maxAttempts, "maxAttempts");
    requirePositive(hostErrorBudget, "hostErrorBudget");
    requirePositive(concurrency, "concurrency");
    if (backoffBase.isNegative() || maxRetryAfter.isNegative() || maxCrawlDelay.isNegative()) {
      throw new IllegalArgumentException(
          "backoffBase, maxRetryAfter and maxCrawlDelay must not be negative");
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
    if (maxRunTime.isNegative()) {
      throw new IllegalArgumentException("maxRunTime must not be negative (0 means no limit)");
    }
    for (Duration d :
        new Duration[] {connectTimeout, readTimeout, responseTimeout, extractionTimeout}) {
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException("timeouts must be positive, was " + d);
      }
    }
  }

  private static void requirePositive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  /** A copy with another per-host delay (the demo's loopback site needs none). */
  public CrawlSettings withPerHostDelay(Duration delay) {
    return copy(delay, maxBodyBytes, extractionTimeout, maxRunTime);
  }

  /** A copy with other limits on extracting one page and on the whole run. */
  public CrawlSettings withRunLimits(Duration extractionTimeout, Duration maxRunTime) {
    return copy(perHostDelay, maxBodyBytes, extractionTimeout, maxRunTime);
  }

  /** A copy with another limit on body bytes. */
  public CrawlSettings withMaxBodyBytes(long maxBodyBytes) {
    return copy(perHostDelay, maxBodyBytes, extractionTimeout, maxRunTime);
  }

  private CrawlSettings copy(
      Duration perHostDelay, long maxBodyBytes, Duration extractionTimeout, Duration maxRunTime) {
    return new CrawlSettings(
        userAgent,
        perHostDelay,
        maxCrawlDelay,
        connectTimeout,
        readTimeout,
        responseTimeout,
        maxBodyBytes,
        maxRedirects,
        maxAttempts,
        hostErrorBudget,
        maxRetryAfter,
        concurrency,
        backoffBase,
        extractionTimeout,
        maxRunTime);
  }
}
