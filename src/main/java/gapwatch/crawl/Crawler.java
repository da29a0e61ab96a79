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
   */
  public CrawlSummary run(List<Source> sources) throws InterruptedException {
    Instant started = clock.instant();
    RunTally tally = new RunTally();
    PoliteScheduler scheduler =
        new PoliteScheduler(
            settings,
            clock,
            (host, why) -> {
              if (tally.hostRested(host)) {
                progress.warning(host + " rests until the next run: " + why);
              }
            });
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
            scheduler);
    Map<String, Source> byName = new HashMap<>();
    for (Source s : sources) {
      byName.put(s.name(), s);
      if (s.enabled()) {
        scheduler.submit(s.url().getHost(), FeedPoll.of(run, s));
      }
    }
    scheduler.runUntilIdle();
    fetchDue(run, byName);
    CrawlSummary summary = tally.summary(Duration.between(started, clock.instant()));
    ledger.finishRun(run.runId(), summary);
    return summary;
  }

  private void fetchDue(CrawlRun run, Map<String, Source> byName) throws InterruptedException {
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
    run.scheduler().runUntilIdle();
  }
}
