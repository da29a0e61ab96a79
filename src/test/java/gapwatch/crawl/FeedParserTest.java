package gapwatch.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
  void resolvesAtomLinksAgainstXmlBaseOfTheFeedAndTheEntry() throws Exception {
    String atom =
        "<feed xmlns='http://www.w3.org/2005/Atom' xml:base='/news/'><title>t</title>"
            + "<entry><title>a</title><id>a</id><link href='one.html'/></entry>"
            + "<entry xml:base='https://cdn.example/x/'><title>b</title><id>b</id>"
            + "<link href='two.html'/></entry>"
            + "<entry><title>c</title><id>c</id><link href='/top.html'/></entry></feed>";
    List<FeedEntry> entries = parser.parse(FEED, atom.getBytes(UTF_8), "application/atom+xml");
    assertEquals(URI.create("https://news.example/news/one.html"), entries.get(0).link());
    assertEquals(URI.create("https://cdn.example/x/two.html"), entries.get(1).link());
    assertEquals(URI.create("https://news.example/top.html"), entries.get(2).link());
  }

  @Test
  void resolvesRelativeAtomLinksAgainstTheFeedWithoutXmlBase() throws Exception {
    String atom =
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title>"
            + "<entry><title>a</title><id>a</id><link href='story/1'/></entry></feed>";
    List<FeedEntry> entries = parser.parse(FEED, atom.getBytes(UTF_8), null);
    assertEquals(URI.create("https://news.example/story/1"), entries.get(0).link());
  }

  @Test
  void readsALatin1FeedThatSaysSoInItsProlog() throws Exception {
    String rss =
        "<?xml version='1.0' encoding='ISO-8859-1'?><rss version='2.0'><channel><title>t</title>"
            + "<item><title>Caf\u00e9 cr\u00e8me</title><link>/c</link></item></channel></rss>";
    List<FeedEntry> entries =
        parser.parse(FEED, rss.getBytes(StandardCharsets.ISO_8859_1), "application/rss+xml");
    assertEquals("Caf\u00e9 cr\u00e8me", entries.get(0).title());
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
