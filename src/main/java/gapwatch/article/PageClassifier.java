package gapwatch.article;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells what kind of page an extraction looked at, so that junk is recorded as such instead of
 * stored as an article: a paywalled article, a consent wall or bot check, an empty or script-only
 * page, an index of teasers, or an article. Stateless.
 */
final class PageClassifier {

  /** Pages with less main text than this are articles only when they say so. */
  private static final int MIN_ARTICLE_CHARS = 200;

  /** A consent or block page leaves less main text than this. */
  private static final int MIN_BLOCKED_TEXT = 500;

  private static final Pattern BLOCK_PAGE =
      Pattern.compile(
          "(enable (javascript|cookies)|are you (a )?(robot|human)|verify (that )?you are (a )?"
              + "human|captcha|access (to this page has been )?denied|unusual traffic|request "
              + "blocked|checking your browser|ddos protection|we value your privacy|accept "
              + "(all )?cookies|cookie (settings|preferences|consent)|consent to (the use of )?"
              + "cookies|manage (your )?(consent|cookies)|before you continue|403 forbidden"
              + "|404 not found|page not found)");

  private PageClassifier() {}

  static PageKind classify(
      MetadataReader.Metadata meta, String text, MainTextExtractor.@Nullable Reading reading) {
    if (meta.paywalled()) {
      return PageKind.PAYWALLED;
    }
    boolean declaredArticle =
        meta.jsonLd().isPresent() || "article".equalsIgnoreCase(meta.ogType());
    if (text.length() < MIN_BLOCKED_TEXT && reading != null && isBlockPage(meta, reading)) {
      return PageKind.BLOCKED;
    }
    if (text.isBlank()) {
      return PageKind.EMPTY;
    }
    if (!declaredArticle && reading != null && isIndex(text, reading)) {
      return PageKind.NOT_ARTICLE;
    }
    if (text.length() < MIN_ARTICLE_CHARS) {
      return declaredArticle ? PageKind.ARTICLE : PageKind.NOT_ARTICLE;
    }
    return PageKind.ARTICLE;
  }

  /** A page whose visible text is mostly a consent wall, a bot check or an error. */
  private static boolean isBlockPage(MetadataReader.Metadata meta, MainTextExtractor.Reading r) {
    String page = r.pageText();
    if (page == null || page.length() > 3_000) {
      return false;
    }
    String title = meta.title() == null ? "" : meta.title();
    String probe = (title + " " + page).toLowerCase(Locale.ROOT);
    return BLOCK_PAGE.matcher(probe).find();
  }

  /**
   * A list of teasers: several linked subheadings in the body with little prose under each, on a
   * page that does not call itself an article.
   */
  private static boolean isIndex(String text, MainTextExtractor.Reading r) {
    return r.headlineLinks() >= 4 && text.length() < r.headlineLinks() * 400;
  }
}
