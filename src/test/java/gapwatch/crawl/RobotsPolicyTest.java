package gapwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * robots.txt cases of RFC 9309 that need a server: oversized files (parsed up to the limit, §2.5),
 * redirects (five followed, even to another host, rules kept for the origin asked, §2.3.1.2), empty
 * 2xx answers, and Crawl-delays beyond any cap (catalogue D2, D3, D5).
 */
class RobotsPolicyTest {

  private LoopbackSite site;
  private RobotsPolicy robots;
  private Source source;

  @BeforeEach
  void start() throws IOException {
    site = new LoopbackSite();
    CrawlSettings settings = TestSettings.fast();
    HostResolver loopback =
        host -> {
          if (host.endsWith(".test") || host.equals("127.0.0.1")) {
            return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
          }
          throw new UnknownHostException(host);
        };
    robots =
        new RobotsPolicy(
            new HttpFetcher(settings, Clock.systemUTC(), loopback), settings, Clock.systemUTC());
    source =
        new Source(
            "robots",
            site.url("/feed.xml"),
            true,
            100,
            Duration.ofDays(1),
            List.of("127.0.0.1", "a.test", "b.test"),
            true);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void parsesAHugeRobotsTxtUpToTheLimitAndStopsReading() {
    AtomicLong written = new AtomicLong();
    site.route("/robots.txt", ex -> huge(ex, written));
    assertFalse(allowed("/secret/x"), "a rule at 400 KiB is within the 500 KiB parsed");
    assertTrue(allowed("/late/x"), "a rule at 700 KiB may be ignored");
    assertTrue(written.get() < 20_000_000, "stopped reading near the limit: " + written.get());
  }

  @Test
  void appliesTheLimitOnARedirectedRobotsTxtToo() {
    AtomicLong written = new AtomicLong();
    site.route("/robots.txt", ex -> redirect(ex, "/elsewhere/robots.txt"));
    site.route("/elsewhere/robots.txt", ex -> huge(ex, written));
    assertFalse(allowed("/secret/x"));
    assertTrue(written.get() < 20_000_000, "stopped reading near the limit: " + written.get());
  }

  @Test
  void dropsTheRuleCutInHalfAtTheLimit() {
    byte[] cut = new byte[ResponseReader.ROBOTS_PARSE_LIMIT];
    byte[] start = "User-agent: *\nDisallow: /kept\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, cut, 0, start.length);
    for (int i = start.length; i < cut.length; i++) {
      cut[i] = '#';
    }
    cut[cut.length - 2] = '\n';
    cut[cut.length - 1] = 'D';
    byte[] kept = RobotsPolicy.withoutCutLine(cut);
    assertEquals(cut.length - 1, kept.length);
  }

  @Test
  void followsFiveRedirectsToAnotherHostAndKeepsTheRulesForTheOriginAskedFor() {
    URI first = site.url("a.test", "/robots.txt");
    site.route("/robots.txt", ex -> redirect(ex, site.url("b.test", "/r1").toString()));
    for (int i = 1; i < 5; i++) {
      String next = "/r" + (i + 1);
      site.route("/r" + i, ex -> redirect(ex, next));
    }
    site.page("/r5", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    assertFalse(robots.check(site.url("a.test", "/private/x"), source).allowed());
    assertTrue(robots.check(site.url("a.test", "/public"), source).allowed());
    assertTrue(robots.isCached(first), "cached for a.test, the origin asked for");
  }

  @Test
  void treatsMoreThanFiveRedirectsAsUnreachableForNow() {
    site.route("/robots.txt", ex -> redirect(ex, "/r1"));
    for (int i = 1; i <= 6; i++) {
      String next = "/r" + (i + 1);
      site.route("/r" + i, ex -> redirect(ex, next));
    }
    RobotsPolicy.Verdict v = robots.check(site.url("/a"), source);
    assertFalse(v.allowed());
    assertTrue(v.deferred(), v.reason());
  }

  @Test
  void allowsEverythingOnAnEmpty2xx() {
    site.route("/robots.txt", ex -> ex.sendResponseHeaders(204, -1));
    assertTrue(allowed("/a"));
  }

  @Test
  void reportsAHugeCrawlDelayAsAskedInsteadOfDisallowingEverything() {
    site.page("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 3600\n");
    RobotsPolicy.Verdict v = robots.check(site.url("/a"), source);
    assertTrue(v.allowed(), "crawler-commons' own cap would have disallowed everything");
    assertEquals(Duration.ofHours(1), v.crawlDelay());
  }

  private boolean allowed(String path) {
    return robots.check(site.url(path), source).allowed();
  }

  /** 50 MB of comments with a rule at 400 KiB and another at 700 KiB. */
  private static void huge(HttpExchange ex, AtomicLong written) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/plain");
    ex.sendResponseHeaders(200, 0);
    byte[] filler = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = ex.getResponseBody()) {
      out.write("User-agent: *\n".getBytes(StandardCharsets.US_ASCII));
      for (int kib = 0; kib < 50 * 1024; kib++) {
        if (kib == 400) {
          out.write("Disallow: /secret/\n".getBytes(StandardCharsets.US_ASCII));
        } else if (kib == 700) {
          out.write("Disallow: /late/\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(filler);
        written.addAndGet(filler.length);
      }
    } catch (IOException expected) {
      // the crawler hangs up once it has read enough
    }
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(301, -1);
  }
}
