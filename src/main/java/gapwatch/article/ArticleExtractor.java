package gapwatch.article;

import gapwatch.article.BlockReader.Block;
import gapwatch.crawl.FetchedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
  public static final String VERSION = "article-2";

  private final LanguageGuesser languages;
  private final List<SiteProfile> profiles;
  private final MetadataReader metadata = new MetadataReader();
  private final MainTextExtractor mainText = new MainTextExtractor();

  /** An extractor with the generic rules only. */
  public ArticleExtractor(LanguageGuesser languages) {
    this(languages, List.of());
  }

  /** An extractor that applies a site's profile, when one matches, before the generic rules. */
  public ArticleExtractor(LanguageGuesser languages, List<SiteProfile> profiles) {
    this.languages = languages;
    this.profiles = List.copyOf(profiles);
  }

  /** Extracts the article from a page. Never throws on hostile HTML; the kind says what it got. */
  public Article extract(FetchedPage page) {
    String url = page.finalUrl().toString();
    if (PageBytes.looksBinary(page.body())) {
      return new Article(
          url, null, null, List.of(), null, null, null, null, List.of(), "", PageKind.EMPTY);
    }
    Document doc = parse(page.body(), PageCharset.choose(page.body(), page.declaredCharset()), url);
    MetadataReader.Metadata meta = metadata.read(doc, url);
    ProfileReader.Reading site = profileReading(doc, page, meta);
    Body body =
        site.body().isEmpty()
            ? body(doc, meta)
            : new Body(MainTextExtractor.join(site.body()), TextSource.SITE_PROFILE, null);
    String text = body.text();
    PageKind kind = PageClassifier.classify(meta, text, body.reading());
    String lang = languages.guess(text, meta.htmlLang()).orElse(meta.htmlLang());
    PageDates dates =
        PageDates.consistent(
            site.published() != null ? site.published() : meta.published(),
            site.modified() != null ? site.modified() : meta.modified());
    return new Article(
        url,
        meta.canonicalUrl(),
        site.title() != null ? site.title() : meta.title(),
        !site.authors().isEmpty() ? site.authors() : meta.authors(),
        dates.published(),
        dates.modified(),
        lang,
        meta.section(),
        meta.keywords(),
        kind == PageKind.ARTICLE || kind == PageKind.PAYWALLED ? text : "",
        kind,
        kind == PageKind.ARTICLE || kind == PageKind.PAYWALLED ? body.source() : TextSource.NONE);
  }

  private ProfileReader.Reading profileReading(
      Document doc, FetchedPage page, MetadataReader.Metadata meta) {
    String host = page.finalUrl().getHost();
    if (host != null) {
      for (SiteProfile p : profiles) {
        if (p.appliesTo(host)) {
          ProfileReader.Reading r = ProfileReader.read(doc, p, "en".equals(meta.htmlLang()));
          return new ProfileReader.Reading(
              MainTextExtractor.keep(r.body(), meta.title(), meta.description()),
              r.title(),
              r.published(),
              r.modified(),
              r.authors());
        }
      }
    }
    return NO_PROFILE;
  }

  private static final ProfileReader.Reading NO_PROFILE =
      new ProfileReader.Reading(List.of(), null, null, null, List.of());

  /** The main text, where it came from, and what the generic reading saw of the page. */
  private record Body(
      String text, TextSource source, MainTextExtractor.@Nullable Reading reading) {}

  /**
   * The text the reader sees. A declared body (JSON-LD) is taken instead when the page shows it but
   * the generic reading missed much of it, or when the page shows almost nothing (a shell rendered
   * by script); never for a paywalled page, whose reader sees only the visible part.
   */
  private Body body(Document doc, MetadataReader.Metadata meta) {
    List<Block> declared =
        MainTextExtractor.keep(
            meta.jsonLd().map(DeclaredBody::fromJsonLd).orElse(List.of()),
            meta.title(),
            meta.description());
    MainTextExtractor.Reading reading =
        mainText.extract(doc, meta.title(), meta.description(), !declared.isEmpty());
    String visible = MainTextExtractor.join(reading.blocks());
    if (declared.isEmpty() || meta.paywalled()) {
      return new Body(visible, TextSource.PAGE, reading);
    }
    String declaredText = MainTextExtractor.join(declared);
    TextOverlap.Shingles declaredShingles = TextOverlap.shingles(declaredText);
    if (TextOverlap.coverage(declaredShingles, TextOverlap.shingles(visible)) >= 0.8) {
      return new Body(visible, TextSource.PAGE, reading);
    }
    boolean shown =
        reading.pageText() != null
            && TextOverlap.coverage(declaredShingles, TextOverlap.shingles(reading.pageText()))
                >= 0.8;
    if (shown || visible.length() < declaredText.length() * 0.3) {
      return new Body(declaredText, TextSource.JSON_LD, reading);
    }
    return new Body(visible, TextSource.PAGE, reading);
  }

  private static Document parse(byte[] body, @Nullable String charset, String url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), charset, url, Parser.htmlParser());
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory page cannot fail", e);
    }
  }
}
