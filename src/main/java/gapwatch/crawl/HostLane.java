package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Failed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * One host's queue of work and its politeness state: when it may next be contacted (per-host delay
 * or robots.txt Crawl-delay, Retry-After, back-off after errors) and its error budget for this run.
 * A host whose budget is spent, or who asks for a pause longer than the run should wait, rests: its
 * remaining work is deferred to the next run. Thread-safe; the {@link PoliteScheduler} lets one
 * thread at a time work on a lane, so that a host never has two requests in flight.
 */
final class HostLane {

  private final String host;
  private final CrawlSettings settings;
  private final Deque<PoliteScheduler.Job> jobs = new ArrayDeque<>();
  private Instant nextAt = Instant.MIN;
  private Instant pauseUntil = Instant.MIN;
  private Duration crawlDelay = Duration.ZERO;
  private int consecutiveErrors;
  private int errors;
  private @Nullable String resting;
  private boolean busy;
  private boolean restNoticed;

  HostLane(String host, CrawlSettings settings) {
    this.host = host;
    this.settings = settings;
  }

  String host() {
    return host;
  }

  synchronized void add(PoliteScheduler.Job job) {
    jobs.addLast(job);
  }

  /** Puts a job back at the head of the queue, for the host's next turn. */
  synchronized void putBack(PoliteScheduler.Job job) {
    jobs.addFirst(job);
  }

  /** Takes every queued job out (the run stops here). */
  synchronized List<PoliteScheduler.Job> drain() {
    List<PoliteScheduler.Job> all = new ArrayList<>(jobs);
    jobs.clear();
    return all;
  }

  synchronized boolean hasWork() {
    return !jobs.isEmpty();
  }

  synchronized boolean busy() {
    return busy;
  }

  synchronized Instant nextAt() {
    return nextAt;
  }

  /** Marks the lane taken and hands out its next job; only called when it has work. */
  synchronized PoliteScheduler.Job take() {
    PoliteScheduler.Job job = jobs.removeFirst();
    busy = true;
    return job;
  }

  /**
   * Ends a turn that started at {@code startedAt}: the next request may start one delay after this
   * one started, and not before any pause asked for. Returns the jobs to defer when the host now
   * rests.
   */
  synchronized List<PoliteScheduler.Job> release(Instant startedAt) {
    busy = false;
    Duration delay =
        settings.perHostDelay().compareTo(crawlDelay) >= 0 ? settings.perHostDelay() : crawlDelay;
    Instant polite = startedAt.plus(delay);
    nextAt = polite.isAfter(pauseUntil) ? polite : pauseUntil;
    return resting == null ? List.of() : drain();
  }

  /**
   * The host's robots.txt Crawl-delay. One over {@code maxCrawlDelay} makes the host rest: crawling
   * it at the cap would be faster than it asked.
   */
  synchronized void crawlDelay(Duration delay) {
    if (delay.compareTo(settings.maxCrawlDelay()) > 0) {
      rest(
          "robots.txt asks for a Crawl-delay of "
              + delay.toSeconds()
              + "s, more than crawl.maxCrawlDelay ("
              + settings.maxCrawlDelay().toSeconds()
              + "s); raise that setting to crawl this host");
      return;
    }
    crawlDelay = delay;
  }

  /** A request to the host got an answer that says nothing about its health. */
  synchronized void succeeded() {
    consecutiveErrors = 0;
  }

  /**
   * A request failed. Server errors, rate limits, timeouts and network errors count against the
   * host: they pause it (the Retry-After asked for, or an exponential back-off with jitter that
   * never shortens the wait), and make it rest when the budget is spent or the pause is too long.
   */
  synchronized void failed(Failed f, Instant now) {
    if (!f.cause().retryable()) {
      consecutiveErrors = 0;
      return;
    }
    errors++;
    consecutiveErrors++;
    Duration pause = f.retryAfter() != null ? f.retryAfter() : backoff(consecutiveErrors);
    if (errors >= settings.hostErrorBudget()) {
      rest(errors + " errors in this run (last: " + f.detail() + ")");
    } else if (pause.compareTo(settings.maxCrawlDelay()) > 0) {
      rest(
          (f.retryAfter() != null ? "asked to wait " : "backing off for ")
              + pause.toSeconds()
              + "s after "
              + f.detail());
    } else {
      Instant until = now.plus(pause);
      pauseUntil = until.isAfter(pauseUntil) ? until : pauseUntil;
    }
  }

  private Duration backoff(int n) {
    long base = settings.backoffBase().toMillis();
    long exp = base << Math.min(n - 1, 20);
    double jitter = 1.0 + ThreadLocalRandom.current().nextDouble(0.5);
    return Duration.ofMillis((long) (exp * jitter));
  }

  /** Makes the host rest until the next run. */
  synchronized void rest(String why) {
    if (resting == null) {
      resting = why;
    }
  }

  synchronized @Nullable String resting() {
    return resting;
  }

  /** True once, the first time it is asked after the host began resting. */
  synchronized boolean firstRestNotice() {
    boolean first = resting != null && !restNoticed;
    restNoticed |= resting != null;
    return first;
  }
}
