package gapwatch.article;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The article a reader sees on a page: main text and metadata.
 *
 * @param url the address the page was fetched from (after redirects)
 * @param canonicalUrl the page's own {@code rel=canonical} or og:url, if any
 * @param title the headline
 * @param authors people credited in the byline or metadata
 * @param published when first published, if stated
 * @param modified when last modified, if stated separately
 * @param language ISO 639-1 code, detected from the text (the page's lang attribute as fallback)
 * @param section the site section, if stated
 * @param keywords the page's keywords or tags
 * @param text the main text; blocks (paragraphs, headings, list items) separated by blank lines
 * @param kind what kind of page this is
 * @param textSource where the text was read from
 */
public record Article(
    String url,
    @Nullable String canonicalUrl,
    @Nullable String title,
    List<String> authors,
    @Nullable ArticleDate published,
    @Nullable ArticleDate modified,
    @Nullable String language,
    @Nullable String section,
    List<String> keywords,
    String text,
    PageKind kind,
    TextSource textSource) {

  public Article {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(textSource, "textSource");
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
  }

  /** An article whose text was read from the page's markup. */
  public Article(
      String url,
      @Nullable String canonicalUrl,
      @Nullable String title,
      List<String> authors,
      @Nullable ArticleDate published,
      @Nullable ArticleDate modified,
      @Nullable String language,
      @Nullable String section,
      List<String> keywords,
      String text,
      PageKind kind) {
    this(
        url,
        canonicalUrl,
        title,
        authors,
        published,
        modified,
        language,
        section,
        keywords,
        text,
        kind,
        text.isEmpty() ? TextSource.NONE : TextSource.PAGE);
  }
}
