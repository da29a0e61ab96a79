package gapwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedParserTest {

  private static final URI FEED = URI.create("https://news.example/feed");
  private final FeedParser parser = new FeedParser();

  static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        FeedParserTest.class.getResourceAsStream("/gapwatch/crawl/feeds/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsRss2EntriesAndResolvesRelativeLinks() throws Exception {
    List<FeedEntry> entries = parser.parse(FEED, fixture("rss2.xml"), "application/rss+xml");
    assertEquals(2, entries.size(), "the entry without a link is dropped");
    assertEquals(URI.create("https://news.example/a/1.html"), entries.get(0).link());
    assertEquals(Instant.parse("2024-09-13T00:30:00Z"), entries.get(0).published());
    assertEquals(URI.create("https://news.example/a/2.html"), entries.get(1).link());
    assertEquals("Second story", entries.get(1).title());
    assertNull(entries.get(1).published());
  }

  @Test
  void readsAtomAlternateLinks() throws Exception {
    List<FeedEntry> entries = parser.parse(FEED, fixture("atom.xml"), null);
    assertEquals(1, entries.size());
    assertEquals("https://news.example/b/1.html?utm_source=atom", entries.get(0).link().toString());
    assertEquals(Instant.parse("2024-09-20T09:00:00Z"), entries.get(0).published());
  }

  @Test
  void readsRss1Rdf() throws Exception {
    List<FeedEntry> entries = parser.parse(FEED, fixture("rdf.xml"), null);
    assertEquals(URI.create("https://news.example/c/1.html"), entries.get(0).link());
  }

  @ParameterizedTest
  @ValueSource(strings = {"doctype-xxe.xml", "billion-laughs.xml"})
  void refusesDocumentTypeDeclarations(String fixture) {
    FeedParseException e =
        assertThrows(FeedParseException.class, () -> parser.parse(FEED, fixture(fixture), null));
    assertTrue(e.getMessage().startsWith("feed https://news.example/feed: "), e.getMessage());
  }

  @Test
  void saysWhatIsWrongWithAPageThatIsNotAFeed() {
    FeedParseException e =
        assertThrows(
            FeedParseException.class, () -> parser.parse(FEED, fixture("html-page.xml"), null));
    assertTrue(e.getMessage().contains("not RSS/Atom"), e.getMessage());
    assertTrue(e.getMessage().contains("<html>"), e.getMessage());
  }

  @Test
  void saysWhereATruncatedFeedBreaks() {
    FeedParseException e =
        assertThrows(
            FeedParseException.class, () -> parser.parse(FEED, fixture("truncated.xml"), null));
    assertTrue(e.getMessage().contains("feed https://news.example/feed"), e.getMessage());
  }

  @Test
  void selfCheckPassesWithTheSecureConfiguration() {
    assertDoesNotThrow(parser::selfCheck);
  }

  @Test
  void selfCheckRefusesToRunWhenTheHostileDocumentParses() {
    String harmless =
        "<rss version=\"2.0\"><channel><title>t</title><link>http://a.example/</link>"
            + "<description>d</description></channel></rss>";
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> parser.selfCheckWith(harmless));
    assertTrue(e.getMessage().contains("refusing to crawl"), e.getMessage());
  }
}
