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
 * page's structured data first (JSON-LD, OpenGraph and meta tags), then from its visible markup.
 */
final class MetadataReader {

  /** Byline noise: words that are not part of a person's name. */
  private static final Pattern BYLINE_NOISE =
      Pattern.compile(
          "(?i)^(by|von|par|por|di|bởi)\\s+|\\s*[,|–-]\\s*(senior|staff|chief|special|"
              + "contributing)?\\s*(reporter|correspondent|writer|editor|journalist|columnist)"
              + ".*$|\\s*(email|follow|twitter|x)\\b.*$");

  private static final Set<String> NOT_NAMES =
      Set.of(("staff admin editor editorial reuters ap afp newsroom").split(" "));

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
    Optional<JsonNode> ld = JsonLd.article(doc);
    return new Metadata(
        title(doc, ld),
        authors(doc, ld),
        published(doc, ld, url),
        modified(doc, ld),
        canonical(doc),
        htmlLang(doc),
        firstPresent(
            ld.flatMap(n -> JsonLd.text(n, "articleSection")), meta(doc, "article:section")),
        keywords(doc, ld),
        meta(doc, "og:type").orElse(null),
        meta(doc, "og:description", "description", "twitter:description")
            .or(() -> ld.flatMap(n -> JsonLd.text(n, "description")))
            .orElse(null),
        ld);
  }

  private static @Nullable String title(Document doc, Optional<JsonNode> ld) {
    Optional<String> t =
        meta(doc, "og:title")
            .or(() -> ld.flatMap(n -> JsonLd.text(n, "headline")))
            .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text))
            .or(() -> Optional.of(stripSiteName(doc.title())));
    return t.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }

  private static String stripSiteName(String title) {
    return title.replaceFirst("\\s+[|–—-]\\s+[^|–—-]{2,40}$", "");
  }

  private static List<String> authors(Document doc, Optional<JsonNode> ld) {
    Set<String> names = new LinkedHashSet<>();
    ld.ifPresent(n -> JsonLd.names(n, "author").forEach(a -> addName(names, a)));
    if (names.isEmpty()) {
      for (Element m : doc.select("meta[name=author], meta[property=article:author]")) {
        String v = m.attr("content");
        if (!v.startsWith("http")) {
          for (String part : v.split("\\s*(,|\\band\\b|&)\\s*")) {
            addName(names, part);
          }
        }
      }
    }
    if (names.isEmpty()) {
      for (Element e :
          doc.select("[rel=author], [itemprop=author] [itemprop=name], .byline a, .author-name")) {
        addName(names, e.text());
      }
    }
    return new ArrayList<>(names);
  }

  private static void addName(Set<String> names, String raw) {
    String name = BYLINE_NOISE.matcher(raw.strip()).replaceAll("").strip();
    if (name.length() < 3
        || name.length() > 60
        || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))
        || name.contains("@")
        || name.startsWith("http")) {
      return;
    }
    names.add(name);
  }

  private static @Nullable ArticleDate published(Document doc, Optional<JsonNode> ld, String url) {
    return date(ld.flatMap(n -> JsonLd.text(n, "datePublished")), "json-ld")
        .or(() -> date(meta(doc, "article:published_time"), "meta"))
        .or(() -> date(attr(doc, "[itemprop=datePublished]", "content", "datetime"), "microdata"))
        .or(() -> date(meta(doc, "pubdate", "publishdate", "date", "dc.date"), "meta"))
        .or(() -> date(attr(doc, "time[datetime]", "datetime"), "time"))
        .or(() -> DateNormalizer.fromUrl(url).map(d -> new ArticleDate(d, "url")))
        .orElse(null);
  }

  private static @Nullable ArticleDate modified(Document doc, Optional<JsonNode> ld) {
    return date(ld.flatMap(n -> JsonLd.text(n, "dateModified")), "json-ld")
        .or(() -> date(meta(doc, "article:modified_time", "og:updated_time"), "meta"))
        .or(() -> date(attr(doc, "[itemprop=dateModified]", "content", "datetime"), "microdata"))
        .orElse(null);
  }

  private static Optional<ArticleDate> date(Optional<String> raw, String source) {
    return raw.flatMap(DateNormalizer::normalize).map(v -> new ArticleDate(v, source));
  }

  private static @Nullable String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.absUrl("href").isEmpty()) {
      return link.absUrl("href");
    }
    return meta(doc, "og:url").orElse(null);
  }

  private static @Nullable String htmlLang(Document doc) {
    String lang = doc.select("html").attr("lang").strip();
    if (lang.isEmpty()) {
      lang = meta(doc, "og:locale", "content-language", "language").orElse("");
    }
    lang = lang.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return lang.length() == 2 ? lang : null;
  }

  private static List<String> keywords(Document doc, Optional<JsonNode> ld) {
    Set<String> out = new LinkedHashSet<>();
    Optional<String> raw =
        ld.map(n -> n.get("keywords"))
            .filter(k -> k != null && !k.isNull())
            .map(k -> k.isArray() ? joinArray(k) : k.asText())
            .or(() -> meta(doc, "keywords", "news_keywords"));
    raw.ifPresent(
        r -> {
          for (String k : r.split(",")) {
            if (!k.isBlank()) {
              out.add(k.strip());
            }
          }
        });
    doc.select("meta[property=article:tag]").forEach(m -> out.add(m.attr("content").strip()));
    out.remove("");
    return new ArrayList<>(out);
  }

  private static String joinArray(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(n -> parts.add(n.asText()));
    return String.join(",", parts);
  }

  /** The content of the first meta tag with one of these names or properties. */
  static Optional<String> meta(Document doc, String... names) {
    for (String name : names) {
      for (Element m : doc.select("meta[content]")) {
        if (name.equalsIgnoreCase(m.attr("property"))
            || name.equalsIgnoreCase(m.attr("name"))
            || name.equalsIgnoreCase(m.attr("http-equiv"))) {
          String v = m.attr("content").strip();
          if (!v.isEmpty()) {
            return Optional.of(v);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> attr(Document doc, String css, String... attrs) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return Optional.empty();
    }
    for (String a : attrs) {
      if (!e.attr(a).isBlank()) {
        return Optional.of(e.attr(a));
      }
    }
    return Optional.empty();
  }

  @SafeVarargs
  private static @Nullable String firstPresent(Optional<String>... options) {
    for (Optional<String> o : options) {
      if (o.isPresent()) {
        return o.get();
      }
    }
    return null;
  }
}
