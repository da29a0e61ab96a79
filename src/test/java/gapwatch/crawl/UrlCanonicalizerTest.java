package gapwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

  @ParameterizedTest
  @CsvSource({
    "HTTPS://WWW.Example.COM/a/b, https://www.example.com/a/b",
    "https://example.com:443/a, https://example.com/a",
    "http://example.com:80/a, http://example.com/a",
    "http://example.com:8080/a, http://example.com:8080/a",
    "https://example.com/a#comments, https://example.com/a",
    "https://example.com, https://example.com/",
    "https://example.com/a?utm_source=rss&utm_medium=feed, https://example.com/a",
    "https://example.com/a?id=3&utm_campaign=x&fbclid=y, https://example.com/a?id=3",
    "https://example.com./a, https://example.com/a",
    "https://example.com/A/B?Q=1, https://example.com/A/B?Q=1"
  })
  void putsUrlsInCanonicalForm(String raw, String canonical) {
    assertEquals(canonical, UrlCanonicalizer.canonicalize(raw).orElseThrow().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ftp://example.com/a", "javascript:alert(1)", "/relative/path", "mailto:a@b.c"})
  void rejectsWhatIsNotAnAbsoluteHttpUrl(String raw) {
    assertTrue(UrlCanonicalizer.canonicalize(raw).isEmpty());
  }
}
