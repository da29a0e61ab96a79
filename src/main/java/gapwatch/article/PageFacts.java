package gapwatch.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The elements metadata is read from, gathered in one pass over the page: meta tags, JSON-LD
 * blocks, the canonical link, the first headline, time elements, microdata, and the short elements
 * whose class says byline or date. Each list is bounded, so a hostile page cannot make reading
 * metadata slow. Not thread-safe; one per extraction.
 */
final class PageFacts {

  private static final int MAX_ELEMENTS = 40;

  private static final Evaluator HTML = QueryParser.parse("html");

  /** Class or id words of elements holding a byline or a date line. */
  private static final Phrases BYLINE_OR_DATE =
      Phrases.wholeWords(
          "byline\\w*|by line|author\\w*|writer|dateline|date\\w*|time|timestamp|published"
              + "|posted|updated|pubdate|publish\\w*|meta|article meta|post meta|entry meta");

  private static final String[] HINTS = {
    "by", "auth", "writer", "date", "time", "publish", "posted", "updated", "meta"
  };

  /** Meta tag contents by lower-case name, property, itemprop or http-equiv; first wins. */
  final Map<String, String> meta = new HashMap<>();

  private static final String[] META_KEY_ATTRIBUTES = {
    "name", "property", "itemprop", "http-equiv"
  };

  /** The meta keys a page may repeat with one value each, all of which are read. */
  static final Set<String> MULTI_VALUED =
      Set.of(
          "article:tag",
          "author",
          "article:author",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "byl");

  /** Every meta tag content under one of the {@link #MULTI_VALUED} keys, in order. */
  final Map<String, List<String>> metaAll = new HashMap<>();

  final List<String> jsonLd = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> microdata = new ArrayList<>();
  final List<Element> bylinesAndDates = new ArrayList<>();
  final List<Element> authorLinks = new ArrayList<>();
  @Nullable String canonical;
  @Nullable String headline;
  String htmlLang = "";

  private PageFacts() {}

  static PageFacts of(Document doc) {
    PageFacts f = new PageFacts();
    Element html = doc.selectFirst(HTML);
    f.htmlLang = html == null ? "" : html.attr("lang").strip();
    if (f.htmlLang.isEmpty() && html != null) {
      f.htmlLang = html.attr("xml:lang").strip(); // XHTML pages declare only this
    }
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof Element e) {
                f.visit(e);
              }
            },
        doc);
    return f;
  }

  private void visit(Element e) {
    switch (e.normalName()) {
      case "meta" -> visitMeta(e);
      case "link" -> {
        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
          String href = e.absUrl("href");
          canonical = href.isEmpty() ? null : href;
        }
      }
      case "script" -> {
        if (e.attr("type").equalsIgnoreCase("application/ld+json") && jsonLd.size() < 20) {
          jsonLd.add(e.data());
        }
      }
      case "h1" -> {
        if (headline == null) {
          headline = e.text();
        }
      }
      case "time" -> add(times, e);
      default -> {
        // other elements are looked at by their attributes below
      }
    }
    if (e.attributesSize() == 0) {
      return;
    }
    // The parser lower-cases attribute names, so exact lookups find them (cheaper than ignoring
    // case, and than iterating, which copies each attribute).
    Attributes attributes = e.attributes();
    if (attributes.hasKey("itemprop")) {
      add(microdata, e);
    }
    if (attributes.get("rel").equalsIgnoreCase("author")) {
      add(authorLinks, e);
    }
    String cls = attributes.get("class").trim();
    String id = attributes.get("id");
    if ((mayMarkBylineOrDate(cls) || mayMarkBylineOrDate(id))
        && !e.nameIs("body")
        && !e.nameIs("html")) {
      String words = Markers.words(cls + " " + id);
      if (!words.isEmpty() && BYLINE_OR_DATE.in(words)) {
        add(bylinesAndDates, e);
      }
    }
  }

  private void visitMeta(Element e) {
    String content = e.attr("content").strip();
    if (content.isEmpty()) {
      return;
    }
    for (String attr : META_KEY_ATTRIBUTES) {
      String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
      if (!key.isEmpty()) {
        meta.putIfAbsent(key, content);
        if (MULTI_VALUED.contains(key)) {
          List<String> all = metaAll.computeIfAbsent(key, k -> new ArrayList<>());
          if (all.size() < MAX_ELEMENTS) {
            all.add(content);
          }
        }
      }
    }
  }

  /** A cheap test before splitting class names into words. */
  private static boolean mayMarkBylineOrDate(String name) {
    if (name.isEmpty()) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    for (String part : HINTS) {
      if (n.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Element> list, Element e) {
    if (list.size() < MAX_ELEMENTS) {
      list.add(e);
    }
  }

  /** The first meta content under one of these keys. */
  @Nullable String meta(String... keys) {
    for (String k : keys) {
      String v = meta.get(k);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** All meta contents under a key, one of {@link #MULTI_VALUED}. */
  List<String> metaAll(String key) {
    if (!MULTI_VALUED.contains(key)) {
      throw new IllegalArgumentException(
          key + " is not kept as multi-valued; add it to MULTI_VALUED");
    }
    return metaAll.getOrDefault(key, List.of());
  }
}
