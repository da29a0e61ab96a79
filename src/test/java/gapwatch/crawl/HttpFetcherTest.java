package gapwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.FetchResult.Fetched;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.1",
        "2130706433",
        "0.0.0.0",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::127.0.0.1]",
        "[64:ff9b::7f00:1]"
      })
  void refusesLoopbackLiteralsInEveryFormBeforeConnecting(String host) {
    site.page("/x", 200, "text/html", "<p>internal</p>");
    URI target = URI.create("http://" + host + ":" + site.port() + "/x");
    FetchResult r = fetcher.fetch(target, Validators.NONE, TestSettings.publicOnly(target));
    // Refused as a forbidden address, or (127.1, which java.net.URI cannot parse) as malformed.
    assertTrue(
        r instanceof FetchResult.Skipped
            || (r instanceof Failed f && f.cause() == FailureCause.MALFORMED),
        r.toString());
    assertEquals(0, site.requestCount());
  }

  @ParameterizedTest
  @CsvSource({
    "intranet.test, 10.0.0.5",
    "metadata.test, 169.254.169.254",
    "cgnat.test, 100.64.0.1",
    "ula.test, fd00::1",
    "mapped.test, ::ffff:192.168.0.1"
  })
  void refusesNamesThatResolveToInternalAddresses(String name, String address) throws Exception {
    InetAddress a = InetAddress.getByName(address);
    HttpFetcher guarded = new HttpFetcher(FAST, Clock.systemUTC(), host -> List.of(a));
    URI target = URI.create("http://" + name + "/latest/meta-data/");
    FetchResult.Skipped s =
        assertInstanceOf(
            FetchResult.Skipped.class,
            guarded.fetch(target, Validators.NONE, TestSettings.publicOnly(target)));
    assertEquals(FetchResult.SkipReason.FORBIDDEN_ADDRESS, s.reason());
    assertTrue(s.detail().contains(name), s.detail());
  }

  @Test
  void refusesARedirectHopToTheMetadataService() throws Exception {
    HttpFetcher guarded =
        new HttpFetcher(
            FAST,
            Clock.systemUTC(),
            host ->
                List.of(
                    InetAddress.getByName(
                        host.equals("metadata.test") ? "169.254.169.254" : "127.0.0.1")));
    site.route("/go", ex -> redirect(ex, "http://metadata.test/latest/meta-data/"));
    FetchResult r =
        guarded.fetch(site.url("/go"), Validators.NONE, TestSettings.loopback(site.url("/")));
    assertInstanceOf(FetchResult.Skipped.class, r, r.toString());
  }

  @Test
  void refusesARedirectToAnotherScheme() {
    site.route("/file", ex -> redirect(ex, "file:///etc/passwd"));
    FetchResult.Skipped s =
        assertInstanceOf(
            FetchResult.Skipped.class,
            fetcher.fetch(
                site.url("/file"), Validators.NONE, TestSettings.loopback(site.url("/"))));
    assertEquals(FetchResult.SkipReason.URL_POLICY, s.reason());
    assertTrue(s.detail().contains("scheme 'file' is not allowed"), s.detail());
  }

  @Test
  void timesOutWhenHeadersNeverArrive() {
    site.route("/silent", ex -> pause(5_000));
    Failed f =
        assertInstanceOf(
            Failed.class,
            fetcher.fetch(
                site.url("/silent"), Validators.NONE, TestSettings.loopback(site.url("/"))));
    assertEquals(FailureCause.TIMEOUT, f.cause());
  }

  @Test
  void refusesStackedGzipAndFailsOnTruncatedGzip() throws Exception {
    byte[] once = LoopbackSite.gzip("<p>hello</p>".getBytes(StandardCharsets.UTF_8));
    byte[] twice = LoopbackSite.gzip(once);
    site.route("/twice", ex -> raw(ex, "gzip, gzip", twice));
    site.route("/cut", ex -> raw(ex, "gzip", Arrays.copyOf(once, once.length - 8)));
    Source src = TestSettings.loopback(site.url("/"));
    Failed stacked =
        assertInstanceOf(Failed.class, fetcher.fetch(site.url("/twice"), Validators.NONE, src));
    assertEquals(FailureCause.MALFORMED, stacked.cause());
    assertTrue(stacked.detail().contains("unsupported Content-Encoding 'gzip, gzip'"));
    Failed cut =
        assertInstanceOf(Failed.class, fetcher.fetch(site.url("/cut"), Validators.NONE, src));
    assertEquals(FailureCause.NETWORK, cut.cause());
  }

  @Test
  void capsAnAbsurdRetryAfterAndReadsHttpDates() {
    site.route(
        "/year",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "31536000");
          LoopbackSite.send(ex, 503, "text/plain", "later");
        });
    Source src = TestSettings.loopback(site.url("/"));
    Failed f =
        assertInstanceOf(Failed.class, fetcher.fetch(site.url("/year"), Validators.NONE, src));
    assertEquals(FAST.maxRetryAfter(), f.retryAfter());
    Instant now = Instant.parse("2024-09-13T08:00:00Z");
    assertEquals(
        Optional.of(Duration.ofMinutes(2)), RetryAfter.parse("Fri, 13 Sep 2024 08:02:00 GMT", now));
    assertEquals(Optional.empty(), RetryAfter.parse("-5", now));
    assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
  }

  private static void raw(com.sun.net.httpserver.HttpExchange ex, String encoding, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/html");
    ex.getResponseHeaders().set("Content-Encoding", encoding);
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to)
      throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
  }
}
