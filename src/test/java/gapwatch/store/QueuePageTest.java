package gapwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.claims.GapClaim;
import gapwatch.claims.Relation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review queue's pages over many claims: the capped count and the order of pages (#6). */
class QueuePageTest {

  @TempDir Path dir;
  private Database db;
  private ReviewStore store;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("g.db"));
    store = new ReviewStore(db);
    ClaimFixtures fixtures = new ClaimFixtures(db);
    // Articles sharing dates, one undated, several claims each with repeated confidences: the
    // cases where an order read from an index could part from the ORDER BY.
    String[] dates = {"2024-09-20", null, "2024-09-13", "2024-09-20", "2024-09-13", "2024-10-01"};
    for (int i = 0; i < dates.length; i++) {
      String text = "Article " + i + ".\n\nChina is behind the United States. Japan leads Korea.";
      List<GapClaim> claims = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        double confidence = 0.5 + ((i + k) % 3) / 10.0;
        claims.add(claim(text, k % 2 == 0, confidence));
      }
      fixtures.article("https://news.example/" + i, "Title " + i, dates[i], text, claims);
    }
  }

  private static GapClaim claim(String text, boolean china, double confidence) {
    return china
        ? ClaimFixtures.claim(
            text,
            "China is behind the United States.",
            "China",
            Relation.BEHIND,
            "United States",
            null,
            null,
            "AI",
            null,
            confidence)
        : ClaimFixtures.claim(
            text,
            "Japan leads Korea.",
            "Japan",
            Relation.AHEAD,
            "Korea",
            null,
            null,
            "chips",
            null,
            confidence);
  }

  @Test
  void countsMatchingClaimsUpToTheLimitAndSaysWhenMoreMatch() {
    ReviewStore.ClaimPage capped = store.list(ClaimFilter.all(), 5, 0, 10);
    assertEquals(5, capped.claims().size());
    assertEquals(10, capped.total());
    assertTrue(capped.more());

    ReviewStore.ClaimPage exact = store.list(ClaimFilter.all(), 5, 0, 18);
    assertEquals(18, exact.total());
    assertFalse(exact.more());
    assertEquals(18, store.list(ClaimFilter.all(), 5, 0).total(), "uncapped by default");

    ReviewStore.ClaimPage pair =
        store.list(ClaimFilter.pending().withPair("korea", "JAPAN"), 5, 0, 100);
    assertEquals(6, pair.total());
    assertFalse(pair.more());
  }

  @Test
  void pagesInEitherQueueOrderFollowOneAnotherAsTheWholeOrderedList() {
    for (ClaimFilter.Order order :
        List.of(ClaimFilter.Order.OLDEST, ClaimFilter.Order.LOWEST_CONFIDENCE)) {
      ClaimFilter f = ClaimFilter.all().withOrder(order);
      // Counted to the end (a short list, the planner's way) and cut short (read in index order).
      for (int countLimit : List.of(100, 1)) {
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < 18; offset += 4) {
          store.list(f, 4, offset, offset + countLimit).claims().forEach(c -> paged.add(c.id()));
        }
        assertEquals(store.ids(f, 100), paged, order + ", counting up to " + countLimit);
      }
    }
    List<String> dates = new ArrayList<>();
    store
        .list(ClaimFilter.all(), 100, 0)
        .claims()
        .forEach(c -> dates.add(String.valueOf(c.extracted().published())));
    assertEquals("null", dates.get(dates.size() - 1), "undated articles come last: " + dates);
  }

  @Test
  void aQueuePageReadsItsOrderFromAnIndexInsteadOfSortingEveryMatch() {
    for (ClaimFilter f :
        List.of(
            ClaimFilter.pending(),
            ClaimFilter.all().withStatuses(Set.of(ReviewStatus.ACCEPTED)),
            ClaimFilter.pending().withPair("China", "United States"),
            ClaimFilter.pending().withOrder(ClaimFilter.Order.LOWEST_CONFIDENCE))) {
      String plan = String.join("\n", store.pageQueryPlan(f));
      String index =
          f.order() == ClaimFilter.Order.OLDEST
              ? "INDEX articles_oldest"
              : "INDEX claims_confidence";
      assertTrue(plan.contains(index), f + "\n" + plan);
      assertFalse(plan.contains("TEMP B-TREE FOR ORDER BY"), f + "\n" + plan);
    }
  }
}
