package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.crawl.CrawlSummary;
import gapwatch.crawl.LoopbackSite;
import gapwatch.crawl.Source;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole runs where a feed or a redirect points at a URL the URL policy refuses (catalogue case E5:
 * another scheme, another port, a user name, parsers reading it differently): no request reaches
 * the target, and the URL is recorded as skipped with the rule it breaks. A second loopback server
 * on another port plays the internal service a hostile feed aims at.
 */
class CrawlUrlPolicyTest extends WholeCrawlTest {

  private LoopbackSite target;

  @BeforeEach
  void startTarget() throws IOException {
    target = new LoopbackSite();
    target.page("/", 200, "text/html", CrawlHarness.articleHtml(7, ""));
    target.page("/robots.txt", 404, "text/plain", "none");
  }

  @AfterEach
  void stopTarget() {
    target.close();
  }

  /**
   * The feed's source, allowed to use private addresses on 127.0.0.1 (so the SSRF guard would let
   * the target through: only the port rule stands in the way), plus {@code allowedPorts}.
   */
  private Source source(List<Integer> allowedPorts) {
    return new Source(
        "test",
        h.url("/feed.xml"),
        true,
        100,
        Duration.ofDays(36500),
        List.of("127.0.0.1"),
        true,
        allowedPorts);
  }

  private void redirect(String path, int status, String to) {
    h.site.route(
        path,
        ex -> {
          ex.getResponseHeaders().set("Location", to);
          ex.sendResponseHeaders(status, -1);
        });
  }

  private String targetUrl(String path) {
    return "http://127.0.0.1:" + target.port() + path;
  }

  @Test
  void neverFetchesAFeedLinkToAnotherPortOfTheSameHost() throws Exception {
    h.feed("/feed.xml", targetUrl("/"));
    CrawlSummary s = h.crawl(source(List.of()));
    assertEquals(0, target.requestCount(), target.requests().toString());
    assertEquals(1, s.skippedOther(), h.progress.toString());
    String why = h.string("SELECT last_error FROM urls WHERE status = 'skipped'");
    assertTrue(why.startsWith("URL_POLICY: " + targetUrl("/") + ": port "), why);
    assertTrue(why.contains("is not allowed"), why);
    assertTrue(h.progress.toString().contains("1 refused, URL_POLICY"), h.progress.toString());
  }

  @Test
  void fetchesAnotherPortOnlyWhenTheSourceAllowsIt() throws Exception {
    h.feed("/feed.xml", targetUrl("/"));
    CrawlSummary s = h.crawl(source(List.of(target.port())));
    assertEquals(1, target.requestsFor("/"), h.progress.toString());
    assertEquals(1, s.articlesNew(), h.progress.toString());
  }

  @Test
  void neverFetchesALinkWithAUserNameOrPassword() throws Exception {
    String hostPort = "127.0.0.1:" + h.site.port();
    h.feed(
        "/feed.xml",
        "http://user:secret@" + hostPort + "/a",
        "http://user@evil@" + hostPort + "/b",
        "http://" + hostPort + "/c");
    h.article("/a", 1);
    h.article("/b", 2);
    h.article("/c", 3);
    CrawlSummary s = h.crawl(source(List.of()));
    assertEquals(0, h.site.requestsFor("/a"));
    assertEquals(0, h.site.requestsFor("/b"));
    assertEquals(1, s.articlesNew(), h.progress.toString());
    assertEquals(2, s.skippedOther(), h.progress.toString());
    assertEquals(
        2,
        h.count(
            "SELECT COUNT(*) FROM urls WHERE status = 'skipped'"
                + " AND last_error LIKE 'URL_POLICY: %user name or password%'"),
        h.progress.toString());
  }

  @Test
  void neverFetchesFileOrGopherLinks() throws Exception {
    h.feed("/feed.xml", "file:///etc/passwd", "gopher://127.0.0.1:" + target.port() + "/_GET");
    CrawlSummary s = h.crawl(source(List.of(target.port())));
    assertEquals(0, target.requestCount(), target.requests().toString());
    assertEquals(2, s.skippedOther(), h.progress.toString());
    assertEquals(
        2,
        h.count(
            "SELECT COUNT(*) FROM urls WHERE status = 'skipped'"
                + " AND last_error LIKE 'URL_POLICY: %scheme%is not allowed%'"));
  }

  @Test
  void neverFollowsARedirectToAPortTheSourceDoesNotAllow() throws Exception {
    h.feed("/feed.xml", "/a");
    redirect("/a", 302, targetUrl("/"));
    CrawlSummary s = h.crawl(source(List.of()));
    assertEquals(1, h.site.requestsFor("/a"));
    assertEquals(0, target.requestCount(), target.requests().toString());
    assertEquals(1, s.skippedOther(), h.progress.toString());
    String why = h.string("SELECT last_error FROM urls WHERE url LIKE '%/a'");
    assertTrue(why.startsWith("URL_POLICY: redirect from "), why);
    assertTrue(why.contains(targetUrl("/") + ": port " + target.port() + " is not allowed"), why);
  }

  @Test
  void neverPollsAFeedThatMovedToAPortTheSourceDoesNotAllow() throws Exception {
    redirect("/feed.xml", 301, targetUrl("/feed.xml"));
    CrawlSummary s = h.crawl(source(List.of()));
    assertEquals(1, s.sourcesFailed());
    assertEquals(0, target.requestCount(), target.requests().toString());
    assertTrue(
        h.progress.toString().contains("source failed: URL_POLICY: redirect from "),
        h.progress.toString());
  }

  /** Catalogue case A4: an RSS 0.91 feed naming Netscape's DTD is refused, the DTD never read. */
  @Test
  void refusesAnRss091FeedWithAnExternalDtdAndNeverFetchesTheDtd() throws Exception {
    target.page("/rss-0.91.dtd", 200, "application/xml-dtd", "<!ENTITY x \"y\">");
    h.site.page(
        "/feed.xml",
        200,
        "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\""
            + " \""
            + targetUrl("/rss-0.91.dtd")
            + "\"><rss version=\"0.91\"><channel><title>t</title><link>/</link>"
            + "<description>d</description><item><title>a</title><link>/a</link></item>"
            + "</channel></rss>");
    h.article("/a", 1);
    CrawlSummary s = h.crawl(source(List.of(target.port())));
    assertEquals(1, s.sourcesFailed());
    assertEquals(0, target.requestsFor("/rss-0.91.dtd"));
    assertEquals(0, h.site.requestsFor("/a"));
    assertTrue(h.progress.toString().contains("DOCTYPE"), h.progress.toString());
  }
}
