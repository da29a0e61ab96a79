package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.FetchResult.Fetched;
import gapwatch.crawl.FetchResult.Skipped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl run: polls every enabled source's feed, adds new article links to the persistent
 * frontier, then fetches the URLs that are due, politely, and hands each page to the {@link
 * PageSink}. Because the frontier is persistent and each page is stored in its own transaction, a
 * run killed at any point is resumed by the next one.
 */
public final class Crawler {

  private static final Logger log = LoggerFactory.getLogger(Crawler.class);

  private final CrawlSettings settings;
  private final HttpFetcher fetcher;
  private final RobotsPolicy robots;
  private final HostThrottle throttle;
  private final FeedParser feedParser;
  private final CrawlLedger ledger;
  private final PageSink sink;
  private final Clock clock;
  private final CrawlProgress progress;

  public Crawler(
      CrawlSettings settings,
      HttpFetcher fetcher,
      RobotsPolicy robots,
      HostThrottle throttle,
      CrawlLedger ledger,
      PageSink sink,
      Clock clock,
      CrawlProgress progress) {
    this.settings = settings;
    this.fetcher = fetcher;
    this.robots = robots;
    this.throttle = throttle;
    this.feedParser = new FeedParser();
    this.ledger = ledger;
    this.sink = sink;
    this.clock = clock;
    this.progress = progress;
  }

  /**
   * Runs one crawl over {@code sources}.
   *
   * @throws InterruptedException when the thread is interrupted while waiting for a host
   */
  public CrawlSummary run(List<Source> sources) throws InterruptedException {
    Instant started = clock.instant();
    long runId = ledger.startRun(started);
    Tally tally = new Tally();
    Map<String, Source> byName = new HashMap<>();
    for (Source s : sources) {
      byName.put(s.name(), s);
      if (s.enabled()) {
        poll(s, tally);
      }
    }
    List<FrontierUrl> due = ledger.due(clock.instant(), Integer.MAX_VALUE);
    progress.fetchesPlanned(due.size());
    for (FrontierUrl url : due) {
      Source source = byName.get(url.source());
      if (source == null || !source.enabled()) {
        tally.deferred++;
        progress.urlDone(url, "deferred", "its source is not enabled in this configuration");
        continue;
      }
      fetchOne(url, source, runId, tally);
    }
    CrawlSummary summary = tally.summary(Duration.between(started, clock.instant()));
    ledger.finishRun(runId, summary);
    return summary;
  }

  private void poll(Source source, Tally tally) throws InterruptedException {
    Optional<String> refused = politeTurn(source.url(), source.allowPrivateAddresses());
    if (refused.isPresent()) {
      tally.sourcesFailed++;
      progress.sourcePolled(source, false, refused.get());
      return;
    }
    FeedState state = ledger.feedState(source);
    FetchResult r = fetcher.fetch(source.url(), state.validators(), source.allowPrivateAddresses());
    if (r instanceof FetchResult.NotModified) {
      tally.sourcesPolled++;
      ledger.recordFeedPoll(source, state.validators(), clock.instant());
      progress.sourcePolled(source, true, "not modified");
      return;
    }
    if (!(r instanceof Fetched fetched)) {
      tally.sourcesFailed++;
      progress.sourcePolled(source, false, describe(r));
      return;
    }
    FetchedPage page = fetched.page();
    List<FeedEntry> entries;
    try {
      entries = feedParser.parse(page.finalUrl(), page.body(), page.contentType());
    } catch (FeedParseException e) {
      tally.sourcesFailed++;
      progress.sourcePolled(source, false, e.getMessage());
      return;
    }
    int added = enqueue(source, entries);
    tally.sourcesPolled++;
    ledger.recordFeedPoll(
        source, new Validators(page.etag(), page.lastModified()), clock.instant());
    progress.sourcePolled(source, true, entries.size() + " entries, " + added + " new");
  }

  private int enqueue(Source source, List<FeedEntry> entries) {
    Instant now = clock.instant();
    Instant oldest = now.minus(source.maxAge());
    List<FeedEntry> recent = new ArrayList<>();
    for (FeedEntry e : entries) {
      if (e.published() == null || !e.published().isBefore(oldest)) {
        recent.add(e);
      }
    }
    recent.sort(
        Comparator.comparing(
            FeedEntry::published, Comparator.nullsLast(Comparator.reverseOrder())));
    int added = 0;
    for (FeedEntry e : recent.subList(0, Math.min(recent.size(), source.maxItems()))) {
      Optional<URI> url = UrlCanonicalizer.canonicalize(e.link());
      if (url.isEmpty()) {
        log.debug("{}: ignoring entry link {}", source.name(), e.link());
        continue;
      }
      if (!source.allowsHost(url.get().getHost())) {
        log.debug("{}: host of {} not allowed", source.name(), url.get());
        continue;
      }
      if (ledger.enqueue(source, url.get(), e.title(), now)) {
        added++;
      }
    }
    return added;
  }

  private void fetchOne(FrontierUrl url, Source source, long runId, Tally tally)
      throws InterruptedException {
    String host = url.url().getHost();
    if (tally.hostErrors.getOrDefault(host, 0) >= settings.hostErrorBudget()) {
      tally.deferred++;
      progress.urlDone(url, "deferred", host + " is resting after repeated errors");
      return;
    }
    RobotsPolicy.Verdict verdict = robots.check(url.url(), source.allowPrivateAddresses());
    if (!verdict.allowed()) {
      if (verdict.deferred()) {
        tally.deferred++;
        progress.urlDone(url, "deferred", verdict.reason());
      } else {
        tally.skippedRobots++;
        ledger.recordSkipped(url, verdict.reason(), clock.instant());
        progress.urlDone(url, "robots", verdict.reason());
      }
      return;
    }
    throttle.awaitTurn(host, verdict.crawlDelay());
    FetchResult r = fetcher.fetch(url.url(), Validators.NONE, source.allowPrivateAddresses());
    if (r instanceof Fetched f) {
      store(url, f.page(), runId, tally);
    } else if (r instanceof FetchResult.NotModified) {
      tally.articlesDuplicate++;
      progress.urlDone(url, "unchanged", "not modified");
    } else if (r instanceof Skipped s) {
      tally.skippedOther++;
      ledger.recordSkipped(url, s.reason() + ": " + s.detail(), clock.instant());
      progress.urlDone(url, "skipped", s.detail());
    } else if (r instanceof Failed f) {
      fail(url, f, tally);
    }
  }

  private void store(FrontierUrl url, FetchedPage page, long runId, Tally tally) {
    PageSink.Stored stored;
    try {
      stored = sink.accept(url, page, runId);
    } catch (RuntimeException e) {
      // One bad page must not end a nightly run: record it and go on.
      log.error("processing {} failed", url.url(), e);
      fail(url, new Failed(FailureCause.PROCESSING, e.toString()), tally);
      return;
    }
    tally.claims += stored.claims();
    switch (stored.outcome()) {
      case NEW -> tally.articlesNew++;
      case DUPLICATE -> tally.articlesDuplicate++;
      case NOT_ARTICLE -> tally.notArticles++;
    }
    progress.urlDone(
        url,
        stored.outcome().name().toLowerCase(java.util.Locale.ROOT),
        stored.claims() + " claims");
  }

  private void fail(FrontierUrl url, Failed f, Tally tally) {
    Instant now = clock.instant();
    String host = url.url().getHost();
    tally.failed.merge(f.cause(), 1, Integer::sum);
    tally.hostErrors.merge(host, 1, Integer::sum);
    if (f.retryAfter() != null) {
      throttle.backOff(host, f.retryAfter());
    }
    int attempts = url.attempts() + 1;
    Instant next = null;
    if (f.cause().retryable() && attempts < settings.maxAttempts()) {
      Duration wait =
          f.retryAfter() != null ? f.retryAfter() : Duration.ofMinutes(30L << (attempts - 1));
      next = now.plus(wait);
    }
    ledger.recordFailed(url, f.cause() + ": " + f.detail(), next, now);
    progress.urlDone(url, "failed", f.cause() + ": " + f.detail());
  }

  /** Checks robots.txt for a feed URL and waits for the host's turn; empty when allowed. */
  private Optional<String> politeTurn(URI url, boolean allowPrivate) throws InterruptedException {
    RobotsPolicy.Verdict verdict = robots.check(url, allowPrivate);
    if (!verdict.allowed()) {
      return Optional.of(verdict.reason());
    }
    throttle.awaitTurn(url.getHost(), verdict.crawlDelay());
    return Optional.empty();
  }

  private static String describe(FetchResult r) {
    if (r instanceof Failed f) {
      return f.cause() + ": " + f.detail();
    }
    if (r instanceof Skipped s) {
      return s.reason() + ": " + s.detail();
    }
    return r.getClass().getSimpleName();
  }

  /** Counts for one run; confined to the crawling thread. */
  private static final class Tally {
    int sourcesPolled;
    int sourcesFailed;
    int articlesNew;
    int articlesDuplicate;
    int notArticles;
    int skippedRobots;
    int skippedOther;
    int deferred;
    int claims;
    final Map<FailureCause, Integer> failed = new EnumMap<>(FailureCause.class);
    final Map<String, Integer> hostErrors = new HashMap<>();

    CrawlSummary summary(Duration elapsed) {
      return new CrawlSummary(
          sourcesPolled,
          sourcesFailed,
          articlesNew,
          articlesDuplicate,
          notArticles,
          skippedRobots,
          skippedOther,
          deferred,
          failed,
          claims,
          elapsed);
    }
  }
}
