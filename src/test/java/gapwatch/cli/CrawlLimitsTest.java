package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.crawl.CrawlSettings;
import gapwatch.crawl.CrawlSummary;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.LoopbackSite;
import gapwatch.crawl.Source;
import gapwatch.crawl.TestSettings;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole runs against pages and feeds that would stall or flood a nightly run without its bounds:
 * the time limit on one page's extraction and on the whole run, Crawl-delays beyond the cap, feeds
 * repeating an entry thousands of times, gzipped sitemaps, statuses without a whole body.
 */
class CrawlLimitsTest extends WholeCrawlTest {

  @Test
  void givesUpExtractingAnExtractionBombAndStoresTheNextPage() throws Exception {
    h.settings = bigBodies(h.settings).withRunLimits(Duration.ofSeconds(3), Duration.ZERO);
    String claim =
        "China is about six months behind the United States in advanced chips, said Li Wei of"
            + " Tsinghua University. ";
    h.site.page(
        "/bomb",
        200,
        "text/html; charset=utf-8",
        "<html><body><article><p>" + claim.repeat(5_000) + "</p></article></body></html>");
    h.article("/fine", 30);
    h.feed("/feed.xml", "/bomb", "/fine");
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, s.failed().get(FailureCause.PROCESSING), h.progress.toString());
    assertEquals(1, s.articlesNew());
    assertTrue(
        h.string("SELECT last_error FROM urls WHERE url LIKE '%/bomb'")
            .contains("crawl.extractionTimeout"));
    assertEquals(
        0,
        h.count("SELECT COUNT(*) FROM urls WHERE url LIKE '%/bomb' AND next_fetch_at IS NOT NULL"),
        "not retried: it would stall every night");
  }

  @Test
  void stopsStartingFetchesAtTheRunTimeLimitAndLeavesTheRestForTheNextRun() throws Exception {
    CrawlSettings paced =
        CrawlFaultsTest.withDelays(h.settings, Duration.ofMillis(300), Duration.ofSeconds(5));
    h.settings = paced.withRunLimits(paced.extractionTimeout(), Duration.ofSeconds(1));
    String[] links = new String[10];
    for (int i = 0; i < links.length; i++) {
      links[i] = "/s" + i;
      h.article(links[i], 40 + i);
    }
    h.feed("/feed.xml", links);
    CrawlSummary first = h.crawl(h.source());
    assertTrue(first.timeLimitReached(), h.progress.toString());
    assertTrue(first.deferred() >= 5, "most of the URLs wait: " + first);
    assertEquals(10, first.articlesNew() + first.deferred(), first.toString());
    assertTrue(first.elapsed().compareTo(Duration.ofSeconds(5)) < 0, "took " + first.elapsed());
    h.settings = paced;
    CrawlSummary second = h.crawl(h.source());
    assertFalse(second.timeLimitReached());
    assertEquals(first.deferred(), second.articlesNew());
    assertEquals(10, h.count("SELECT COUNT(*) FROM fetches"), "no page fetched twice");
  }

  @Test
  void letsAHostRestWhoseCrawlDelayIsOverTheCapInsteadOfCrawlingItFaster() throws Exception {
    h.site.route(
        "/robots.txt",
        ex -> {
          if (LoopbackSite.host(ex).equals("slow.test")) {
            LoopbackSite.send(ex, 200, "text/plain", "User-agent: *\nCrawl-delay: 600\n");
          } else {
            LoopbackSite.send(ex, 404, "text/plain", "none");
          }
        });
    h.article("/a", 50);
    h.article("/b", 51);
    h.feed(
        "/feed.xml",
        h.site.url("slow.test", "/a").toString(),
        h.site.url("slow.test", "/b").toString());
    Source s =
        new Source(
            "slow",
            h.url("/feed.xml"),
            true,
            100,
            Duration.ofDays(9999),
            List.of("slow.test"),
            true);
    CrawlSummary sum = h.crawl(s);
    assertEquals(0, h.site.requestsFor("/a") + h.site.requestsFor("/b"));
    assertEquals(2, sum.deferred());
    assertEquals(0, sum.skippedRobots(), "deferred, not skipped for good");
    assertEquals(2, h.count("SELECT COUNT(*) FROM urls WHERE status = 'pending'"));
    assertFalse(h.progress.matching("Crawl-delay of 600s").isEmpty(), h.progress.toString());
  }

  @Test
  void takesTheNewestDistinctEntriesOfAFeedRepeatingOneThousandsOfTimes() throws Exception {
    h.settings = bigBodies(h.settings);
    String[] links = new String[5_003];
    for (int i = 0; i < 5_000; i++) {
      links[i] = "/same";
    }
    links[5_000] = "/x";
    links[5_001] = "/y";
    links[5_002] = "/z";
    h.feed("/feed.xml", links);
    Source three =
        new Source("dup", h.url("/feed.xml"), true, 4, Duration.ofDays(9999), List.of(), true);
    h.crawl(three);
    assertEquals(4, h.count("SELECT COUNT(*) FROM urls"));
    assertEquals(1, h.site.requestsFor("/same"));
  }

  @Test
  void takesAtMostMaxItemsOfAFeedWithThousandsOfLinks() throws Exception {
    h.settings = bigBodies(h.settings);
    String[] links = new String[3_000];
    for (int i = 0; i < links.length; i++) {
      links[i] = "/n" + i;
    }
    h.feed("/feed.xml", links);
    Source twenty =
        new Source("many", h.url("/feed.xml"), true, 20, Duration.ofDays(9999), List.of(), true);
    CrawlSummary s = h.crawl(twenty);
    assertEquals(20, h.count("SELECT COUNT(*) FROM urls"));
    assertEquals(20, s.failed().get(FailureCause.HTTP_4XX), "each got its 404, and no more");
  }

  @Test
  void readsAGzippedNewsSitemapListedByAnIndex() throws Exception {
    String base = h.url("").toString();
    h.site.page(
        "/sitemap.xml",
        200,
        "application/xml",
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>"
            + base
            + "/news.xml.gz</loc></sitemap></sitemapindex>");
    byte[] news =
        LoopbackSite.gzip(
            ("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<url><loc>"
                    + base
                    + "/n1</loc></url></urlset>")
                .getBytes(StandardCharsets.UTF_8));
    h.site.route(
        "/news.xml.gz",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "application/x-gzip");
          ex.sendResponseHeaders(200, news.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(news);
          }
        });
    h.article("/n1", 52);
    CrawlSummary s = h.crawl(TestSettings.loopback(h.url("/sitemap.xml")));
    assertEquals(0, s.sourcesFailed(), h.progress.toString());
    assertEquals(1, s.articlesNew(), h.progress.toString());
  }

  @Test
  void neverStoresA204OrA206AndDoesNotRetryThem() throws Exception {
    h.site.route("/empty", ex -> ex.sendResponseHeaders(204, -1));
    h.site.page("/partial", 206, "text/html", CrawlHarness.articleHtml(53, "").substring(0, 300));
    h.feed("/feed.xml", "/empty", "/partial");
    CrawlSummary s = h.crawl(h.source());
    assertEquals(2, s.failed().get(FailureCause.MALFORMED), h.progress.toString());
    assertEquals(0, h.count("SELECT COUNT(*) FROM fetches"));
    assertEquals(0, h.count("SELECT COUNT(*) FROM urls WHERE next_fetch_at IS NOT NULL"));
  }

  @Test
  void decodesAPageWhoseHeaderCharsetContradictsItsBytes() throws Exception {
    String html =
        CrawlHarness.articleHtml(54, "<p>Le café “quoted” à Paris.</p>")
            .replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">");
    byte[] cp1252 = html.getBytes("windows-1252");
    h.site.route(
        "/legacy",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
          ex.sendResponseHeaders(200, cp1252.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(cp1252);
          }
        });
    h.feed("/feed.xml", "/legacy");
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, s.articlesNew(), h.progress.toString());
    assertTrue(
        h.string("SELECT text FROM articles").contains("Le café “quoted” à Paris."),
        h.string("SELECT text FROM articles"));
  }

  private static CrawlSettings bigBodies(CrawlSettings s) {
    return s.withMaxBodyBytes(5L << 20);
  }
}
