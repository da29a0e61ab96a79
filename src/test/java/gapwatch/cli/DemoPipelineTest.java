package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.claims.GapClaim;
import gapwatch.crawl.CrawlProgress;
import gapwatch.crawl.CrawlSummary;
import gapwatch.store.ClaimStore;
import gapwatch.store.Database;
import gapwatch.store.StoredClaim;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the corpus served on loopback, crawled through its feeds with the real crawl code,
 * extracted and stored in a temporary SQLite file; the seed story's claims are exactly as expected
 * in English and Vietnamese, and a second run fetches nothing new.
 */
class DemoPipelineTest {

  @TempDir static Path dir;
  private static Database db;
  private static CrawlSummary first;
  private static CrawlSummary second;
  private static Stages stages;

  @BeforeAll
  static void crawlTheCorpusTwice() throws Exception {
    try (CorpusServer server = CorpusServer.start(Path.of("corpus"))) {
      Settings settings =
          SettingsLoader.load(
              Path.of("config/demo.yaml"), Map.of("corpus", server.base().toString()));
      db = Database.open(dir.resolve("demo.db"));
      stages = new Stages(null);
      first =
          CrawlJob.run(
              db,
              settings.crawl().withPerHostDelay(Duration.ZERO),
              settings.sources(),
              stages,
              CrawlProgress.NONE);
      second =
          CrawlJob.run(
              db,
              settings.crawl().withPerHostDelay(Duration.ZERO),
              settings.sources(),
              stages,
              CrawlProgress.NONE);
    }
  }

  private static List<String> claimsOf(String urlPart) {
    return new ClaimStore(db)
        .all().stream()
            .filter(c -> c.articleUrl().contains(urlPart))
            .map(StoredClaim::claim)
            .map(DemoPipelineTest::describe)
            .sorted()
            .collect(Collectors.toList());
  }

  private static String describe(GapClaim c) {
    String gap =
        c.gap() == null || c.gap().months() == null
            ? "-"
            : c.gap().months().min() + "-" + c.gap().months().max();
    String speaker = c.speaker() == null ? "newsroom" : c.speaker().name();
    return c.subject()
        + " "
        + c.relation().label()
        + " "
        + c.reference()
        + " "
        + gap
        + " "
        + speaker;
  }

  @Test
  void storesEveryArticleAndSkipsTheRobotsDisallowedDraft() {
    assertEquals(2, first.sourcesPolled());
    assertEquals(14, first.articlesNew());
    assertEquals(1, first.skippedRobots(), "private/draft.html is disallowed by robots.txt");
    assertEquals(1, first.notArticles(), "the tag page");
    assertEquals(0, first.failedTotal());
    assertEquals("ok", db.integrityCheck());
  }

  @Test
  void storesTheSeedStoryClaimsInEnglish() {
    assertEquals(
        List.of(
            "China ahead United States - newsroom",
            "China behind United States 12.0-24.0 Li Dahai",
            "China behind United States 6.0-12.0 Roey Tzezana",
            "China parity United States - newsroom"),
        claimsOf("china-year-behind-us-ai-models"));
  }

  @Test
  void storesTheSeedStoryClaimsInVietnamese() {
    assertEquals(
        List.of(
            "China ahead United States - newsroom",
            "China behind United States 12.0-12.0 newsroom",
            "China behind United States 12.0-24.0 Li Dahai",
            "China behind United States 6.0-12.0 Roey Tzezana",
            "China parity United States - newsroom"),
        claimsOf("trung-quoc-tut-hau-my-ve-ai"));
  }

  @Test
  void anUnchangedSecondRunDownloadsNoArticle() {
    assertEquals(0, second.articlesNew());
    assertEquals(0, second.articlesDuplicate());
    assertEquals(0, second.failedTotal());
    assertTrue(second.sourcesPolled() == 2);
  }
}
