package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import gapwatch.crawl.CrawlSummary;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.LoopbackSite;
import gapwatch.crawl.Source;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole runs where articles and feeds redirect, above all to another host: the target is fetched in
 * its own host's turn, only after that host's robots.txt, only on hosts the source allows, and
 * stored once however many links lead to it. One loopback server plays every host; routes look at
 * the Host header.
 */
class CrawlRedirectsTest extends WholeCrawlTest {

  @Test
  void asksTheTargetHostsRobotsTxtBeforeFollowingARedirectThere() throws Exception {
    h.site.route(
        "/robots.txt",
        ex ->
            plain(
                ex,
                LoopbackSite.host(ex).equals("b.test") ? "User-agent: *\nDisallow: /story\n" : ""));
    h.site.route("/story", ex -> redirect(ex, 302, h.site.url("b.test", "/story").toString()));
    h.feed("/feed.xml", h.site.url("a.test", "/story").toString());
    CrawlSummary s = h.crawl(source(List.of()));
    assertEquals(1, arrivals("b.test", "/robots.txt"), h.progress.toString());
    assertEquals(0, arrivals("b.test", "/story"), "disallowed there: never asked for");
    assertEquals(1, s.skippedRobots());
    assertEquals(
        h.site.url("b.test", "/story").toString(),
        h.string("SELECT redirected_to FROM urls WHERE url LIKE '%a.test%'"));
    assertEquals("skipped", h.string("SELECT status FROM urls WHERE url LIKE '%b.test%'"));
  }

  @Test
  void storesARedirectTargetOnceHoweverManyLinksLeadToIt() throws Exception {
    String target = h.site.url("b.test", "/story").toString();
    h.site.route("/one", ex -> redirect(ex, 301, target));
    h.site.route("/two", ex -> redirect(ex, 301, target));
    h.site.route(
        "/story", ex -> LoopbackSite.send(ex, 200, "text/html", CrawlHarness.articleHtml(7, "")));
    h.feed(
        "/feed.xml",
        h.site.url("a.test", "/one").toString(),
        h.site.url("a.test", "/two").toString());
    CrawlSummary s = h.crawl(source(List.of()));
    assertEquals(1, arrivals("b.test", "/story"), h.progress.toString());
    assertEquals(1, s.articlesNew());
    assertEquals(1, h.count("SELECT COUNT(*) FROM fetches"));
    assertEquals(2, h.count("SELECT COUNT(*) FROM urls WHERE redirected_to = '" + target + "'"));
    CrawlSummary again = h.crawl(source(List.of()));
    assertEquals(0, again.articlesNew() + again.failedTotal(), "the next night fetches nothing");
    assertEquals(1, arrivals("b.test", "/story"));
  }

  @Test
  void neverContactsAHostTheSourceDoesNotAllowThroughARedirect() throws Exception {
    h.site.route("/story", ex -> redirect(ex, 302, h.site.url("b.test", "/story").toString()));
    h.feed("/feed.xml", h.site.url("a.test", "/story").toString());
    CrawlSummary s = h.crawl(source(List.of("a.test", "127.0.0.1")));
    assertEquals(0, h.site.arrivals().stream().filter(a -> a.host().equals("b.test")).count());
    assertEquals(1, s.skippedOther());
    assertTrue(
        h.string("SELECT last_error FROM urls").contains("allowedHosts"),
        h.string("SELECT last_error FROM urls"));
  }

  @Test
  void stopsTwoHostsBouncingALinkBetweenThem() throws Exception {
    h.site.route(
        "/bounce",
        ex -> {
          int n = Integer.parseInt(ex.getRequestURI().getQuery().substring(2));
          String other = LoopbackSite.host(ex).equals("a.test") ? "b.test" : "a.test";
          redirect(ex, 302, h.site.url(other, "/bounce?n=" + (n + 1)).toString());
        });
    h.feed("/feed.xml", h.site.url("a.test", "/bounce?n=0").toString());
    CrawlSummary s = h.crawl(source(List.of()));
    assertEquals(1, s.failed().get(FailureCause.TOO_MANY_REDIRECTS), h.progress.toString());
    assertEquals(6, h.site.requestsFor("/bounce"), "the first request and five redirects");
  }

  @Test
  void refusesASameSiteRedirectIntoWhatRobotsTxtDisallows() throws Exception {
    h.site.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    h.site.route("/story", ex -> redirect(ex, 302, "/private/story"));
    h.feed("/feed.xml", "/story");
    CrawlSummary s = h.crawl(h.source());
    assertEquals(0, h.site.requestsFor("/private/story"));
    assertEquals(1, s.skippedRobots(), h.progress.toString());
  }

  @Test
  void pollsAFeedMovedToAnotherHostThereAfterItsRobotsTxt() throws Exception {
    h.site.route(
        "/robots.txt",
        ex ->
            plain(
                ex,
                LoopbackSite.host(ex).equals("feeds.test")
                    ? "User-agent: *\nCrawl-delay: 0.2\n"
                    : ""));
    h.site.route(
        "/feed.xml",
        ex -> {
          if (LoopbackSite.host(ex).equals("feeds.test")) {
            LoopbackSite.send(
                ex,
                200,
                "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>f</title><item><link>"
                    + h.site.url("/a")
                    + "</link></item></channel></rss>");
          } else {
            redirect(ex, 301, h.site.url("feeds.test", "/feed.xml").toString());
          }
        });
    h.article("/a", 8);
    CrawlSummary s = h.crawl(source(List.of()));
    assertEquals(1, arrivals("feeds.test", "/robots.txt"));
    assertEquals(1, s.sourcesPolled(), h.progress.toString());
    assertEquals(1, s.articlesNew());
    assertFalse(h.progress.matching("moved permanently").isEmpty(), h.progress.toString());
  }

  @Test
  void skipsAFeedMovedToWhereRobotsTxtDisallowsIt() throws Exception {
    h.site.route(
        "/robots.txt",
        ex ->
            plain(
                ex,
                LoopbackSite.host(ex).equals("feeds.test") ? "User-agent: *\nDisallow: /\n" : ""));
    h.site.route(
        "/feed.xml", ex -> redirect(ex, 302, h.site.url("feeds.test", "/feed.xml").toString()));
    CrawlSummary s = h.crawl(source(List.of()));
    assertEquals(1, s.sourcesFailed());
    assertEquals(0, arrivals("feeds.test", "/feed.xml"));
    assertFalse(h.progress.matching("robots").isEmpty(), h.progress.toString());
  }

  /** The loopback feed, allowed to reach the .test hosts on loopback. */
  private Source source(List<String> allowedHosts) {
    List<String> privateOk =
        allowedHosts.isEmpty()
            ? List.of("127.0.0.1", "a.test", "b.test", "feeds.test")
            : allowedHosts;
    return new Source(
        "redirects", h.url("/feed.xml"), true, 100, Duration.ofDays(9999), privateOk, true);
  }

  private long arrivals(String host, String path) {
    return h.site.arrivals().stream()
        .filter(a -> a.host().equals(host) && a.path().equals(path))
        .count();
  }

  private static void redirect(HttpExchange ex, int status, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(status, -1);
  }

  private static void plain(HttpExchange ex, String body) throws IOException {
    if (body.isEmpty()) {
      LoopbackSite.send(ex, 404, "text/plain", "no robots.txt");
    } else {
      LoopbackSite.send(ex, 200, "text/plain", body);
    }
  }
}
