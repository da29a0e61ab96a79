package gapwatch.cli;

import gapwatch.crawl.CrawlProgress;
import gapwatch.crawl.CrawlSettings;
import gapwatch.crawl.CrawlStoppedException;
import gapwatch.crawl.CrawlSummary;
import gapwatch.crawl.Crawler;
import gapwatch.crawl.FeedParser;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.HostResolver;
import gapwatch.crawl.HttpFetcher;
import gapwatch.crawl.RobotsPolicy;
import gapwatch.crawl.Source;
import gapwatch.store.ArticleIngest;
import gapwatch.store.ArticleStore;
import gapwatch.store.CrawlStore;
import gapwatch.store.Database;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Wires the stages into one crawl run against a database, and prints its summary. */
final class CrawlJob {

  private CrawlJob() {}

  static CrawlSummary run(
      Database db,
      CrawlSettings settings,
      List<Source> sources,
      Stages stages,
      CrawlProgress progress)
      throws InterruptedException, CrawlStoppedException {
    return run(db, settings, sources, stages, progress, HostResolver.SYSTEM);
  }

  /** A run with a given resolver (tests and the benchmark map host names to loopback). */
  static CrawlSummary run(
      Database db,
      CrawlSettings settings,
      List<Source> sources,
      Stages stages,
      CrawlProgress progress,
      HostResolver resolver)
      throws InterruptedException, CrawlStoppedException {
    new FeedParser().selfCheck();
    Clock clock = Clock.systemUTC();
    HttpFetcher fetcher = new HttpFetcher(settings, clock, resolver);
    Crawler crawler =
        new Crawler(
            settings,
            fetcher,
            new RobotsPolicy(fetcher, settings, clock),
            new CrawlStore(db),
            new ArticleIngest(stages.articles(), stages.claims(), new ArticleStore(db)),
            clock,
            progress);
    return crawler.run(sources);
  }

  /** The end-of-run summary, as printed for cron mail. */
  static void print(CrawlSummary s, Database db, PrintStream out) {
    print(s, db, out, s.partial() ? "finished with failures" : "finished");
  }

  /** The summary, headed "crawl {@code outcome} in ...". */
  static void print(CrawlSummary s, Database db, PrintStream out, String outcome) {
    out.printf(
        "crawl %s in %.1fs: %d sources polled, %d failed%n",
        outcome, s.elapsed().toMillis() / 1000.0, s.sourcesPolled(), s.sourcesFailed());
    out.printf(
        "  articles: %d new, %d unchanged or duplicate, %d not articles%n",
        s.articlesNew(), s.articlesDuplicate(), s.notArticles());
    out.printf(
        "  skipped: %d by robots.txt, %d other; %d deferred to a later run%s%n",
        s.skippedRobots(),
        s.skippedOther(),
        s.deferred(),
        s.hostsRested() == 0
            ? ""
            : " (" + s.hostsRested() + (s.hostsRested() == 1 ? " host" : " hosts") + " resting)");
    if (s.timeLimitReached()) {
      out.printf(
          "  time limit: crawl.maxRunTime was reached; the deferred URLs are fetched next run%n");
    }
    out.printf("  failed: %d%s%n", s.failedTotal(), causes(s.failed()));
    out.printf("  claims found: %d%n", s.claimsFound());
    out.printf("  database: %s%n", db.file());
  }

  private static String causes(Map<FailureCause, Integer> failed) {
    if (failed.isEmpty()) {
      return "";
    }
    return failed.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
