package gapwatch.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads an article's metadata — title, authors, dates, canonical URL, section, keywords — from the
 * page's structured data first (JSON-LD, OpenGraph and meta tags, microdata), then from its visible
 * markup (time elements, bylines, date lines) and its URL. Stateless.
 */
final class MetadataReader {

  /** A site's name after the headline in a page title: "Headline | Site". */
  private static final Pattern SITE_NAME = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,40}$");

  private static final Pattern REGION = Pattern.compile("[-_]");

  /** The metadata found. */
  record Metadata(
      @Nullable String title,
      List<String> authors,
      @Nullable ArticleDate published,
      @Nullable ArticleDate modified,
      @Nullable String canonicalUrl,
      @Nullable String htmlLang,
      @Nullable String section,
      List<String> keywords,
      @Nullable String ogType,
      @Nullable String description,
      Optional<JsonNode> jsonLd) {

    /** Whether the page says its text is not free to read ({@code isAccessibleForFree}). */
    boolean paywalled() {
      return jsonLd
          .map(n -> n.get("isAccessibleForFree"))
          .filter(free -> free.asText().equalsIgnoreCase("false"))
          .isPresent();
    }
  }

  Metadata read(Document doc, String url) {
    PageFacts facts = PageFacts.of(doc);
    Optional<JsonNode> ld = JsonLd.article(facts.jsonLd);
    String htmlLang = htmlLang(facts);
    PageDates dates = PageDates.find(facts, ld, url, htmlLang);
    return new Metadata(
        title(doc, facts, ld),
        Bylines.authors(facts, ld),
        dates.published(),
        dates.modified(),
        canonical(facts),
        htmlLang,
        ld.flatMap(n -> JsonLd.text(n, "articleSection"))
            .or(() -> Optional.ofNullable(facts.meta("article:section", "section")))
            .orElse(null),
        keywords(facts, ld),
        facts.meta("og:type"),
        Optional.ofNullable(facts.meta("og:description", "description", "twitter:description"))
            .or(() -> ld.flatMap(n -> JsonLd.text(n, "description")))
            .orElse(null),
        ld);
  }

  private static @Nullable String title(Document doc, PageFacts facts, Optional<JsonNode> ld) {
    Optional<String> t =
        Optional.ofNullable(facts.meta("og:title", "twitter:title"))
            .or(() -> ld.flatMap(n -> JsonLd.text(n, "headline")))
            .or(() -> Optional.ofNullable(facts.headline))
            .or(() -> Optional.of(stripSiteName(doc.title())));
    return t.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }

  private static String stripSiteName(String title) {
    return SITE_NAME.matcher(title).replaceFirst("");
  }

  private static @Nullable String canonical(PageFacts facts) {
    return facts.canonical != null ? facts.canonical : facts.meta("og:url");
  }

  private static @Nullable String htmlLang(PageFacts facts) {
    String lang = facts.htmlLang;
    if (lang.isEmpty()) {
      String declared = facts.meta("og:locale", "content-language", "language", "dc.language");
      lang = declared == null ? "" : declared;
    }
    lang = REGION.split(lang, 2)[0].strip().toLowerCase(Locale.ROOT);
    return lang.length() == 2 ? lang : null;
  }

  private static List<String> keywords(PageFacts facts, Optional<JsonNode> ld) {
    Set<String> out = new LinkedHashSet<>();
    Optional<String> raw =
        ld.map(n -> n.get("keywords"))
            .filter(k -> k != null && !k.isNull())
            .map(k -> k.isArray() ? joinArray(k) : k.asText())
            .or(() -> Optional.ofNullable(facts.meta("keywords", "news_keywords")));
    raw.ifPresent(
        r -> {
          for (String k : r.split(",")) {
            if (!k.isBlank() && out.size() < 50) {
              out.add(k.strip());
            }
          }
        });
    facts.metaAll("article:tag").forEach(t -> out.add(t.strip()));
    out.remove("");
    return new ArrayList<>(out);
  }

  private static String joinArray(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(n -> parts.add(n.asText()));
    return String.join(",", parts);
  }

  /** The first value among an element's attributes, or its text. */
  static Optional<String> value(Element e, String... attrs) {
    for (String a : attrs) {
      String v = e.attr(a).strip();
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
