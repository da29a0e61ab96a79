package gapwatch.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps a minimum delay between two requests to the same host. {@link #awaitTurn} blocks the
 * calling thread until the host may be contacted again. Thread-safe; callers are expected to keep
 * at most one request per host in flight (the crawler gives each host its own queue).
 */
public final class HostThrottle {

  /** Sleeps; injected so tests need not wait. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Duration minDelay;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> nextAllowed = new HashMap<>();

  public HostThrottle(Duration minDelay, Clock clock, Sleeper sleeper) {
    this.minDelay = minDelay;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until {@code host} may be contacted, then reserves the slot.
   *
   * @param crawlDelay the host's robots.txt Crawl-delay (already capped); the larger delay wins
   */
  public void awaitTurn(String host, Duration crawlDelay) throws InterruptedException {
    String key = host.toLowerCase(Locale.ROOT);
    Duration delay = crawlDelay.compareTo(minDelay) > 0 ? crawlDelay : minDelay;
    Instant slot;
    synchronized (nextAllowed) {
      Instant now = clock.instant();
      Instant next = nextAllowed.getOrDefault(key, now);
      slot = next.isAfter(now) ? next : now;
      nextAllowed.put(key, slot.plus(delay));
    }
    Duration wait = Duration.between(clock.instant(), slot);
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  /** Pushes the host's next slot back, e.g. after a Retry-After. */
  public void backOff(String host, Duration pause) {
    String key = host.toLowerCase(Locale.ROOT);
    synchronized (nextAllowed) {
      Instant until = clock.instant().plus(pause);
      nextAllowed.merge(key, until, (a, b) -> a.isAfter(b) ? a : b);
    }
  }
}
