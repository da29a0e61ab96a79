package gapwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

  private static final Source FEED_ON_8080 =
      new Source(
          "s",
          URI.create("http://news.example:8080/feed"),
          true,
          10,
          Duration.ofDays(1),
          List.of(),
          false,
          List.of(8443));

  private static String refusal(String url) {
    return assertInstanceOf(
            UrlPolicy.Refused.class, UrlPolicy.check(URI.create(url), FEED_ON_8080), url)
        .reason();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://a.example/x",
        "https://a.example/x",
        "HTTPS://A.EXAMPLE:443/x",
        "http://a.example:80/x",
        "http://other.example:8080/x",
        "https://a.example:8443/x",
        "http://[2001:db8::1]/x",
        "http://a.example/%40at?q=a@b"
      })
  void allowsHttpAndHttpsOnTheDefaultTheFeedsAndTheAllowedPorts(String url) {
    assertInstanceOf(UrlPolicy.Fetchable.class, UrlPolicy.check(URI.create(url), FEED_ON_8080));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "jar:file:/app.jar!/secret",
        "gopher://127.0.0.1:70/_x",
        "ftp://a.example/x",
        "javascript:alert(1)"
      })
  void refusesEverySchemeButHttpAndHttps(String url) {
    assertTrue(refusal(url).contains("scheme"), refusal(url));
  }

  @Test
  void refusesPortsNeitherDefaultNorTheFeedsNorAllowed() {
    String why = refusal("http://a.example:22/");
    assertTrue(why.startsWith("http://a.example:22/: port 22 is not allowed"), why);
    assertTrue(why.contains("the feed's own port 8080"), why);
    assertTrue(why.contains("allowedPorts [8443]"), why);
    assertTrue(refusal("https://a.example:6379/").contains("port 6379"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://user@evil@a.example/",
        "http://user:pw@a.example/",
        "http://user@a.example:8080/",
        "http://@a.example/",
        "http://a.example%40evil.example/"
      })
  void refusesUserInfoAndHostsTheParsersReadDifferently(String url) {
    String why = refusal(url);
    assertTrue(
        why.contains("user name or password")
            || why.contains("disagree")
            || why.contains("cannot parse")
            || why.contains("no host"),
        why);
  }

  @Test
  void refusesWhatJavaNetUriCannotGiveAHostFor() {
    assertTrue(refusal("http://bad_host!.example/").contains("no host"));
  }

  @Test
  void refusesControlCharactersAndLineBreaksInAWrittenUrl() {
    String why = UrlPolicy.whyRefused("http://a.example/x\r\nSet-Cookie: y").orElseThrow();
    assertTrue(why.contains("%0D%0A"), why);
    assertTrue(why.contains("control character or line break"), why);
    assertTrue(UrlPolicy.whyRefused("http://a.example/\u0000").isPresent());
    assertTrue(UrlPolicy.whyRefused("http://a.example/caf\u00e9").isEmpty());
  }

  @Test
  void sendsTheVeryUrlItChecked() {
    UrlPolicy.Fetchable ok =
        assertInstanceOf(
            UrlPolicy.Fetchable.class,
            UrlPolicy.check(URI.create("http://A.Example:8080/a/b?c=d"), FEED_ON_8080));
    assertEquals("a.example", ok.url().host());
    assertEquals(8080, ok.url().port());
    assertEquals("/a/b", ok.url().encodedPath());
  }
}
