package gapwatch.store;

import gapwatch.article.Article;
import gapwatch.crawl.UrlCanonicalizer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an article is compared by to find that it is already stored: its canonical URL (a same-site
 * rel=canonical), the exact hash of its text, and the SimHash of its words.
 *
 * @param canonical the page's rel=canonical in canonical form, when it names another URL on the
 *     same site (a canonical on another site is not trusted: it could hide a real article)
 * @param textSha SHA-256 of the text
 * @param simhash the text's SimHash, or null when the text is too short to compare loosely
 * @param words the text's words, for the resemblance check
 */
record Signature(@Nullable URI canonical, String textSha, @Nullable Long simhash, String[] words) {

  static Signature of(Article article, URI pageUrl) {
    String[] words = NearDuplicates.words(article.text());
    Long simhash = words.length >= NearDuplicates.MIN_WORDS ? NearDuplicates.simhash(words) : null;
    return new Signature(
        sameSiteCanonical(article.canonicalUrl(), pageUrl),
        ArticleStore.sha256(article.text().getBytes(StandardCharsets.UTF_8)),
        simhash,
        words);
  }

  private static @Nullable URI sameSiteCanonical(@Nullable String raw, URI pageUrl) {
    if (raw == null) {
      return null;
    }
    URI canonical = UrlCanonicalizer.canonicalize(raw).orElse(null);
    URI page = UrlCanonicalizer.canonicalize(pageUrl).orElse(null);
    if (canonical == null || page == null || canonical.equals(page)) {
      return null;
    }
    return site(canonical.getHost()).equals(site(page.getHost())) ? canonical : null;
  }

  private static String site(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }
}
