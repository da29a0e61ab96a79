package gapwatch.crawl;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns an RSS (0.9x, 1.0/RDF, 2.0) or Atom body into {@link FeedEntry} records through ROME, with
 * DOCTYPE declarations refused (no external entities, no entity expansion bombs). Stateless and
 * thread-safe: a new ROME input is made per call, because ROME's are not thread-safe.
 */
public final class FeedParser {

  /**
   * Parses a feed.
   *
   * @param feedUrl the feed's address, against which relative links are resolved
   * @param body the raw bytes
   * @param contentType the Content-Type header, used for the charset
   * @throws FeedParseException when the body is not a feed, or is malformed
   */
  public List<FeedEntry> parse(URI feedUrl, byte[] body, @Nullable String contentType)
      throws FeedParseException {
    SyndFeed feed = build(feedUrl, body, contentType);
    URI feedBase = xmlBase(feedUrl, feed.originalWireFeed());
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      link(xmlBase(feedBase, e.getWireEntry()), e)
          .ifPresent(
              link ->
                  entries.add(
                      new FeedEntry(link, clean(e.getTitle()), instant(e.getPublishedDate(), e))));
    }
    return entries;
  }

  private static SyndFeed build(URI feedUrl, byte[] body, @Nullable String contentType)
      throws FeedParseException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setXmlHealerOn(true);
    input.setPreserveWireFeed(true); // Atom's xml:base is only on the wire feed
    try (XmlReader reader =
        contentType == null
            ? new XmlReader(new ByteArrayInputStream(body))
            : new XmlReader(new ByteArrayInputStream(body), contentType)) {
      return input.build(reader);
    } catch (ParsingFeedException e) {
      throw new FeedParseException(
          "feed "
              + feedUrl
              + ": not well-formed XML (line "
              + e.getLineNumber()
              + "): "
              + rootMessage(e),
          e);
    } catch (FeedException | IllegalArgumentException e) {
      throw new FeedParseException(
          "feed " + feedUrl + ": not RSS/Atom (" + firstLine(body) + "): " + rootMessage(e), e);
    } catch (IOException e) {
      throw new FeedParseException("feed " + feedUrl + ": unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses to run when the XML parser would accept a DOCTYPE: a start-up self-check, on the real
   * class path, that the secure configuration is in force (ROME applies parser features only where
   * the SAX parser supports them, silently skipping the rest).
   *
   * @throws IllegalStateException when a feed with a DOCTYPE parses
   */
  public void selfCheck() {
    selfCheckWith(SELF_CHECK_FEED);
  }

  static final String SELF_CHECK_FEED =
      "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
          + "<rss version=\"2.0\"><channel><title>&x;</title><link>http://a.example/</link>"
          + "<description>d</description></channel></rss>";

  /** The self-check on a given document; package-private so a test can show it can fail. */
  void selfCheckWith(String hostile) {
    try {
      build(
          URI.create("http://self-check.invalid/"), hostile.getBytes(StandardCharsets.UTF_8), null);
    } catch (FeedParseException expected) {
      return;
    }
    throw new IllegalStateException(
        "the XML parser accepted a DOCTYPE with an external entity; refusing to crawl."
            + " Check which SAX parser is on the class path (ROME needs one that supports"
            + " 'disallow-doctype-decl')");
  }

  /**
   * The base URI relative links resolve against: an Atom feed's or entry's {@code xml:base} (itself
   * relative to the outer base), else the outer base. ROME leaves relative links as they are
   * written.
   */
  private static URI xmlBase(URI outer, @Nullable Object wire) {
    String base = null;
    if (wire instanceof com.rometools.rome.feed.atom.Feed f) {
      base = f.getXmlBase();
    } else if (wire instanceof com.rometools.rome.feed.atom.Entry en) {
      base = en.getXmlBase();
    }
    if (base == null || base.isBlank()) {
      return outer;
    }
    try {
      return outer.resolve(base.trim());
    } catch (IllegalArgumentException e) {
      return outer;
    }
  }

  private static Optional<URI> link(URI feedUrl, SyndEntry e) {
    String raw = e.getLink();
    if (raw == null || raw.isBlank()) {
      for (SyndLink l : e.getLinks()) {
        if (l.getRel() == null || l.getRel().equals("alternate")) {
          raw = l.getHref();
          break;
        }
      }
    }
    if ((raw == null || raw.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
      raw = e.getUri();
    }
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(feedUrl.resolve(raw.trim()));
    } catch (IllegalArgumentException ex) {
      return Optional.empty();
    }
  }

  private static @Nullable Instant instant(@Nullable Date published, SyndEntry e) {
    Date d = published != null ? published : e.getUpdatedDate();
    return d == null ? null : d.toInstant();
  }

  private static @Nullable String clean(@Nullable String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }

  private static String rootMessage(Throwable t) {
    Throwable r = t;
    while (r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    return String.valueOf(r.getMessage());
  }

  private static String firstLine(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
    int nl = head.indexOf('\n');
    String line = nl < 0 ? head : head.substring(0, nl);
    return line.length() > 60 ? "starts '" + line.substring(0, 60) + "…'" : "starts '" + line + "'";
  }
}
