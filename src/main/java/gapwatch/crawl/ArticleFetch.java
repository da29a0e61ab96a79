package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.FetchResult.Fetched;
import gapwatch.crawl.FetchResult.Skipped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
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

  ArticleFetch(CrawlRun run, FrontierUrl url, Source source) {
    this.run = run;
    this.url = url;
    this.source = source;
  }

  @Override
  public void run(HostLane lane) {
    Optional<RobotsPolicy.Verdict> verdict = run.robotsTurn(lane, this, url.url(), source);
    if (verdict.isEmpty()) {
      return;
    }
    RobotsPolicy.Verdict v = verdict.get();
    if (!v.allowed() && v.unreachable() == null) {
      refusedByRobots(v);
      return;
    }
    FetchResult r =
        v.allowed() ? run.fetcher().fetch(url.url(), Validators.NONE, source) : v.unreachable();
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
    } else if (r instanceof Skipped s) {
      skip(s.reason() + ": " + s.detail());
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
    run.tally().skippedByRobots();
    run.ledger().recordSkipped(url, "robots: " + v.reason(), run.clock().instant());
    run.progress().urlDone(url, "robots", v.reason());
  }

  private void accept(Fetched f) {
    String finalHost = f.page().finalUrl().getHost();
    if (finalHost == null || !source.allowsHost(finalHost)) {
      skip("HOST_NOT_ALLOWED: redirected to " + f.page().finalUrl());
      return;
    }
    PageSink.Stored stored;
    try {
      stored = run.sink().accept(url, f.page(), run.runId());
    } catch (RuntimeException | StackOverflowError e) {
      // One bad page must not end a nightly run: record it and go on. A stack overflow from a
      // pathologically nested page unwinds cleanly and is that page's problem alone.
      log.error("processing {} failed", url.url(), e);
      fail(new Failed(FailureCause.PROCESSING, e.toString()));
      return;
    }
    run.tally().stored(stored);
    run.progress()
        .urlDone(
            url, stored.outcome().name().toLowerCase(Locale.ROOT), stored.claims() + " claims");
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
