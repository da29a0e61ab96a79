package gapwatch.store;

import gapwatch.article.Article;
import gapwatch.article.ArticleDate;
import gapwatch.article.PageKind;
import gapwatch.claims.Evidence;
import gapwatch.claims.GapAmount;
import gapwatch.claims.GapClaim;
import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import gapwatch.claims.Speaker;
import gapwatch.crawl.FetchedPage;
import gapwatch.crawl.FrontierUrl;
import gapwatch.crawl.Source;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stores articles with claims through the real crawl ledger and article store, for tests of the
 * stages that read them (review, report, export).
 */
public final class ClaimFixtures {

  private final Database db;
  private final Source source;
  private int pages;

  public ClaimFixtures(Database db) {
    this(db, "test-source");
  }

  public ClaimFixtures(Database db, String sourceName) {
    this.db = db;
    this.source =
        new Source(
            sourceName,
            URI.create("https://news.example/feed"),
            true,
            10,
            Duration.ofDays(1),
            List.of(),
            false);
  }

  /**
   * Stores one article whose text is {@code paragraphs} joined by blank lines, with one claim per
   * given claim, and returns the claims' ids in order.
   */
  public List<Long> article(
      String url,
      @Nullable String title,
      @Nullable String published,
      String text,
      List<GapClaim> claims) {
    CrawlStore ledger = new CrawlStore(db);
    Instant now = Instant.parse("2024-10-01T00:00:00Z");
    ledger.enqueue(source, URI.create(url), title, now);
    FrontierUrl u =
        ledger.due(now.plusSeconds(1), 10_000).stream()
            .filter(f -> f.url().toString().equals(url))
            .findFirst()
            .orElseThrow();
    FetchedPage page =
        new FetchedPage(
            URI.create(url),
            URI.create(url),
            200,
            "text/html",
            ("<html><body><p>" + pages++ + "</p></body></html>").getBytes(StandardCharsets.UTF_8),
            null,
            null,
            now);
    Article a =
        new Article(
            url,
            null,
            title,
            List.of(),
            published == null ? null : new ArticleDate(published, "test"),
            null,
            "en",
            null,
            List.of(),
            text,
            PageKind.ARTICLE);
    long articleId = new ArticleStore(db).store(u.id(), null, page, a, claims).articleId();
    return new ArrayList<>(
        db.read(
            h ->
                h.createQuery("SELECT id FROM claims WHERE article_id = ? ORDER BY id")
                    .bind(0, articleId)
                    .mapTo(Long.class)
                    .list()));
  }

  /** A claim whose evidence is {@code sentence} found in {@code text}. */
  public static GapClaim claim(
      String text,
      String sentence,
      String subject,
      Relation relation,
      String reference,
      @Nullable Double min,
      @Nullable Double max,
      @Nullable String domain,
      @Nullable String speaker,
      double confidence) {
    int start = text.indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("'" + sentence + "' is not in the text");
    }
    return new GapClaim(
        subject,
        reference,
        relation,
        min == null && max == null
            ? null
            : new GapAmount(new MonthRange(min, max), min + " to " + max + " months", false),
        domain,
        speaker == null ? null : new Speaker(speaker, null),
        new Evidence(sentence, start, start + sentence.length()),
        confidence);
  }

  /**
   * An article whose text is a heading and {@code sentence}, with one claim stated by it; returns
   * the claim's id.
   */
  public long oneClaim(
      String url,
      String published,
      String sentence,
      String subject,
      Relation relation,
      String reference,
      @Nullable Double min,
      @Nullable Double max,
      @Nullable String domain,
      @Nullable String speaker) {
    String text = "In brief.\n\n" + sentence;
    return article(
            url,
            "Title of " + url,
            published,
            text,
            List.of(
                claim(
                    text, sentence, subject, relation, reference, min, max, domain, speaker, 0.9)))
        .get(0);
  }

  /** A simple article with one claim "China is 6–12 months behind the United States in AI." */
  public long simple(String url, String published, double confidence) {
    String s = "China is six months to a year behind the United States in AI, said Ann Lee.";
    String text = "From " + url + ".\n\n" + s + " More context follows.\n\nA closing one.";
    return article(
            url,
            "Title of " + url,
            published,
            text,
            List.of(
                claim(
                    text,
                    s,
                    "China",
                    Relation.BEHIND,
                    "United States",
                    6.0,
                    12.0,
                    "AI",
                    "Ann Lee",
                    confidence)))
        .get(0);
  }
}
