package gapwatch.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One crawl run: polls every enabled source (feed or sitemap), adds new article links to the
 * persistent frontier, then fetches the URLs that are due and hands each page to the {@link
 * PageSink}. Hosts are crawled in parallel, each politely (one request at a time, a minimum delay,
 * robots.txt, back-off); see {@link PoliteScheduler}. Because the frontier is persistent and each
 * page is stored in its own transaction, a run killed at any point is resumed by the next one.
 */
public final class Crawler {

  private final CrawlSettings settings;
  private final HttpFetcher fetcher;
  private final RobotsPolicy robots;
  private final CrawlLedger ledger;
  private final PageSink sink;
  private final Clock clock;
  private final CrawlProgress progress;

  public Crawler(
      CrawlSettings settings,
      HttpFetcher fetcher,
      RobotsPolicy robots,
      CrawlLedger ledger,
      PageSink sink,
      Clock clock,
      CrawlProgress progress) {
    this.settings = settings;
    this.fetcher = fetcher;
    this.robots = robots;
    this.ledger = ledger;
    this.sink = sink;
    this.clock = clock;
    this.progress = progress;
  }

  /**
   * Runs one crawl over {@code sources}.
   *
   * @throws InterruptedException when the thread is interrupted while waiting for hosts
   * @throws CrawlStoppedException when storage failed and the run had to stop early
   */
  public CrawlSummary run(List<Source> sources) throws InterruptedException, CrawlStoppedException {
    Instant started = clock.instant();
    RunTally tally = new RunTally();
    Instant stopAt = settings.maxRunTime().isZero() ? null : started.plus(settings.maxRunTime());
    PoliteScheduler scheduler =
        new PoliteScheduler(
            settings,
            clock,
            (host, why) -> {
              if (tally.hostRested(host)) {
                progress.warning(host + " rests until the next run: " + why);
              }
            },
            fetcher::lastRequestTo,
            stopAt);
    try (TimeBox extraction = new TimeBox(settings.extractionTimeout())) {
      CrawlRun run =
          new CrawlRun(
              ledger.startRun(started),
              settings,
              fetcher,
              robots,
              ledger,
              sink,
              clock,
              progress,
              tally,
              scheduler,
              extraction);
      pollSources(run, sources);
      fetchDue(run, sources);
      CrawlSummary summary = summary(tally, started, scheduler);
      ledger.finishRun(run.runId(), summary);
      return summary;
    } catch (StorageFailure e) {
      throw new CrawlStoppedException(summary(tally, started, scheduler), e);
    }
  }

  private CrawlSummary summary(RunTally tally, Instant started, PoliteScheduler scheduler) {
    return tally.summary(Duration.between(started, clock.instant()), scheduler.timeUp());
  }

  private void pollSources(CrawlRun run, List<Source> sources) throws InterruptedException {
    for (Source s : sources) {
      if (s.enabled()) {
        run.scheduler().submit(s.url().getHost(), FeedPoll.of(run, s));
      }
    }
    run.scheduler().runUntilIdle(timeLimitReason());
  }

  private void fetchDue(CrawlRun run, List<Source> sources) throws InterruptedException {
    Map<String, Source> byName = new HashMap<>();
    for (Source s : sources) {
      byName.put(s.name(), s);
    }
    List<FrontierUrl> due = ledger.due(clock.instant(), Integer.MAX_VALUE);
    progress.fetchesPlanned(due.size());
    for (FrontierUrl url : due) {
      Source source = byName.get(url.source());
      if (source == null || !source.enabled()) {
        run.tally().deferred();
        progress.urlDone(url, "deferred", "its source is not enabled in this configuration");
        continue;
      }
      run.scheduler().submit(url.url().getHost(), new ArticleFetch(run, url, source));
    }
    run.scheduler().runUntilIdle(timeLimitReason());
  }

  private String timeLimitReason() {
    return "the run reached crawl.maxRunTime (" + settings.maxRunTime().toSeconds() + "s)";
  }
}
