package gapwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewStoreTest {

  @TempDir Path dir;
  private Database db;
  private ReviewStore store;
  private ClaimFixtures fixtures;
  private final Instant now = Instant.parse("2024-10-02T10:00:00Z");

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("g.db"));
    store = new ReviewStore(db);
    fixtures = new ClaimFixtures(db);
  }

  private ReviewState applied(DecisionOutcome out) {
    return assertInstanceOf(DecisionOutcome.Applied.class, out).state();
  }

  private String extractedSubject(long id) {
    return db.read(
        h ->
            h.createQuery("SELECT subject FROM claims WHERE id = ?")
                .bind(0, id)
                .mapTo(String.class)
                .one());
  }

  @Test
  void anEditIsStoredApartAndNeverChangesTheExtractedClaim() {
    long id = fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    ClaimFields fixed =
        new ClaimFields(
            "People's Republic of China",
            "United States",
            Relation.BEHIND,
            new MonthRange(3.0, 6.0),
            "large language models",
            "Ann Lee",
            "Tel Aviv University");
    ReviewState s = applied(store.decide(id, 0, "Ann", new DecisionRequest.Edit(fixed), now));
    assertEquals(ReviewStatus.ACCEPTED, s.status());
    assertEquals("China", extractedSubject(id), "the extractor's value is untouched");
    ReviewedClaim c = store.get(id).orElseThrow();
    assertEquals("China", c.extracted().claim().subject());
    assertEquals("People's Republic of China", c.effective().claim().subject());
    assertEquals(new MonthRange(3.0, 6.0), c.effective().claim().gap().months());
    assertEquals("Ann", c.review().curator());
    assertEquals(now.toString(), c.review().decidedAt());
  }

  @Test
  void aSecondCuratorWorkingFromAStaleVersionGetsAConflictAndNothingIsOverwritten() {
    long id = fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    applied(store.decide(id, 0, "Ann", new DecisionRequest.Accept(), now));
    DecisionOutcome second =
        store.decide(id, 0, "Bob", new DecisionRequest.Reject("not a claim"), now);
    DecisionOutcome.Conflict c = assertInstanceOf(DecisionOutcome.Conflict.class, second);
    assertTrue(c.message().contains("changed by Ann"), c.message());
    assertTrue(c.message().contains("nothing was saved"), c.message());
    assertEquals(ReviewStatus.ACCEPTED, store.get(id).orElseThrow().review().status());
    List<AuditEntry> audit = new AuditLog(db).forClaim(id);
    assertEquals(List.of("ok", "conflict"), audit.stream().map(AuditEntry::outcome).toList());
    assertEquals("Bob", audit.get(1).actor());
  }

  @Test
  void undoTakesBackDecisionsOneAtATimeAndKeepsEveryRow() {
    long id = fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    ClaimFields edited = new ClaimFields("China", "Japan", Relation.BEHIND, null, "AI", null, null);
    applied(store.decide(id, 0, "Ann", new DecisionRequest.Reject("wrong pair"), now));
    applied(store.decide(id, 1, "Ann", new DecisionRequest.Edit(edited), now));
    ReviewState u1 = applied(store.decide(id, 2, "Ann", new DecisionRequest.Undo(), now));
    assertEquals(ReviewStatus.REJECTED, u1.status());
    assertNull(u1.edits());
    assertEquals("wrong pair", u1.reason());
    ReviewState u2 = applied(store.decide(id, 3, "Ann", new DecisionRequest.Undo(), now));
    assertEquals(ReviewStatus.PENDING, u2.status());
    DecisionOutcome none = store.decide(id, 4, "Ann", new DecisionRequest.Undo(), now);
    assertTrue(
        assertInstanceOf(DecisionOutcome.Refused.class, none).message().contains("no decision"));
    int rows =
        db.read(h -> h.createQuery("SELECT COUNT(*) FROM decisions").mapTo(Integer.class).one());
    assertEquals(4, rows, "undo adds rows; it never deletes one");
  }

  @Test
  void decisionsAndTheAuditLogRefuseUpdatesAndDeletes() {
    long id = fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    applied(store.decide(id, 0, "Ann", new DecisionRequest.Accept(), now));
    for (String sql :
        List.of(
            "UPDATE decisions SET status = 'rejected'",
            "DELETE FROM decisions",
            "UPDATE audit_log SET actor = 'Mallory'",
            "DELETE FROM audit_log")) {
      JdbiException e = assertThrows(JdbiException.class, () -> db.write(h -> h.execute(sql)));
      assertTrue(e.getMessage().contains("append-only"), sql + ": " + e.getMessage());
    }
  }

  @Test
  void aDuplicateMustPointAtAnotherExistingClaimThatIsNotItselfADuplicate() {
    long a = fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    long b = fixtures.simple("https://news.example/b", "2024-09-14", 0.9);
    long c = fixtures.simple("https://news.example/c", "2024-09-15", 0.9);
    assertInstanceOf(
        DecisionOutcome.Refused.class,
        store.decide(a, 0, "Ann", new DecisionRequest.Duplicate(a), now));
    assertInstanceOf(
        DecisionOutcome.Refused.class,
        store.decide(a, 0, "Ann", new DecisionRequest.Duplicate(999), now));
    applied(store.decide(b, 0, "Ann", new DecisionRequest.Duplicate(a), now));
    DecisionOutcome chained = store.decide(c, 0, "Ann", new DecisionRequest.Duplicate(b), now);
    assertTrue(
        assertInstanceOf(DecisionOutcome.Refused.class, chained)
            .message()
            .contains("duplicate of claim " + a));
  }

  @Test
  void filtersMatchThePairEitherWayRoundAndTheStatusInForce() {
    long a = fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    long b = fixtures.simple("https://news.example/b", "2024-09-20", 0.4);
    applied(store.decide(a, 0, "Ann", new DecisionRequest.Accept(), now));
    ClaimFilter pair =
        new ClaimFilter(
            "united states",
            "CHINA",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Set.of(),
            ClaimFilter.Order.OLDEST);
    assertEquals(List.of(a, b), store.ids(pair, 10));
    assertEquals(List.of(b), store.ids(pair.withStatuses(Set.of(ReviewStatus.PENDING)), 10));
    ClaimFilter byConfidence =
        new ClaimFilter(
            null,
            null,
            null,
            "ann",
            "test-source",
            "en",
            LocalDate.parse("2024-09-01"),
            LocalDate.parse("2024-09-30"),
            null,
            null,
            Set.of(),
            ClaimFilter.Order.LOWEST_CONFIDENCE);
    assertEquals(List.of(b, a), store.ids(byConfidence, 10));
    assertEquals(2, store.list(byConfidence, 1, 0).total());
    ClaimFilter wildcard =
        new ClaimFilter(
            null,
            null,
            "%",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Set.of(),
            ClaimFilter.Order.OLDEST);
    assertEquals(List.of(), store.ids(wildcard, 10), "LIKE wildcards in a filter are literal");
  }

  @Test
  void anExtractedFieldTooLongOrWithAControlCharacterCanStillBeShownAndDecided() {
    String domain = "chips\u0007 " + "and more ".repeat(40);
    long id =
        fixtures.oneClaim(
            "https://news.example/long",
            "2024-09-13",
            "China trails the United States in many fields, said Ann Lee.",
            "China",
            Relation.BEHIND,
            "United States",
            null,
            null,
            domain,
            "Ann Lee");
    ClaimFields shown = store.get(id).orElseThrow().fields();
    assertEquals(ClaimFields.MAX_LENGTH, shown.domain().length());
    assertTrue(shown.domain().startsWith("chips  and more"), shown.domain());
    assertTrue(shown.domain().endsWith("…"), shown.domain());
    applied(store.decide(id, 0, "Ann", new DecisionRequest.Accept(), now));
    assertEquals(domain, store.get(id).orElseThrow().extracted().claim().domain(), "kept as is");
  }

  @Test
  void curatorNamesAndFieldsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> ReviewStore.curator(" "));
    assertThrows(IllegalArgumentException.class, () -> ReviewStore.curator("Ann\r\nBob"));
    IllegalArgumentException same =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ClaimFields("China", "china", Relation.BEHIND, null, null, null, null));
    assertTrue(same.getMessage().contains("two actors"), same.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClaimFields("A", "B", Relation.BEHIND, null, "x\ny", null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClaimFields("A", "B", Relation.BEHIND, null, null, null, "MIT"));
  }
}
