package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gapwatch.store.ClaimFixtures;
import gapwatch.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReextractCommandTest {

  @TempDir Path dir;

  @Test
  void aMisspelledSourceIsAUsageErrorNotAnEmptyRun() {
    Path db = dir.resolve("g.db");
    new ClaimFixtures(Database.open(db), "tech-news")
        .simple("https://news.example/a", "2024-09-13", 0.9);
    assertEquals(
        ExitCodes.USAGE, Main.run("reextract", "--db", db.toString(), "--source", "tech-nwes"));
    assertEquals(
        ExitCodes.USAGE, Main.run("reextract", "--db", db.toString(), "--since", "2024-13-01"));
  }

  @Test
  void itDoesNotRunWhileACrawlHoldsTheDatabase() throws IOException {
    Path db = dir.resolve("g.db");
    Database.open(db);
    try (CrawlLock crawl = CrawlLock.acquire(db, false).lock().orElseThrow()) {
      assertEquals(ExitCodes.LOCKED, Main.run("reextract", "--db", db.toString()));
    }
  }
}
