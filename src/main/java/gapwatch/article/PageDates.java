package gapwatch.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A page's publication and modification dates, kept apart, each with its source. Sources are tried
 * from the most to the least reliable: JSON-LD, meta tags, microdata, {@code <time>} elements, date
 * lines in the page's text, and the URL. A modification date earlier than the publication date is
 * dropped as wrong.
 *
 * @param published when first published, if stated
 * @param modified when last modified, if stated
 */
record PageDates(@Nullable ArticleDate published, @Nullable ArticleDate modified) {

  private static final String[] PUBLISHED_META = {
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "date",
    "article.published",
    "cxenseparse:recs:publishtime"
  };

  private static final String[] MODIFIED_META = {
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "article.updated"
  };

  private static final Set<String> TEASER_TAGS = Set.of("li", "aside", "footer", "nav");

  private static final Pattern UPDATED =
      Pattern.compile(
          "(?iu)\\b(updated|modified|last edit\\w*|aktualisiert|mis à jour|atualizado|actualizado"
              + "|aggiornato|cập nhật)\\b");

  /** Where a date line's next labelled date starts. */
  private static final Pattern BEFORE_LABEL =
      Pattern.compile("(?=(?i)\\b(updated|published|posted|modified)\\b)");

  static PageDates find(PageFacts facts, Optional<JsonNode> ld, String url, @Nullable String lang) {
    boolean monthFirst = lang == null || lang.equals("en") && !facts.htmlLang.contains("GB");
    ArticleDate published =
        date(ld.flatMap(n -> JsonLd.text(n, "datePublished")), "json-ld")
            .or(() -> date(Optional.ofNullable(facts.meta(PUBLISHED_META)), "meta"))
            .or(() -> microdata(facts, "datepublished"))
            .or(() -> time(facts, false))
            .or(() -> textDate(facts, false, monthFirst))
            .or(() -> DateNormalizer.fromUrl(url).map(d -> new ArticleDate(d, "url")))
            .orElse(null);
    ArticleDate modified =
        date(ld.flatMap(n -> JsonLd.text(n, "dateModified")), "json-ld")
            .or(() -> date(Optional.ofNullable(facts.meta(MODIFIED_META)), "meta"))
            .or(() -> microdata(facts, "datemodified"))
            .or(() -> time(facts, true))
            .or(() -> textDate(facts, true, monthFirst))
            .orElse(null);
    return consistent(published, modified);
  }

  /** The dates, without a modification date that comes before the publication date. */
  static PageDates consistent(@Nullable ArticleDate published, @Nullable ArticleDate modified) {
    if (published != null && modified != null && before(modified, published)) {
      return new PageDates(published, null);
    }
    return new PageDates(published, modified);
  }

  private static Optional<ArticleDate> date(Optional<String> raw, String source) {
    return raw.flatMap(DateNormalizer::normalize).map(v -> new ArticleDate(v, source));
  }

  private static Optional<ArticleDate> microdata(PageFacts facts, String prop) {
    for (Element e : facts.microdata) {
      if (e.attr("itemprop").equalsIgnoreCase(prop) && !e.nameIs("meta")) {
        Optional<ArticleDate> d = date(MetadataReader.value(e, "datetime", "content"), "microdata");
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first {@code <time datetime>} not inside a teaser list; for the modification date, one
   * marked or labelled as an update.
   */
  private static Optional<ArticleDate> time(PageFacts facts, boolean updated) {
    for (Element t : facts.times) {
      String datetime = t.attr("datetime");
      if (datetime.isBlank() || inTeaser(t)) {
        continue;
      }
      boolean saysUpdated = saysUpdated(t);
      if (saysUpdated != updated) {
        continue;
      }
      Optional<ArticleDate> d = date(Optional.of(datetime), "time");
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static boolean saysUpdated(Element t) {
    String label = Markers.words(t.className() + " " + t.id()) + " " + t.attr("itemprop");
    Element parent = t.parent();
    String context = parent == null ? t.text() : parent.ownText() + " " + t.text();
    return UPDATED.matcher(label).find() || UPDATED.matcher(context).find();
  }

  /** A date written for readers in a short byline or date line. */
  private static Optional<ArticleDate> textDate(
      PageFacts facts, boolean updated, boolean monthFirst) {
    for (Element e : facts.bylinesAndDates) {
      if (inTeaser(e)) {
        continue;
      }
      String text = e.text();
      if (text.isEmpty() || text.length() > 200) {
        continue;
      }
      for (String part : BEFORE_LABEL.split(text)) {
        if (UPDATED.matcher(part).find() != updated) {
          continue;
        }
        Optional<String> d = DateNormalizer.fromText(part, monthFirst);
        if (d.isPresent()) {
          return Optional.of(new ArticleDate(d.get(), "text"));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the element sits in a list or aside, where the dates of other articles are. */
  private static boolean inTeaser(Element e) {
    int depth = 0;
    for (Element p = e; p != null && depth < 30; p = p.parent(), depth++) {
      if (TEASER_TAGS.contains(p.normalName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code a} is earlier than {@code b}: as instants when both carry an offset, else by
   * calendar day.
   */
  private static boolean before(ArticleDate a, ArticleDate b) {
    try {
      return OffsetDateTime.parse(a.value()).isBefore(OffsetDateTime.parse(b.value()));
    } catch (DateTimeParseException e) {
      String x = a.value().length() >= 10 ? a.value().substring(0, 10) : a.value();
      String y = b.value().length() >= 10 ? b.value().substring(0, 10) : b.value();
      return x.compareTo(y) < 0;
    }
  }
}
