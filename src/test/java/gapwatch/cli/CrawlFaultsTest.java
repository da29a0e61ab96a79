package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.crawl.CrawlSummary;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.LoopbackSite;
import gapwatch.crawl.Source;
import gapwatch.crawl.TestSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole crawl runs against hostile and faulty loopback servers, through the same wiring as {@code
 * gapwatch crawl}: each test is one fault, and the run must record it, go on, and leave a sound
 * database. (Faults of a single fetch are in {@code HttpFetcherTest}.)
 */
class CrawlFaultsTest extends WholeCrawlTest {

  // Feeds

  @Test
  void refusesAnXxeFeedAndLeaksNothingOfTheEntity() throws Exception {
    Path canary = dir.resolve("canary.txt");
    Files.writeString(canary, "CANARY-7f3a");
    h.site.page(
        "/feed.xml",
        200,
        "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
            + canary.toUri()
            + "\">]><rss version=\"2.0\"><channel><title>&x;</title><item><link>/a</link>"
            + "<title>&x;</title></item></channel></rss>");
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, s.sourcesFailed());
    assertTrue(h.progress.toString().contains("DOCTYPE"), h.progress.toString());
    assertEquals(0, h.count("SELECT COUNT(*) FROM urls WHERE title LIKE '%CANARY%'"));
    assertEquals(0, h.site.requestsFor("/a"));
  }

  @Test
  void refusesABillionLaughsFeedQuickly() throws Exception {
    StringBuilder ents = new StringBuilder("<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      ents.append("<!ENTITY a").append(i).append(" \"");
      ents.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    h.site.page(
        "/feed.xml",
        200,
        "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE rss ["
            + ents
            + "]><rss><channel><title>&a9;</title>"
            + "</channel></rss>");
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, s.sourcesFailed());
    assertTrue(s.elapsed().compareTo(Duration.ofSeconds(10)) < 0, "took " + s.elapsed());
  }

  @Test
  void reportsAPageThatIsNotAFeedAndCrawlsTheOtherSources() throws Exception {
    h.site.page("/feed.xml", 200, "text/html", "<html><body>not a feed</body></html>");
    h.feed("/other.xml", "/a");
    h.article("/a", 1);
    Source other = TestSettings.loopback(h.url("/other.xml"));
    Source broken =
        new Source("broken", h.url("/feed.xml"), true, 10, Duration.ofDays(9999), List.of(), true);
    CrawlSummary s = h.crawl(broken, other);
    assertEquals(1, s.sourcesFailed());
    assertEquals(1, s.sourcesPolled());
    assertEquals(1, s.articlesNew());
    assertTrue(h.progress.toString().contains("not RSS/Atom"), h.progress.toString());
  }

  @Test
  void reportsAnEmptyAndATruncatedFeed() throws Exception {
    h.site.page("/feed.xml", 200, "application/rss+xml", "");
    h.site.page("/cut.xml", 200, "application/rss+xml", "<rss><channel><item><link>/a</link><ti");
    Source cut =
        new Source("cut", h.url("/cut.xml"), true, 10, Duration.ofDays(9999), List.of(), true);
    CrawlSummary s = h.crawl(h.source(), cut);
    assertEquals(2, s.sourcesFailed());
    assertEquals(0, h.site.requestsFor("/a"));
  }

  @Test
  void followsOnlyAbsoluteHttpLinksOfAFeed() throws Exception {
    h.feed(
        "/feed.xml",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://x.test/a",
        "data:text/html,hi",
        "/" + "x".repeat(5000),
        "/good");
    h.article("/good", 2);
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, h.count("SELECT COUNT(*) FROM urls WHERE status = 'done'"));
    assertEquals(1, s.articlesNew());
    // The other schemes are refused by the URL policy, and recorded with the rule (#5).
    assertEquals(4, s.skippedOther(), h.progress.toString());
    assertEquals(4, h.count("SELECT COUNT(*) FROM urls WHERE last_error LIKE 'URL_POLICY: %'"));
  }

  @Test
  void fetchesOneArticleListedUnderManyUrlVariants() throws Exception {
    String base = h.url("").toString();
    h.feed(
        "/feed.xml",
        base + "/a",
        base + "/a?utm_source=rss&utm_medium=x",
        base + "/a#comments",
        base.replace("127.0.0.1", "127.0.0.1.") + "/a",
        "HTTP://127.0.0.1:" + h.site.port() + "/a");
    h.article("/a", 3);
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, h.site.requestsFor("/a"));
    assertEquals(1, s.articlesNew());
  }

  @Test
  void ignoresEntriesOlderThanMaxAgeAndDoesNotTrustFutureDates() throws Exception {
    h.site.page(
        "/feed.xml",
        200,
        "application/rss+xml",
        "<rss version=\"2.0\"><channel><title>f</title>"
            + "<item><link>/old</link><pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate></item>"
            + "<item><link>/future</link><pubDate>Sat, 01 Jan 2099 00:00:00 GMT</pubDate></item>"
            + "<item><link>/now</link><pubDate>"
            + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC))
            + "</pubDate></item></channel></rss>");
    Source s =
        new Source("dated", h.url("/feed.xml"), true, 1, Duration.ofDays(7), List.of(), true);
    h.crawl(s);
    assertEquals(
        "/now",
        h.string("SELECT substr(url, instr(url, '/now')) FROM urls"),
        "maxItems 1 takes the newest believable entry");
    assertEquals(1, h.count("SELECT COUNT(*) FROM urls"));
  }

  @Test
  void followsAFeedThatMovedPermanentlyAndSaysSo() throws Exception {
    h.site.route(
        "/feed.xml",
        ex -> {
          ex.getResponseHeaders().set("Location", "/feed/");
          ex.sendResponseHeaders(301, -1);
        });
    h.feed("/feed/", "/a");
    h.article("/a", 4);
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, s.articlesNew());
    assertFalse(h.progress.matching("moved permanently").isEmpty(), h.progress.toString());
    assertEquals(
        h.url("/feed.xml").toString(),
        h.string("SELECT url FROM sources"),
        "the configured URL is kept, never silently rewritten");
  }

  @Test
  void refusesAFeedRedirectToAnotherInternalServer() throws Exception {
    try (LoopbackSite internal = new LoopbackSite()) {
      internal.page("/admin", 200, "application/rss+xml", "<rss/>");
      h.site.route(
          "/feed.xml",
          ex -> {
            ex.getResponseHeaders().set("Location", internal.url("/admin").toString());
            ex.sendResponseHeaders(302, -1);
          });
      CrawlSummary s = h.crawl(h.source());
      assertEquals(1, s.sourcesFailed());
      assertEquals(0, internal.requestCount(), "the internal server must see no request");
    }
  }

  @Test
  void readsANewsSitemapAndASitemapIndex() throws Exception {
    String base = h.url("").toString();
    h.site.page(
        "/sitemap.xml",
        200,
        "application/xml",
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>"
            + base
            + "/news.xml</loc></sitemap></sitemapindex>");
    h.site.page(
        "/news.xml",
        200,
        "application/xml",
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>"
            + base
            + "/n1</loc><news:news><news:publication><news:name>T</news:name>"
            + "<news:language>en</news:language></news:publication>"
            + "<news:publication_date>2024-09-13T08:00:00Z</news:publication_date>"
            + "<news:title>Chips</news:title></news:news></url></urlset>");
    h.article("/n1", 5);
    CrawlSummary s = h.crawl(TestSettings.loopback(h.url("/sitemap.xml")));
    assertEquals(1, s.articlesNew(), h.progress.toString());
    assertEquals("Chips", h.string("SELECT title FROM urls"));
  }

  @Test
  void anUnchangedNightlyRunDownloadsNoArticle() throws Exception {
    h.site.route(
        "/feed.xml",
        ex -> {
          if ("\"f1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackSite.send(ex, 304, "application/rss+xml", "");
            return;
          }
          ex.getResponseHeaders().set("ETag", "\"f1\"");
          LoopbackSite.send(
              ex,
              200,
              "application/rss+xml",
              "<rss version=\"2.0\"><channel><title>f</title><item><link>/a</link></item>"
                  + "<item><link>/b</link></item></channel></rss>");
        });
    h.article("/a", 6);
    h.article("/b", 7);
    h.crawl(h.source());
    CrawlSummary second = h.crawl(h.source());
    assertEquals(2, h.site.requestsFor("/feed.xml"));
    assertEquals(1, h.site.requestsFor("/a") + h.site.requestsFor("/b") - 1, "no article again");
    assertEquals(0, second.articlesNew());
    assertFalse(second.partial());
  }

  // Hostile pages

  @Test
  void refusesAGzipBombAfterTheLimitOfDecompressedBytes() throws Exception {
    byte[] bomb = LoopbackSite.gzip(new byte[50_000_000]);
    h.feed("/feed.xml", "/bomb");
    h.site.route(
        "/bomb",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          ex.sendResponseHeaders(200, bomb.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(bomb);
          } catch (IOException expected) {
            // the crawler hangs up at the limit
          }
        });
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, s.failed().get(FailureCause.TOO_LARGE), h.progress.toString());
    assertTrue(s.elapsed().compareTo(Duration.ofSeconds(10)) < 0, "took " + s.elapsed());
  }

  @Test
  void refusesRandomBytesServedAsHtml() throws Exception {
    byte[] noise = new byte[50_000];
    new java.util.Random(42).nextBytes(noise);
    h.feed("/feed.xml", "/noise");
    h.site.route(
        "/noise",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, noise.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(noise);
          }
        });
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, s.failed().get(FailureCause.NOT_TEXT));
    assertEquals(0, h.count("SELECT COUNT(*) FROM articles"));
  }

  @Test
  void survivesDeeplyNestedHtml() throws Exception {
    h.feed("/feed.xml", "/deep");
    h.site.page(
        "/deep",
        200,
        "text/html",
        "<html><body>" + "<div>".repeat(8_000) + "deep" + "</div>".repeat(8_000) + "</body>");
    h.settings = TestSettings.fast();
    CrawlSummary s = h.crawl(h.source());
    assertEquals(0, s.failedTotal(), h.progress.toString());
    assertEquals(1, h.count("SELECT COUNT(*) FROM urls WHERE status = 'done'"));
  }

  // Network faults over whole runs

  @Test
  void recordsTimeoutsResetsAndLiesAndGoesOn() throws Exception {
    try (var reset =
            new gapwatch.crawl.RawSocketServer(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<p>half",
                true);
        var liar =
            new gapwatch.crawl.RawSocketServer(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 900\r\n\r\n<p>short",
                false)) {
      h.site.route("/stall", ex -> sleep(5_000));
      h.feed("/feed.xml", "/stall", reset.url("/r").toString(), liar.url("/l").toString(), "/fine");
      h.article("/fine", 8);
      Source s =
          new Source(
              "faults",
              h.url("/feed.xml"),
              true,
              10,
              Duration.ofDays(9999),
              List.of("127.0.0.1"),
              true,
              List.of(reset.url("/").getPort(), liar.url("/").getPort()));
      CrawlSummary sum = h.crawl(s);
      assertEquals(1, sum.failed().get(FailureCause.TIMEOUT), h.progress.toString());
      assertEquals(2, sum.failed().get(FailureCause.NETWORK), h.progress.toString());
      assertEquals(1, sum.articlesNew());
      assertEquals(
          3,
          h.count(
              "SELECT COUNT(*) FROM urls WHERE status = 'failed' AND next_fetch_at IS NOT NULL"),
          "each is retried in a later run");
      assertTrue(sum.partial());
    }
  }

  @Test
  void honoursRetryAfterOnlyForThatHost() throws Exception {
    h.settings = withDelays(h.settings, Duration.ZERO, Duration.ofSeconds(5));
    h.site.route(
        "/busy",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "1");
          LoopbackSite.send(ex, 429, "text/plain", "slow down");
        });
    h.article("/busy2", 9);
    h.article("/other", 10);
    h.feed(
        "/feed.xml",
        h.site.url("slow.test", "/busy").toString(),
        h.site.url("slow.test", "/busy2").toString(),
        h.site.url("fast.test", "/other").toString());
    Source s = multiHost("slow.test", "fast.test");
    Instant t0 = Instant.now();
    CrawlSummary sum = h.crawl(s);
    List<LoopbackSite.Arrival> arrivals = h.site.arrivals();
    long busyAt = at(arrivals, "/busy");
    long busy2At = at(arrivals, "/busy2");
    long otherAt = at(arrivals, "/other");
    assertTrue(busy2At - busyAt >= 1_000_000_000L, "waited the Retry-After on slow.test");
    assertTrue(otherAt - busyAt < 1_000_000_000L, "fast.test was not slowed");
    assertEquals(1, sum.failed().get(FailureCause.RATE_LIMITED));
    Instant next =
        Instant.parse(h.string("SELECT next_fetch_at FROM urls WHERE url LIKE '%/busy'"));
    assertTrue(next.isAfter(t0.plusSeconds(1)));
  }

  @Test
  void letsAHostRestWhenItAsksForALongPause() throws Exception {
    h.site.route(
        "/a",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT");
          LoopbackSite.send(ex, 503, "text/plain", "maintenance");
        });
    h.feed("/feed.xml", "/a", "/b", "/c");
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, h.site.requestsFor("/a"));
    assertEquals(0, h.site.requestsFor("/b") + h.site.requestsFor("/c"));
    assertEquals(2, s.deferred());
    assertEquals(1, s.hostsRested());
    assertFalse(h.progress.matching("rests until the next run").isEmpty());
  }

  @Test
  void stopsHammeringAHostAfterItsErrorBudget() throws Exception {
    h.settings = withBudget(h.settings, 3);
    String[] links = new String[20];
    for (int i = 0; i < links.length; i++) {
      links[i] = "/e" + i;
      h.site.page(links[i], 500, "text/plain", "boom");
    }
    h.feed("/feed.xml", links);
    CrawlSummary s = h.crawl(h.source());
    assertEquals(3, s.failed().get(FailureCause.HTTP_5XX));
    assertEquals(17, s.deferred());
    List<LoopbackSite.Arrival> errs =
        h.site.arrivals().stream().filter(a -> a.path().startsWith("/e")).toList();
    assertEquals(3, errs.size(), "no request after the budget is spent");
    long gap1 = errs.get(1).nanos() - errs.get(0).nanos();
    long gap2 = errs.get(2).nanos() - errs.get(1).nanos();
    assertTrue(
        gap1 >= 20_000_000L && gap2 >= 40_000_000L, "exponential back-off: " + gap1 + ", " + gap2);
  }

  @Test
  void recordsAnUnknownHost() throws Exception {
    h.feed("/feed.xml", "http://nowhere.invalid/a");
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, s.failed().get(FailureCause.NETWORK));
    assertTrue(h.string("SELECT last_error FROM urls").contains("unknown host"));
  }

  // robots.txt

  @Test
  void skipsWhatRobotsTxtDisallowsWithoutAsking() throws Exception {
    h.site.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    h.feed("/feed.xml", "/private/x", "/public");
    h.article("/public", 11);
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, s.skippedRobots());
    assertEquals(0, h.site.requestsFor("/private/x"));
    assertEquals(1, s.articlesNew());
  }

  @Test
  void defersTheHostWhenRobotsTxtFailsWithServerErrorOrRateLimit() throws Exception {
    for (int status : new int[] {500, 503, 429}) {
      try (CrawlHarness fresh = new CrawlHarness(Files.createTempDirectory(dir, "r"))) {
        fresh.site.page("/robots.txt", status, "text/plain", "no");
        fresh.feed("/feed.xml", "/a");
        CrawlSummary s = fresh.crawl(fresh.source());
        assertEquals(1, s.sourcesFailed(), "the feed itself waits: HTTP " + status);
        assertEquals(0, fresh.site.requestsFor("/feed.xml"));
      }
    }
  }

  @Test
  void allowsEverythingWhenRobotsTxtIsMissingOrForbidden() throws Exception {
    h.site.page("/robots.txt", 403, "text/plain", "no");
    h.feed("/feed.xml", "/a");
    h.article("/a", 12);
    assertEquals(1, h.crawl(h.source()).articlesNew());
  }

  @Test
  void honoursCrawlDelay() throws Exception {
    h.site.page("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 0.3\n");
    h.feed("/feed.xml", "/a", "/b");
    h.article("/a", 13);
    h.article("/b", 14);
    h.crawl(h.source());
    List<LoopbackSite.Arrival> a = h.site.arrivals();
    for (int i = 1; i < a.size(); i++) {
      long gap = a.get(i).nanos() - a.get(i - 1).nanos();
      // The delay runs from the start of one request to the start of the next on the crawler's
      // clock; arrivals at the server jitter by connection setup and scheduling, by tens of ms on
      // a loaded machine. Without the Crawl-delay the gaps here are a few ms.
      assertTrue(gap >= 240_000_000L, "gap " + gap / 1_000_000 + " ms before " + a.get(i).path());
    }
  }

  @Test
  void crawlsHostsInParallelWithOneConnectionEach() throws Exception {
    h.settings = withDelays(h.settings, Duration.ofMillis(100), Duration.ofSeconds(5));
    String[] links = new String[12];
    for (int i = 0; i < links.length; i++) {
      String host = "h" + (i % 3) + ".test";
      h.site.route(
          "/p" + i,
          ex -> {
            sleep(50);
            LoopbackSite.send(ex, 200, "text/html", CrawlHarness.articleHtml(ex.hashCode(), ""));
          });
      links[i] = h.site.url(host, "/p" + i).toString();
    }
    h.feed("/feed.xml", links);
    CrawlSummary s = h.crawl(multiHost("h0.test", "h1.test", "h2.test"));
    assertEquals(12, s.articlesNew() + s.articlesDuplicate(), h.progress.toString());
    for (String host : List.of("h0.test", "h1.test", "h2.test")) {
      assertEquals(1, h.site.maxInFlight(host), host);
    }
    // Parallelism is observed at the server, not timed: a timing bound fails on a loaded machine.
    assertTrue(h.site.maxInFlightOverall() >= 2, "no two hosts were ever fetched at the same time");
  }

  // SSRF

  @Test
  void neverContactsPrivateAddressesAFeedPointsAt() throws Exception {
    try (LoopbackSite internal = new LoopbackSite()) {
      internal.page("/secret", 200, "text/html", "<p>internal</p>");
      h.names.put(
          "metadata.test",
          InetAddress.getByAddress(new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254}));
      h.names.put("intranet.test", InetAddress.getByAddress(new byte[] {10, 0, 0, 5}));
      h.feed(
          "/feed.xml",
          internal.url("/secret").toString(),
          "http://2130706433:" + internal.port() + "/secret",
          "http://[::ffff:127.0.0.1]:" + internal.port() + "/secret",
          "http://metadata.test/latest/meta-data/",
          "http://intranet.test/");
      CrawlSummary s = h.crawl(h.source());
      assertEquals(0, internal.requestCount(), "the internal server must see no request");
      assertEquals(5, s.skippedOther(), h.progress.toString());
      // The internal server's other port is refused by the URL policy first (#5), the names by
      // the SSRF guard.
      assertEquals(2, h.count("SELECT COUNT(*) FROM urls WHERE last_error LIKE 'FORBIDDEN%'"));
      assertEquals(3, h.count("SELECT COUNT(*) FROM urls WHERE last_error LIKE 'URL_POLICY%'"));
    }
  }

  // Duplicates

  @Test
  void storesTheSameStoryOnceUnderCanonicalExactAndNearDuplicates() throws Exception {
    h.article("/a", 20);
    h.site.page(
        "/amp/a",
        200,
        "text/html",
        CrawlHarness.articleHtml(20, "")
            .replace("<head>", "<head><link rel=\"canonical\" href=\"" + h.url("/a") + "\">"));
    h.site.page("/mirror", 200, "text/html", CrawlHarness.articleHtml(20, ""));
    h.site.page(
        "/updated",
        200,
        "text/html",
        CrawlHarness.articleHtml(
            20, "<p>Engineers at the plant added one more test line later in the week.</p>"));
    h.article("/different", 21);
    h.feed("/feed.xml", "/a");
    h.crawl(h.source());
    h.feed("/feed.xml", "/amp/a", "/mirror", "/updated", "/different");
    CrawlSummary s = h.crawl(h.source());
    assertEquals(1, s.articlesNew(), h.progress.toString());
    assertEquals(3, s.articlesDuplicate());
    assertEquals(
        "exact,near,url",
        h.string(
            "SELECT group_concat(duplicate_kind) FROM (SELECT duplicate_kind FROM articles"
                + " WHERE duplicate_kind IS NOT NULL ORDER BY duplicate_kind)"));
  }

  @Test
  void marksARunKilledEarlierAsInterrupted() throws Exception {
    h.db.write(
        x ->
            x.execute(
                "INSERT INTO crawl_runs (started_at, status, pid) VALUES ('2024-01-01T00:00:00Z',"
                    + " 'running', 1)"));
    h.feed("/feed.xml");
    h.crawl(h.source());
    assertEquals(
        "failed interrupted: the process ended before the run finished",
        h.string("SELECT status || ' ' || note FROM crawl_runs ORDER BY id LIMIT 1"));
    assertEquals("ok", h.string("SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1"));
  }

  // helpers

  private Source multiHost(String... hosts) {
    return new Source(
        "multi", h.url("/feed.xml"), true, 100, Duration.ofDays(9999), List.of(hosts), true);
  }

  private static long at(List<LoopbackSite.Arrival> arrivals, String path) {
    return arrivals.stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow().nanos();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static gapwatch.crawl.CrawlSettings withDelays(
      gapwatch.crawl.CrawlSettings s, Duration perHost, Duration maxCrawlDelay) {
    return tuned(s, perHost, maxCrawlDelay, s.hostErrorBudget());
  }

  static gapwatch.crawl.CrawlSettings withBudget(gapwatch.crawl.CrawlSettings s, int budget) {
    return tuned(s, s.perHostDelay(), s.maxCrawlDelay(), budget);
  }

  private static gapwatch.crawl.CrawlSettings tuned(
      gapwatch.crawl.CrawlSettings s, Duration perHost, Duration maxCrawlDelay, int budget) {
    return new gapwatch.crawl.CrawlSettings(
        s.userAgent(),
        perHost,
        maxCrawlDelay,
        s.connectTimeout(),
        s.readTimeout(),
        s.responseTimeout(),
        s.maxBodyBytes(),
        s.maxRedirects(),
        s.maxAttempts(),
        budget,
        s.maxRetryAfter(),
        s.concurrency(),
        s.backoffBase(),
        s.extractionTimeout(),
        s.maxRunTime());
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
