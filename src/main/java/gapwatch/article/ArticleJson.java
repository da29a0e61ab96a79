package gapwatch.article;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of an article used by {@code gapwatch extract} and the golden files: {@code id,
 * url, title, authors, published, modified, lang, text}, plus the metadata sources and the page
 * kind.
 */
public final class ArticleJson {

  private ArticleJson() {}

  /** The article as an ordered map ready for a JSON writer. */
  public static Map<String, @Nullable Object> toMap(String id, Article a) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("url", a.canonicalUrl() != null ? a.canonicalUrl() : a.url());
    m.put("title", a.title());
    m.put("authors", a.authors());
    m.put("published", a.published() == null ? null : a.published().value());
    m.put("modified", a.modified() == null ? null : a.modified().value());
    m.put("lang", a.language());
    m.put("text", a.text());
    m.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("text_source", a.textSource().name().toLowerCase(java.util.Locale.ROOT));
    m.put("published_source", a.published() == null ? null : a.published().source());
    m.put("modified_source", a.modified() == null ? null : a.modified().source());
    m.put("section", a.section());
    m.put("keywords", a.keywords());
    return m;
  }
}
