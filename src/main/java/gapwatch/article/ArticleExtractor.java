package gapwatch.article;

import com.fasterxml.jackson.databind.JsonNode;
import gapwatch.crawl.FetchedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Turns a fetched page into an {@link Article}. Thread-safe: it holds only immutable settings and
 * the shared language model.
 */
public final class ArticleExtractor {

  /** The version recorded with stored articles, raised whenever extraction output changes. */
  public static final String VERSION = "article-1";

  /** Pages with less main text than this are not treated as articles. */
  private static final int MIN_ARTICLE_CHARS = 200;

  private final LanguageGuesser languages;
  private final MetadataReader metadata = new MetadataReader();
  private final MainTextExtractor mainText = new MainTextExtractor();

  public ArticleExtractor(LanguageGuesser languages) {
    this.languages = languages;
  }

  /** Extracts the article from a page. Never throws on hostile HTML; the kind says what it got. */
  public Article extract(FetchedPage page) {
    String url = page.finalUrl().toString();
    Document doc = parse(page.body(), page.declaredCharset(), url);
    MetadataReader.Metadata meta = metadata.read(doc, url);
    String text = bodyText(doc, meta.jsonLd());
    PageKind kind = classify(meta, text);
    String lang = languages.guess(text).orElse(meta.htmlLang());
    return new Article(
        url,
        meta.canonicalUrl(),
        meta.title(),
        meta.authors(),
        meta.published(),
        meta.modified(),
        lang,
        meta.section(),
        meta.keywords(),
        kind == PageKind.ARTICLE || kind == PageKind.PAYWALLED ? text : "",
        kind);
  }

  private String bodyText(Document doc, Optional<JsonNode> ld) {
    String visible = mainText.extract(doc);
    Optional<String> declared = ld.flatMap(n -> JsonLd.text(n, "articleBody"));
    // Structured data wins when it is clearly the fuller text (pages that render the body with
    // script ship it there); otherwise what the reader sees wins.
    if (declared.isPresent() && declared.get().length() > visible.length() * 1.3) {
      return declared.get().strip().replaceAll("\\s*\\n\\s*", "\n\n");
    }
    return visible;
  }

  private static PageKind classify(MetadataReader.Metadata meta, String text) {
    boolean declaredArticle =
        meta.jsonLd().isPresent() || "article".equalsIgnoreCase(meta.ogType());
    if (meta.jsonLd().isPresent()) {
      JsonNode free = meta.jsonLd().get().get("isAccessibleForFree");
      if (free != null && (free.asText().equalsIgnoreCase("false"))) {
        return PageKind.PAYWALLED;
      }
    }
    if (text.isBlank()) {
      return PageKind.EMPTY;
    }
    if (!declaredArticle && meta.ogType() != null) {
      return PageKind.NOT_ARTICLE;
    }
    if (text.length() < MIN_ARTICLE_CHARS) {
      return declaredArticle ? PageKind.ARTICLE : PageKind.NOT_ARTICLE;
    }
    return PageKind.ARTICLE;
  }

  private static Document parse(byte[] body, @Nullable String charset, String url) {
    String cs = PageCharset.choose(body, charset);
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), cs, url, Parser.htmlParser());
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory page cannot fail", e);
    }
  }
}
