package gapwatch.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads XML sitemaps, news sitemaps and sitemap indexes through crawler-commons. Documents with a
 * DOCTYPE are refused before parsing (no entity tricks), and crawler-commons' own DOCTYPE switch
 * stays off. Stateless and thread-safe: a parser is made per call.
 */
final class SitemapReader {

  private static final Pattern ROOT =
      Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?(urlset|sitemapindex)[\\s>/]");
  private static final int HEAD = 4096;

  /** What a sitemap lists: article URLs, or further sitemaps. */
  sealed interface Contents {}

  /** A sitemap (or news sitemap) of pages. */
  record Urls(List<FeedEntry> entries) implements Contents {}

  /** A sitemap index: child sitemaps, most recently modified first. */
  record Index(List<URI> sitemaps) implements Contents {}

  private SitemapReader() {}

  /** Whether a body looks like a sitemap (its root element) rather than a feed. */
  static boolean looksLikeSitemap(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, HEAD), StandardCharsets.ISO_8859_1);
    return ROOT.matcher(head).find();
  }

  /**
   * Parses a sitemap body.
   *
   * @throws FeedParseException when it is not a usable sitemap
   */
  static Contents parse(URI url, byte[] body, @Nullable String contentType)
      throws FeedParseException {
    String head = new String(body, 0, Math.min(body.length, HEAD), StandardCharsets.ISO_8859_1);
    if (head.contains("<!DOCTYPE") || head.contains("<!doctype")) {
      throw new FeedParseException(
          "sitemap " + url + ": has a DOCTYPE declaration, refused (entity attacks)", null);
    }
    SiteMapParser parser = new SiteMapParser(false);
    parser.setAllowDocTypeDefinitions(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      map = parser.parseSiteMap(xmlType(contentType), body, toUrl(url));
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      // crawler-commons reports bad XML as UnknownFormatException, and some malformed input as
      // runtime exceptions from the SAX layer; all of them mean "not a usable sitemap".
      throw new FeedParseException(
          "sitemap " + url + ": not a usable sitemap: " + e.getMessage(), e);
    }
    if (map instanceof SiteMapIndex index) {
      return new Index(children(index));
    }
    if (map instanceof SiteMap pages) {
      return new Urls(entries(pages));
    }
    throw new FeedParseException("sitemap " + url + ": unexpected sitemap type", null);
  }

  private static String xmlType(@Nullable String contentType) {
    // crawler-commons picks its parser by content type; the body was already sniffed as XML.
    return contentType != null && contentType.toLowerCase().contains("xml")
        ? contentType
        : "application/xml";
  }

  private static URL toUrl(URI url) throws FeedParseException {
    try {
      return url.toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new FeedParseException("sitemap " + url + ": not a URL", e);
    }
  }

  private static List<URI> children(SiteMapIndex index) {
    List<AbstractSiteMap> maps = new ArrayList<>(index.getSitemaps());
    maps.sort(
        Comparator.comparing(
            AbstractSiteMap::getLastModified, Comparator.nullsLast(Comparator.reverseOrder())));
    List<URI> out = new ArrayList<>();
    for (AbstractSiteMap m : maps) {
      toUri(m.getUrl()).ifPresent(out::add);
    }
    return out;
  }

  private static List<FeedEntry> entries(SiteMap map) {
    List<FeedEntry> out = new ArrayList<>();
    for (SiteMapURL u : map.getSiteMapUrls()) {
      Optional<URI> link = toUri(u.getUrl());
      if (link.isEmpty()) {
        continue;
      }
      NewsAttributes news = news(u);
      Date date =
          news != null && news.getPublicationDate() != null
              ? news.getPublicationDate()
              : u.getLastModified();
      Instant published = date == null ? null : date.toInstant();
      out.add(new FeedEntry(link.get(), news == null ? null : news.getTitle(), published));
    }
    return out;
  }

  private static @Nullable NewsAttributes news(SiteMapURL u) {
    ExtensionMetadata[] meta = u.getAttributesForExtension(Extension.NEWS);
    if (meta == null) {
      return null;
    }
    for (ExtensionMetadata m : meta) {
      if (m instanceof NewsAttributes n) {
        return n;
      }
    }
    return null;
  }

  private static Optional<URI> toUri(@Nullable URL url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(url.toURI());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
