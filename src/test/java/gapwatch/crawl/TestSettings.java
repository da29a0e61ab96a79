package gapwatch.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Settings and sources for crawl tests: short deadlines and delays, loopback allowed. */
public final class TestSettings {

  private TestSettings() {}

  /** Fast deadlines (2 s), no per-host delay, small body limit, quick back-off. */
  public static CrawlSettings fast() {
    return new CrawlSettings(
        "gapwatch-test/1.0 (+mailto:test@gapwatch.invalid)",
        Duration.ZERO,
        Duration.ofSeconds(5),
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        100_000,
        5,
        3,
        10,
        Duration.ofMinutes(5),
        4,
        Duration.ofMillis(20),
        Duration.ofSeconds(20),
        Duration.ZERO);
  }

  /** A source for a feed on a loopback test site, allowed to use its private address. */
  public static Source loopback(URI feed) {
    return new Source("test", feed, true, 100, Duration.ofDays(36500), List.of(), true);
  }

  /** The same feed as an ordinary public source: private addresses refused. */
  public static Source publicOnly(URI feed) {
    return new Source("test", feed, true, 100, Duration.ofDays(36500), List.of(), false);
  }
}
