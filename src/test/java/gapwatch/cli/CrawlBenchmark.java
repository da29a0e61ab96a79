package gapwatch.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gapwatch.crawl.CrawlProgress;
import gapwatch.crawl.CrawlSettings;
import gapwatch.crawl.CrawlSummary;
import gapwatch.crawl.FrontierUrl;
import gapwatch.crawl.LoopbackSite;
import gapwatch.crawl.Source;
import gapwatch.crawl.TestSettings;
import gapwatch.store.Database;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints figures; asserts nothing about speed. Off unless {@code -Dgapwatch.bench=true}:
 *
 * <pre>
 * mvn -o test -Dtest=CrawlBenchmark -Dgapwatch.bench=true -DargLine=-Xmx256m
 * </pre>
 *
 * A simulated site on loopback: {@code hosts} host names (h0.test...) resolved to 127.0.0.1 by an
 * injected resolver, each with its own feed of {@code articles} article pages answered after {@code
 * latency} ms, crawled with a per-host delay of {@code delay} ms through the whole pipeline
 * (robots.txt, fetch, extraction, claims, SQLite). The politeness bound is {@code articles ×
 * delay}: no polite crawler can be faster. Properties: {@code gapwatch.bench.hosts} (20), {@code
 * .articles} (50), {@code .delay} (1000), {@code .latency} (100), {@code .heapArticles} (10000).
 */
class CrawlBenchmark {

  @TempDir Path dir;

  private static int prop(String name, int dflt) {
    return Integer.getInteger("gapwatch.bench." + name, dflt);
  }

  @Test
  void crawlTimeOverThePolitenessBound() throws Exception {
    assumeTrue(Boolean.getBoolean("gapwatch.bench"), "benchmark: run with -Dgapwatch.bench=true");
    int hosts = prop("hosts", 20);
    int articles = prop("articles", 50);
    int delay = prop("delay", 1000);
    int latency = prop("latency", 100);
    Run r = crawl(hosts, articles, delay, latency, 0);
    double bound = articles * delay / 1000.0;
    System.out.printf(
        "politeness: %d hosts x %d articles, D=%d ms, L=%d ms: %d new, %d failed;"
            + " crawl %.1f s, bound 50xD = %.1f s, ratio %.3f%n",
        hosts,
        articles,
        delay,
        latency,
        r.summary.articlesNew(),
        r.summary.failedTotal(),
        r.seconds,
        bound,
        r.seconds / bound);
  }

  @Test
  void heapOverATenThousandArticleCrawl() throws Exception {
    assumeTrue(Boolean.getBoolean("gapwatch.bench"), "benchmark: run with -Dgapwatch.bench=true");
    int total = prop("heapArticles", 10_000);
    int hosts = 20;
    Run r = crawl(hosts, total / hosts, 0, 0, 1000);
    System.out.printf(
        "heap: %d articles (%d new, %d failed) in %.1f s, max heap %d MB;"
            + " used heap after GC every 1000 articles (MB): %s%n",
        total,
        r.summary.articlesNew(),
        r.summary.failedTotal(),
        r.seconds,
        Runtime.getRuntime().maxMemory() >> 20,
        r.heapSamples);
  }

  private record Run(CrawlSummary summary, double seconds, List<Long> heapSamples) {}

  private Run crawl(int hosts, int perHost, int delay, int latency, int sampleEvery)
      throws Exception {
    try (LoopbackSite site = new LoopbackSite()) {
      List<Source> sources = new ArrayList<>();
      for (int h = 0; h < hosts; h++) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < perHost; i++) {
          long seed = h * 100_000L + i;
          String path = "/h" + h + "/a" + i;
          site.route(
              path,
              ex -> {
                sleep(latency);
                LoopbackSite.send(ex, 200, "text/html", CrawlHarness.articleHtml(seed, ""));
              });
          items.append("<item><link>").append(path).append("</link></item>");
        }
        String feed = "/h" + h + "/feed.xml";
        site.page(
            feed,
            200,
            "application/rss+xml",
            "<rss version=\"2.0\"><channel><title>f</title>" + items + "</channel></rss>");
        String host = "h" + h + ".test";
        sources.add(
            new Source(
                host, site.url(host, feed), true, perHost, Duration.ofDays(9999), List.of(), true));
      }
      CrawlSettings settings =
          CrawlFaultsTest.withDelays(
              TestSettings.fast(), Duration.ofMillis(delay), Duration.ofSeconds(60));
      settings = withLimits(settings);
      Database db = Database.open(dir.resolve("bench-" + hosts + "-" + perHost + ".db"));
      HeapSampler sampler = new HeapSampler(sampleEvery);
      long t0 = System.nanoTime();
      CrawlSummary s =
          CrawlJob.run(
              db,
              settings,
              sources,
              CrawlHarness.STAGES,
              sampler,
              host -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})));
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Run(s, seconds, sampler.samples);
    }
  }

  private static CrawlSettings withLimits(CrawlSettings s) {
    return new CrawlSettings(
        s.userAgent(),
        s.perHostDelay(),
        s.maxCrawlDelay(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        5L << 20,
        s.maxRedirects(),
        s.maxAttempts(),
        s.hostErrorBudget(),
        s.maxRetryAfter(),
        CrawlSettings.DEFAULTS.concurrency(),
        s.backoffBase(),
        CrawlSettings.DEFAULTS.extractionTimeout(),
        CrawlSettings.DEFAULTS.maxRunTime());
  }

  /** Records used heap after a GC every {@code every} URLs. */
  private static final class HeapSampler implements CrawlProgress {
    final List<Long> samples = new java.util.concurrent.CopyOnWriteArrayList<>();
    final AtomicInteger done = new AtomicInteger();
    final int every;

    HeapSampler(int every) {
      this.every = every;
    }

    @Override
    public void urlDone(FrontierUrl url, String outcome, String detail) {
      int n = done.incrementAndGet();
      if (every > 0 && n % every == 0) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        samples.add((rt.totalMemory() - rt.freeMemory()) >> 20);
      }
    }
  }

  private static void sleep(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
