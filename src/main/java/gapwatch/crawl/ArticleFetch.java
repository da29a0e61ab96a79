package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.FetchResult.Fetched;
import gapwatch.crawl.FetchResult.Skipped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one frontier URL and hands the page to the sink, which extracts and stores it in one
 * transaction. Every outcome is recorded on the URL, so a killed run resumes where it stopped.
 */
final class ArticleFetch implements PoliteScheduler.Job {

  private static final Logger log = LoggerFactory.getLogger(ArticleFetch.class);

  /** The first retry of a failed URL waits this long; each further failure doubles it. */
  static final Duration FIRST_RETRY = Duration.ofMinutes(30);

  private final CrawlRun run;
  private final FrontierUrl url;
  private final Source source;
  private final int redirectsBefore;

  ArticleFetch(CrawlRun run, FrontierUrl url, Source source) {
    this(run, url, source, 0);
  }

  /**
   * @param redirectsBefore redirects already taken to reach {@code url} (from another origin): they
   *     count against {@code maxRedirects}, so hosts cannot bounce a URL between them forever
   */
  private ArticleFetch(CrawlRun run, FrontierUrl url, Source source, int redirectsBefore) {
    this.run = run;
    this.url = url;
    this.source = source;
    this.redirectsBefore = redirectsBefore;
  }

  @Override
  public void run(HostLane lane) throws InterruptedException {
    Optional<RobotsPolicy.Verdict> verdict = run.robotsTurn(lane, this, url.url(), source);
    if (verdict.isEmpty()) {
      return;
    }
    RobotsPolicy.Verdict v = verdict.get();
    if (!v.allowed() && v.unreachable() == null) {
      refusedByRobots(v);
      return;
    }
    FetchResult r = v.allowed() ? fetch() : v.unreachable();
    if (r instanceof Failed f) {
      lane.failed(f, run.clock().instant());
      fail(f);
      return;
    }
    lane.succeeded();
    if (r instanceof Fetched f) {
      accept(f);
    } else if (r instanceof FetchResult.NotModified) {
      run.tally().unchanged();
      run.progress().urlDone(url, "unchanged", "not modified");
    } else if (r instanceof FetchResult.Redirected moved) {
      handOff(moved);
    } else if (r instanceof Skipped s && s.reason() == FetchResult.SkipReason.ROBOTS) {
      refusedByRobots(s.detail());
    } else if (r instanceof Skipped s) {
      skip(s.reason() + ": " + s.detail());
    }
  }

  private FetchResult fetch() {
    OriginGate gate = new OriginGate(url.url(), source, run.robots(), true);
    return run.fetcher().fetch(url.url(), Validators.NONE, source, HttpFetcher.Purpose.PAGE, gate);
  }

  /**
   * The URL redirects to another origin: it is recorded as done, pointing there, and the target
   * becomes a frontier URL of its own, fetched in its host's turn (unless already known).
   */
  private void handOff(FetchResult.Redirected moved) {
    int redirects = redirectsBefore + moved.redirects().size();
    Optional<URI> target = UrlCanonicalizer.canonicalize(moved.target());
    if (redirects > run.settings().maxRedirects()) {
      fail(
          new Failed(
              FailureCause.TOO_MANY_REDIRECTS,
              "more than "
                  + run.settings().maxRedirects()
                  + " redirects across hosts (last to "
                  + moved.target()
                  + ")"));
      return;
    }
    if (target.isEmpty()) {
      fail(new Failed(FailureCause.MALFORMED, "redirect to an unusable URL: " + moved.target()));
      return;
    }
    Optional<FrontierUrl> next =
        run.ledger().recordRedirect(url, target.get(), run.clock().instant());
    run.progress()
        .urlDone(
            url, "redirected", "to " + target.get() + (next.isEmpty() ? " (already known)" : ""));
    if (next.isPresent()) {
      run.progress().fetchesAdded(1);
      run.scheduler()
          .submit(target.get().getHost(), new ArticleFetch(run, next.get(), source, redirects));
    }
  }

  @Override
  public void defer(String why) {
    run.tally().deferred();
    run.progress().urlDone(url, "deferred", why);
  }

  private void refusedByRobots(RobotsPolicy.Verdict v) {
    if (v.deferred()) {
      defer(v.reason());
      return;
    }
    refusedByRobots(v.reason());
  }

  private void refusedByRobots(String reason) {
    run.tally().skippedByRobots();
    run.ledger().recordSkipped(url, "robots: " + reason, run.clock().instant());
    run.progress().urlDone(url, "robots", reason);
  }

  private void accept(Fetched f) throws InterruptedException {
    String finalHost = f.page().finalUrl().getHost();
    if (finalHost == null || !source.allowsHost(finalHost)) {
      skip("HOST_NOT_ALLOWED: redirected to " + f.page().finalUrl());
      return;
    }
    Optional<PageSink.PendingWrite> prepared = prepare(f.page());
    if (prepared.isEmpty()) {
      return;
    }
    PageSink.Stored stored;
    try {
      stored = prepared.get().commit();
    } catch (StorageFailure e) {
      throw e; // storage as a whole is gone: the run stops
    } catch (RuntimeException e) {
      log.error("storing {} failed", url.url(), e);
      fail(new Failed(FailureCause.PROCESSING, "storing failed: " + e));
      return;
    }
    run.tally().stored(stored);
    run.progress()
        .urlDone(
            url, stored.outcome().name().toLowerCase(Locale.ROOT), stored.claims() + " claims");
  }

  /**
   * Extracts the page within the run's time limit for one page. One bad page must not end or stall
   * a nightly run: a failure or an overrun is recorded on the URL, and the run goes on.
   */
  private Optional<PageSink.PendingWrite> prepare(FetchedPage page) throws InterruptedException {
    try {
      return Optional.of(run.extraction().run(() -> run.sink().prepare(url, page, run.runId())));
    } catch (TimeoutException e) {
      fail(
          new Failed(
              FailureCause.PROCESSING,
              "extraction took longer than crawl.extractionTimeout ("
                  + run.extraction().limit().toSeconds()
                  + "s); the page is left out"));
    } catch (RuntimeException | StackOverflowError e) {
      // A stack overflow from a pathologically nested page unwinds cleanly and is that page's
      // problem alone.
      log.error("processing {} failed", url.url(), e);
      fail(new Failed(FailureCause.PROCESSING, e.toString()));
    }
    return Optional.empty();
  }

  private void skip(String reason) {
    run.tally().skippedOther();
    run.ledger().recordSkipped(url, reason, run.clock().instant());
    run.progress().urlDone(url, "skipped", reason);
  }

  private void fail(Failed f) {
    Instant now = run.clock().instant();
    run.tally().failed(f.cause());
    int attempts = url.attempts() + 1;
    Instant next = null;
    if (f.cause().retryable() && attempts < run.settings().maxAttempts()) {
      Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
      Duration wait =
          f.retryAfter() != null && f.retryAfter().compareTo(backoff) > 0
              ? f.retryAfter()
              : backoff;
      next = now.plus(wait);
    }
    run.ledger().recordFailed(url, f.cause() + ": " + f.detail(), next, now);
    run.progress().urlDone(url, "failed", f.cause() + ": " + f.detail());
  }
}
