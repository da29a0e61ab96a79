package gapwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.FetchResult.Fetched;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

  private static final CrawlSettings FAST = TestSettings.fast();

  private LoopbackSite site;
  private HttpFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    site = new LoopbackSite();
    fetcher = new HttpFetcher(FAST, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void fetchesAPageWithItsValidators() {
    site.route(
        "/a",
        ex -> {
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          ex.getResponseHeaders().set("Last-Modified", "Fri, 13 Sep 2024 08:00:00 GMT");
          LoopbackSite.send(ex, 200, "text/html; charset=utf-8", "<p>hello</p>");
        });
    Fetched f =
        assertInstanceOf(
            Fetched.class,
            fetcher.fetch(site.url("/a"), Validators.NONE, TestSettings.loopback(site.url("/"))));
    assertEquals("\"v1\"", f.page().etag());
    assertEquals("utf-8", f.page().declaredCharset());
    assertEquals(
        "<p>hello</p>", new String(f.page().body(), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void sendsValidatorsAndUnderstandsNotModified() {
    site.route(
        "/feed",
        ex -> {
          boolean same = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
          LoopbackSite.send(ex, same ? 304 : 200, "application/rss+xml", same ? "" : "<rss/>");
        });
    FetchResult r =
        fetcher.fetch(
            site.url("/feed"),
            new Validators("\"v1\"", null),
            TestSettings.loopback(site.url("/")));
    assertInstanceOf(FetchResult.NotModified.class, r);
  }

  @Test
  void followsRedirectsUpToTheLimit() {
    for (int i = 0; i < 5; i++) {
      String next = "/r" + (i + 1);
      site.route("/r" + i, ex -> redirect(ex, next));
    }
    site.page("/r5", 200, "text/html", "<p>arrived</p>");
    Fetched f =
        assertInstanceOf(
            Fetched.class,
            fetcher.fetch(site.url("/r0"), Validators.NONE, TestSettings.loopback(site.url("/"))));
    assertEquals(site.url("/r5"), f.page().finalUrl());
  }

  @Test
  void givesUpOnARedirectLoop() {
    site.route("/loop", ex -> redirect(ex, "/loop"));
    Failed f =
        assertInstanceOf(
            Failed.class,
            fetcher.fetch(
                site.url("/loop"), Validators.NONE, TestSettings.loopback(site.url("/"))));
    assertEquals(FailureCause.TOO_MANY_REDIRECTS, f.cause());
    assertEquals(6, site.requestCount(), "the first request and five redirects");
  }

  @Test
  void refusesBodiesOverTheLimitEvenWithoutContentLength() {
    site.route(
        "/big",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0); // chunked: no Content-Length
          try (OutputStream out = ex.getResponseBody()) {
            out.write(new byte[200_000]);
          } catch (IOException expected) {
            // the client hangs up once it has read enough
          }
        });
    Failed f =
        assertInstanceOf(
            Failed.class,
            fetcher.fetch(site.url("/big"), Validators.NONE, TestSettings.loopback(site.url("/"))));
    assertEquals(FailureCause.TOO_LARGE, f.cause());
  }

  @Test
  void refusesBinaryServedAsHtml() {
    site.route(
        "/png",
        ex -> {
          byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, png.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(png);
          }
        });
    Failed f =
        assertInstanceOf(
            Failed.class,
            fetcher.fetch(site.url("/png"), Validators.NONE, TestSettings.loopback(site.url("/"))));
    assertEquals(FailureCause.NOT_TEXT, f.cause());
  }

  @Test
  void refusesLoopbackUnlessTheSourceAllowsIt() {
    site.page("/secret", 200, "text/html", "<p>internal</p>");
    FetchResult r =
        fetcher.fetch(site.url("/secret"), Validators.NONE, TestSettings.publicOnly(site.url("/")));
    FetchResult.Skipped s = assertInstanceOf(FetchResult.Skipped.class, r);
    assertEquals(FetchResult.SkipReason.FORBIDDEN_ADDRESS, s.reason());
    assertEquals(0, site.requestCount(), "the forbidden server must see no request");
  }

  @Test
  void endsASlowDripBodyAtTheResponseDeadline() {
    site.route(
        "/drip",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 100; i++) {
              out.write('a');
              out.flush();
              Thread.sleep(100);
            }
          } catch (IOException | InterruptedException expected) {
            // the client gives up first
          }
        });
    long t0 = System.nanoTime();
    Failed f =
        assertInstanceOf(
            Failed.class,
            fetcher.fetch(
                site.url("/drip"), Validators.NONE, TestSettings.loopback(site.url("/"))));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(FailureCause.TIMEOUT, f.cause());
    assertTrue(ms < 8_000, "a 10 s drip must end near the 2 s deadline, took " + ms + " ms");
  }

  @Test
  void readsRetryAfterOnTooManyRequests() {
    site.route(
        "/busy",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "120");
          LoopbackSite.send(ex, 429, "text/plain", "slow down");
        });
    Failed f =
        assertInstanceOf(
            Failed.class,
            fetcher.fetch(
                site.url("/busy"), Validators.NONE, TestSettings.loopback(site.url("/"))));
    assertEquals(FailureCause.RATE_LIMITED, f.cause());
    assertEquals(Duration.ofSeconds(120), f.retryAfter());
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to)
      throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
  }
}
