package gapwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.FetchResult.Fetched;
import gapwatch.crawl.HttpFetcher.Purpose;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Responses that break HTTP's promises — lying encodings, statuses that carry no full body, bodies
 * that never end, headers that never end, gzip files where a sitemap should be — each answered by
 * one fetch with a clear outcome. (The older single-fetch faults are in {@link HttpFetcherTest}.)
 */
class HostileResponsesTest {

  private final HttpFetcher fetcher = new HttpFetcher(TestSettings.fast(), Clock.systemUTC());
  private LoopbackSite site;
  private Source source;

  @BeforeEach
  void start() throws IOException {
    site = new LoopbackSite();
    source = TestSettings.loopback(site.url("/"));
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private FetchResult get(String path) {
    return fetcher.fetch(site.url(path), Validators.NONE, source);
  }

  private FetchResult getSource(String path) {
    return fetcher.fetch(
        site.url(path), Validators.NONE, source, Purpose.SOURCE_DOCUMENT, RedirectGate.FOLLOW);
  }

  @Test
  void refusesAGzipHeaderOnAPlainBodyAsMalformed() {
    site.route("/lie", ex -> body(ex, "text/html", "gzip", bytes("<p>plain, not gzip</p>")));
    Failed f = assertInstanceOf(Failed.class, get("/lie"));
    assertEquals(FailureCause.MALFORMED, f.cause());
    assertTrue(f.detail().contains("not valid gzip"), f.detail());
  }

  @ParameterizedTest
  @ValueSource(strings = {"br", "deflate", "zstd", "compress"})
  void refusesAnEncodingItDidNotAskFor(String encoding) {
    site.route("/enc", ex -> body(ex, "text/html", encoding, bytes("<p>x</p>")));
    Failed f = assertInstanceOf(Failed.class, get("/enc"));
    assertEquals(FailureCause.MALFORMED, f.cause());
    assertTrue(f.detail().contains("unsupported Content-Encoding '" + encoding + "'"));
  }

  @Test
  void neverTakesA206PartialBodyForAWholePage() {
    site.page("/part", 206, "text/html", "<p>the first half of a st");
    Failed f = assertInstanceOf(Failed.class, get("/part"));
    assertEquals(FailureCause.MALFORMED, f.cause());
    assertTrue(f.detail().contains("206"), f.detail());
  }

  @Test
  void saysA204CarriesNothing() {
    site.route(
        "/none",
        ex -> {
          ex.sendResponseHeaders(204, -1);
        });
    Failed f = assertInstanceOf(Failed.class, get("/none"));
    assertEquals(FailureCause.MALFORMED, f.cause());
    assertTrue(f.detail().contains("no content"), f.detail());
  }

  @Test
  void readsAnHttp10BodyThatEndsWhenTheConnectionCloses() throws Exception {
    try (RawSocketServer old =
        new RawSocketServer(
            "HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>old school</p>",
            false)) {
      Fetched f =
          assertInstanceOf(
              Fetched.class,
              fetcher.fetch(old.url("/x"), Validators.NONE, TestSettings.loopback(old.url("/"))));
      assertEquals("<p>old school</p>", new String(f.page().body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void givesUpOnHeadersThatNeverEnd() throws Exception {
    String endless = "HTTP/1.1 200 OK\r\nX-Junk: " + "a".repeat(2_000_000) + "\r\n\r\n<p>x</p>";
    try (RawSocketServer junk = new RawSocketServer(endless, false)) {
      Failed f =
          assertInstanceOf(
              Failed.class,
              fetcher.fetch(junk.url("/x"), Validators.NONE, TestSettings.loopback(junk.url("/"))));
      assertEquals(FailureCause.MALFORMED, f.cause(), f.detail());
      assertTrue(f.detail().contains("headers are longer than 256 KiB"), f.detail());
    }
  }

  @Test
  void refusesAResponseWithoutAStatusLine() throws Exception {
    try (RawSocketServer ancient =
        new RawSocketServer("<html><p>HTTP/0.9 style</p></html>", false)) {
      Failed f =
          assertInstanceOf(
              Failed.class,
              fetcher.fetch(
                  ancient.url("/x"), Validators.NONE, TestSettings.loopback(ancient.url("/"))));
      assertEquals(FailureCause.MALFORMED, f.cause(), f.detail());
    }
  }

  @Test
  void failsOnMalformedChunkedEncoding() throws Exception {
    String bad =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "zz\r\n<p>not a chunk size</p>\r\n0\r\n\r\n";
    try (RawSocketServer chunks = new RawSocketServer(bad, false)) {
      Failed f =
          assertInstanceOf(
              Failed.class,
              fetcher.fetch(
                  chunks.url("/x"), Validators.NONE, TestSettings.loopback(chunks.url("/"))));
      assertEquals(FailureCause.MALFORMED, f.cause(), f.detail());
      assertTrue(f.detail().startsWith("the server broke HTTP"), f.detail());
    }
  }

  @Test
  void stopsAnEndlessChunkedStreamAtTheByteLimit() {
    site.route(
        "/endless",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          byte[] chunk = bytes("<p>more</p>".repeat(1000));
          try (OutputStream out = ex.getResponseBody()) {
            while (true) {
              out.write(chunk);
            }
          } catch (IOException expected) {
            // the crawler hangs up at its limit
          }
        });
    Failed f = assertInstanceOf(Failed.class, get("/endless"));
    assertEquals(FailureCause.TOO_LARGE, f.cause());
  }

  @Test
  void unpacksAGzippedSitemapServedAsAFile() throws Exception {
    byte[] xml =
        bytes("<?xml version=\"1.0\"?><urlset><url><loc>http://a.test/1</loc></url></urlset>");
    site.route(
        "/sitemap.xml.gz", ex -> body(ex, "application/x-gzip", null, LoopbackSite.gzip(xml)));
    Fetched f = assertInstanceOf(Fetched.class, getSource("/sitemap.xml.gz"));
    assertArrayEquals(xml, f.page().body());
    assertEquals(null, f.page().contentType(), "the package type no longer describes the body");
  }

  @Test
  void unpacksAGzippedSitemapDeclaredAsXml() throws Exception {
    byte[] xml = bytes("<?xml version=\"1.0\"?><urlset></urlset>");
    site.route("/sitemap.xml", ex -> body(ex, "application/xml", null, LoopbackSite.gzip(xml)));
    Fetched f = assertInstanceOf(Fetched.class, getSource("/sitemap.xml"));
    assertArrayEquals(xml, f.page().body());
    assertEquals("application/xml", f.page().contentType());
  }

  @Test
  void stopsUnpackingAGzippedSitemapBombAtTheLimit() throws Exception {
    byte[] bomb = LoopbackSite.gzip(new byte[20_000_000]);
    site.route("/bomb.xml.gz", ex -> body(ex, "application/gzip", null, bomb));
    Failed f = assertInstanceOf(Failed.class, getSource("/bomb.xml.gz"));
    assertEquals(FailureCause.TOO_LARGE, f.cause());
    assertTrue(f.detail().contains("unpacks to more than"), f.detail());
  }

  @Test
  void refusesACorruptGzipFile() throws Exception {
    byte[] gz = LoopbackSite.gzip(bytes("<urlset></urlset>"));
    gz[gz.length - 5] ^= 0x55; // break the checksum
    site.route("/bad.xml.gz", ex -> body(ex, "application/gzip", null, gz));
    Failed f = assertInstanceOf(Failed.class, getSource("/bad.xml.gz"));
    assertEquals(FailureCause.MALFORMED, f.cause());
  }

  @Test
  void stillRefusesAGzipFileAsAnArticlePage() throws Exception {
    site.route(
        "/story.gz",
        ex -> body(ex, "application/gzip", null, LoopbackSite.gzip(bytes("<p>x</p>"))));
    Failed f = assertInstanceOf(Failed.class, get("/story.gz"));
    assertEquals(FailureCause.NOT_TEXT, f.cause());
  }

  @Test
  void acceptsUtf16TextWithoutAByteOrderMarkWhenTheHeaderSaysSo() {
    byte[] utf16 = "<p>café</p>".getBytes(StandardCharsets.UTF_16LE);
    site.route("/u16", ex -> body(ex, "text/html; charset=\"UTF-16LE\"", null, utf16));
    Fetched f = assertInstanceOf(Fetched.class, get("/u16"));
    assertArrayEquals(utf16, f.page().body());
  }

  @Test
  void acceptsUtf16TextWithAByteOrderMark() {
    byte[] utf16 = "<p>café</p>".getBytes(StandardCharsets.UTF_16); // big-endian, with a BOM
    site.route("/bom", ex -> body(ex, "text/html", null, utf16));
    assertInstanceOf(Fetched.class, get("/bom"));
  }

  @Test
  void refusesASelfSignedCertificate(@TempDir Path dir) throws Exception {
    Path keystore = dir.resolve("self-signed.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "site",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-dname",
                "CN=127.0.0.1",
                "-validity",
                "2")
            .redirectErrorStream(true)
            .start();
    assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);
    HttpsServer https =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    https.setHttpsConfigurator(new HttpsConfigurator(tls));
    AtomicInteger requests = new AtomicInteger();
    https.createContext(
        "/",
        ex -> {
          requests.incrementAndGet();
          LoopbackSite.send(ex, 200, "text/html", "<p>trusted?</p>");
        });
    https.start();
    try {
      URI url = URI.create("https://127.0.0.1:" + https.getAddress().getPort() + "/x");
      Failed f =
          assertInstanceOf(
              Failed.class, fetcher.fetch(url, Validators.NONE, TestSettings.loopback(url)));
      assertEquals(FailureCause.NETWORK, f.cause());
      assertTrue(f.detail().startsWith("TLS: "), f.detail());
      assertEquals(0, requests.get(), "no request is sent over an untrusted connection");
    } finally {
      https.stop(0);
    }
  }

  private static void body(HttpExchange ex, String type, String encoding, byte[] data)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    if (encoding != null) {
      ex.getResponseHeaders().set("Content-Encoding", encoding);
    }
    ex.sendResponseHeaders(200, data.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(data);
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
