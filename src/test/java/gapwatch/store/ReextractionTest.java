package gapwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.article.Article;
import gapwatch.article.ArticleExtractor;
import gapwatch.article.LanguageGuesser;
import gapwatch.claims.ActorTable;
import gapwatch.claims.ClaimExtractor;
import gapwatch.claims.Evidence;
import gapwatch.claims.GapClaim;
import gapwatch.claims.NlpModels;
import gapwatch.claims.Relation;
import gapwatch.crawl.FetchedPage;
import gapwatch.crawl.FrontierUrl;
import gapwatch.crawl.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-extraction after a rule change: the stored claims are what "older rules" found on a corpus
 * page (one domain different, one claim missing, one claim too many); the current extractors run on
 * the stored raw page.
 */
class ReextractionTest {

  private static final Path PAGE =
      Path.of("corpus/tech/2024/09/13/china-year-behind-us-ai-models.html");

  private static ArticleExtractor articles;
  private static ClaimExtractor claims;

  @TempDir Path dir;
  private final Instant now = Instant.parse("2024-10-05T00:00:00Z");

  @BeforeAll
  static void extractors() {
    LanguageGuesser languages = new LanguageGuesser();
    articles = new ArticleExtractor(languages);
    claims = new ClaimExtractor(new NlpModels(), languages, ActorTable.bundled());
  }

  private static String decisions(Database db) {
    return db.read(
        h -> h.createQuery("SELECT * FROM decisions ORDER BY id").mapToMap().list().toString());
  }

  private static int count(Database db, String sql) {
    return db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  @Test
  void aRuleChangeKeepsEveryDecisionFlagsChangedClaimsAndDeletesNothing() throws IOException {
    Database db = Database.open(dir.resolve("g.db"));
    URI url = URI.create("https://news.example/china-ai");
    FetchedPage page = page(url);
    Article article = articles.extract(page);
    List<GapClaim> current = claims.extract(article);
    assertTrue(current.size() >= 3, "the page has claims: " + current);
    List<GapClaim> older = new ArrayList<>(current);
    GapClaim c0 = older.get(0);
    older.set(0, withDomain(c0, "AI"));
    older.remove(1);
    Evidence first = new Evidence(article.text().substring(0, 10), 0, 10);
    older.add(new GapClaim("Japan", "China", Relation.BEHIND, null, null, null, first, 0.3));
    store(db, url, page, article, older);
    ReviewStore review = new ReviewStore(db);
    List<Long> ids =
        new ReviewStore(db).ids(ClaimFilter.all().withStatuses(java.util.Set.of()), 99);
    assertEquals(older.size(), ids.size());
    long changed = idOf(review, ids, older.get(0));
    long kept = idOf(review, ids, older.get(1));
    long bogus = idOf(review, ids, older.get(older.size() - 1));
    decide(review, changed, new DecisionRequest.Accept());
    ClaimFields fixed = ClaimFields.of(older.get(1));
    decide(
        review,
        kept,
        new DecisionRequest.Edit(
            new ClaimFields(
                fixed.subject(),
                fixed.reference(),
                fixed.relation(),
                fixed.gap(),
                "curated domain",
                fixed.speaker(),
                fixed.affiliation())));
    decide(review, bogus, new DecisionRequest.Reject("not in the text"));
    String before = decisions(db);
    int rowsBefore = count(db, "SELECT COUNT(*) FROM claims");

    Reextraction.Summary s = new Reextraction(db, articles, claims).run(null, null, now);

    assertEquals(1, s.articles());
    assertEquals(1, s.claimsNew(), s.toString());
    assertEquals(1, s.claimsChanged(), s.toString());
    assertEquals(1, s.claimsGone(), s.toString());
    assertEquals(current.size() - 2, s.claimsUnchanged(), s.toString());
    assertEquals(before, decisions(db), "no decision was changed or removed");
    assertEquals(rowsBefore + 2, count(db, "SELECT COUNT(*) FROM claims"), "nothing deleted");
    ReviewedClaim c = review.get(changed).orElseThrow();
    assertEquals(ReviewStatus.ACCEPTED, c.review().status(), "the decision carries over");
    assertTrue(c.review().rereview(), "changed fields are flagged for re-review");
    assertEquals(c0.domain(), c.effective().claim().domain());
    ReviewedClaim k = review.get(kept).orElseThrow();
    assertEquals("curated domain", k.effective().claim().domain(), "a correction stays");
    assertEquals(false, k.review().rereview());
    assertTrue(review.get(bogus).isEmpty(), "a gone claim is no longer current");
    assertEquals(
        1,
        count(
            db,
            "SELECT COUNT(*) FROM claims WHERE id = " + bogus + " AND superseded_at IS NOT NULL"),
        "but it stays, queryable");
    assertTrue(review.ids(ClaimFilter.pending(), 99).contains(changed), "back in the queue");

    Reextraction.Summary again = new Reextraction(db, articles, claims).run(null, null, now);
    assertEquals(
        0, again.claimsNew() + again.claimsChanged() + again.claimsGone(), again.toString());
    assertEquals(
        rowsBefore + 2, count(db, "SELECT COUNT(*) FROM claims"), "a rerun writes nothing");
    assertEquals(before, decisions(db));
  }

  @Test
  void aClaimFoundAgainAfterARunLostItTakesUpItsIdAndItsDecision() throws IOException {
    Database db = Database.open(dir.resolve("g.db"));
    URI url = URI.create("https://news.example/china-ai");
    FetchedPage page = page(url);
    Article article = articles.extract(page);
    List<GapClaim> found = claims.extract(article);
    store(db, url, page, article, found);
    ReviewStore review = new ReviewStore(db);
    long id = idOf(review, review.ids(ClaimFilter.all(), 99), found.get(0));
    decide(review, id, new DecisionRequest.Reject("an opinion, not a gap"));
    // What an earlier run with extractors that missed the claim left: its version marked gone.
    db.write(
        h ->
            h.execute("UPDATE claims SET superseded_at = '2024-10-04T00:00:00Z' WHERE id = ?", id));
    assertTrue(review.get(id).isEmpty());
    int pending = review.ids(ClaimFilter.pending(), 99).size();

    Reextraction.Summary s = new Reextraction(db, articles, claims).run(null, null, now);

    assertEquals(0, s.claimsNew(), s.toString());
    ReviewedClaim back = review.get(id).orElseThrow();
    assertEquals(ReviewStatus.REJECTED, back.review().status(), "the decision is back with it");
    assertEquals(pending, review.ids(ClaimFilter.pending(), 99).size(), "nothing new to review");
    assertEquals(
        "2024-10-04T00:00:00Z",
        db.read(
            h ->
                h.createQuery("SELECT superseded_at FROM claims WHERE id = ?")
                    .bind(0, id)
                    .mapTo(String.class)
                    .one()),
        "when it went stays recorded");
    Reextraction.Summary again = new Reextraction(db, articles, claims).run(null, null, now);
    assertEquals(
        0, again.claimsNew() + again.claimsChanged() + again.claimsGone(), again.toString());
  }

  private FetchedPage page(URI url) throws IOException {
    return new FetchedPage(url, url, 200, "text/html", Files.readAllBytes(PAGE), null, null, now);
  }

  private void decide(ReviewStore review, long id, DecisionRequest r) {
    assertInstanceOf(DecisionOutcome.Applied.class, review.decide(id, 0, "Ann", r, now));
  }

  private static long idOf(ReviewStore review, List<Long> ids, GapClaim c) {
    return ids.stream()
        .filter(i -> review.get(i).orElseThrow().extracted().claim().equals(c))
        .findFirst()
        .orElseThrow();
  }

  private static GapClaim withDomain(GapClaim c, String domain) {
    return new GapClaim(
        c.subject(),
        c.reference(),
        c.relation(),
        c.gap(),
        domain,
        c.speaker(),
        c.evidence(),
        c.confidence());
  }

  private void store(Database db, URI url, FetchedPage page, Article a, List<GapClaim> found) {
    CrawlStore ledger = new CrawlStore(db);
    Source source =
        new Source(
            "s",
            URI.create("https://news.example/feed"),
            true,
            10,
            Duration.ofDays(1),
            List.of(),
            false);
    ledger.enqueue(source, url, null, now);
    FrontierUrl u = ledger.due(now.plusSeconds(1), 10).get(0);
    new ArticleStore(db).store(u.id(), null, page, a, found);
  }
}
