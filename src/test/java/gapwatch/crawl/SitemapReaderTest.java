package gapwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {

  private static final URI URL = URI.create("https://news.example/sitemap.xml");

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void tellsSitemapsFromFeeds() {
    assertTrue(SitemapReader.looksLikeSitemap(bytes("<?xml version='1.0'?>\n<urlset xmlns='x'>")));
    assertTrue(SitemapReader.looksLikeSitemap(bytes("<sitemapindex>")));
    assertFalse(SitemapReader.looksLikeSitemap(bytes("<rss version='2.0'><channel>")));
  }

  @Test
  void refusesASitemapWithADoctype() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
            + "https://news.example/&x;</loc></url></urlset>";
    FeedParseException e =
        assertThrows(FeedParseException.class, () -> SitemapReader.parse(URL, bytes(xxe), null));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void listsTheChildrenOfAnIndexNewestFirst() throws Exception {
    String index =
        "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>https://news.example/old.xml</loc><lastmod>2020-01-01</lastmod></sitemap>"
            + "<sitemap><loc>https://news.example/new.xml</loc><lastmod>2024-09-01</lastmod></sitemap>"
            + "</sitemapindex>";
    SitemapReader.Index i =
        assertInstanceOf(
            SitemapReader.Index.class, SitemapReader.parse(URL, bytes(index), "application/xml"));
    assertEquals(URI.create("https://news.example/new.xml"), i.sitemaps().get(0));
  }

  @Test
  void saysWhatIsWrongWithBrokenXml() {
    assertThrows(
        FeedParseException.class,
        () -> SitemapReader.parse(URL, bytes("<urlset><url><loc>https://a"), "text/xml"));
  }
}
