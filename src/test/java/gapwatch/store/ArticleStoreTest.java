package gapwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import gapwatch.crawl.PageSink;
import gapwatch.crawl.Source;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {

  @TempDir Path dir;
  private Database db;
  private CrawlStore ledger;
  private ArticleStore store;
  private final Source source =
      new Source(
          "test",
          URI.create("https://news.example/feed"),
          true,
          10,
          Duration.ofDays(1),
          List.of(),
          false);

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("g.db"));
    ledger = new CrawlStore(db);
    store = new ArticleStore(db);
  }

  private FrontierUrl enqueue(String url) {
    ledger.enqueue(source, URI.create(url), null, Instant.now());
    return ledger.due(Instant.now().plusSeconds(1), 100).stream()
        .filter(u -> u.url().toString().equals(url))
        .findFirst()
        .orElseThrow();
  }

  private static FetchedPage page(String url, String html) {
    return new FetchedPage(
        URI.create(url),
        URI.create(url),
        200,
        "text/html",
        html.getBytes(StandardCharsets.UTF_8),
        null,
        null,
        Instant.parse("2024-09-13T00:00:00Z"));
  }

  private static Article article(String url, String text) {
    return new Article(
        url,
        null,
        "Title",
        List.of("A. Writer"),
        new ArticleDate("2024-09-13", "json-ld"),
        null,
        "en",
        null,
        List.of(),
        text,
        PageKind.ARTICLE);
  }

  private static GapClaim claim(String sentence) {
    return new GapClaim(
        "China",
        "United States",
        Relation.BEHIND,
        new GapAmount(new MonthRange(6.0, 12.0), "six months to a year", true),
        "LLMs",
        new Speaker("Roey Tzezana", "Tel Aviv University"),
        new Evidence(sentence, 0, sentence.length()),
        0.9);
  }

  @Test
  void storesPageArticleAndClaimsAndMarksTheUrlDone() throws Exception {
    FrontierUrl u = enqueue("https://news.example/a");
    String html = "<p>China is six months to a year behind the US.</p>";
    StoredArticle s =
        store.store(
            u.id(),
            null,
            page(u.url().toString(), html),
            article(u.url().toString(), "China is six months to a year behind the US."),
            List.of(claim("China is six months to a year behind the US.")));
    assertEquals(PageSink.Outcome.NEW, s.outcome());
    assertEquals(1, s.claims());
    assertEquals(List.of(), ledger.due(Instant.now().plusSeconds(1), 100), "no URL left to fetch");
    byte[] gz =
        db.read(h -> h.createQuery("SELECT body_gzip FROM fetches").mapTo(byte[].class).one());
    assertArrayEquals(
        html.getBytes(StandardCharsets.UTF_8),
        new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes(),
        "raw HTML kept");
    List<StoredClaim> claims = new ClaimStore(db).all();
    assertEquals(1, claims.size());
    assertEquals(claim("China is six months to a year behind the US."), claims.get(0).claim());
  }

  @Test
  void storesTheSameTextUnderAnotherUrlAsADuplicateWithoutClaims() {
    FrontierUrl a = enqueue("https://news.example/a");
    FrontierUrl b = enqueue("https://mirror.example/a");
    String text = "Same text in two places.";
    store.store(
        a.id(),
        null,
        page(a.url().toString(), "<p>x</p>"),
        article(a.url().toString(), text),
        List.of(claim(text)));
    StoredArticle second =
        store.store(
            b.id(),
            null,
            page(b.url().toString(), "<p>y</p>"),
            article(b.url().toString(), text),
            List.of(claim(text)));
    assertEquals(PageSink.Outcome.DUPLICATE, second.outcome());
    assertEquals(1, new ClaimStore(db).all().size());
  }
}
