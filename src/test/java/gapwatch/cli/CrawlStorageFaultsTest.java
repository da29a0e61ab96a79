package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.crawl.CrawlStoppedException;
import gapwatch.crawl.CrawlSummary;
import gapwatch.store.Database;
import gapwatch.store.StorageUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Catalogue cases G7 and G8: storage that fails as a whole. A full disk (SQLite's {@code
 * max_page_count}, which answers SQLITE_FULL as a real one does) stops the run with a clear message
 * and a sound database, and the next run completes it; a database that cannot be written is refused
 * before any fetch, with exit code 4 and no stack trace.
 */
class CrawlStorageFaultsTest extends WholeCrawlTest {

  private static final int ARTICLES = 8;

  @Test
  void aFullDiskStopsTheRunCleanlyAndTheNextRunCompletesIt() throws Exception {
    h.feed("/feed.xml", "/a0");
    h.article("/a0", 60);
    h.crawl(h.source());
    String[] links = new String[ARTICLES];
    for (int i = 0; i < ARTICLES; i++) {
      links[i] = "/a" + i;
      h.article(links[i], 60 + i);
    }
    h.feed("/feed.xml", links);
    int pages = h.count("PRAGMA page_count");
    Database full = Database.open(h.db.file(), config -> config.setMaxPageCount(pages + 2));

    CrawlStoppedException e =
        assertThrows(CrawlStoppedException.class, () -> h.crawlInto(full, h.source()));

    assertTrue(e.getMessage().contains("the disk is full (SQLITE_FULL)"), e.getMessage());
    assertTrue(e.getMessage().contains(h.db.file().toString()), "says which file");
    assertTrue(e.summary().articlesNew() < ARTICLES - 1, e.summary().toString());
    assertEquals("ok", h.db.integrityCheck());
    assertEquals(
        h.count("SELECT COUNT(*) FROM urls WHERE status = 'done'"),
        h.count("SELECT COUNT(*) FROM articles"),
        "every URL marked done has its article: nothing half-written");
    CrawlSummary next = h.crawl(h.source());
    assertFalse(next.partial(), h.progress.toString());
    assertEquals(ARTICLES, h.count("SELECT COUNT(*) FROM articles"));
    assertEquals(ARTICLES, h.count("SELECT COUNT(DISTINCT url_id) FROM fetches"));
    assertEquals(ARTICLES, h.count("SELECT COUNT(*) FROM fetches"), "nothing stored twice");
  }

  @Test
  void aReadOnlyDatabaseIsRefusedWithWhatToDo() {
    StorageUnavailableException e =
        assertThrows(
            StorageUnavailableException.class,
            () -> Database.open(h.db.file(), config -> config.setReadOnly(true)));
    assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    assertTrue(e.getMessage().contains("--db"), "says what to do: " + e.getMessage());
  }

  @Test
  void aFileThatIsNotADatabaseEndsTheCrawlCommandWithCodeFourBeforeAnyFetch() throws Exception {
    Path notADatabase = dir.resolve("notes.db");
    Files.writeString(notADatabase, "these are my notes, not a database\n".repeat(200));
    Path config = dir.resolve("crawl.yaml");
    Files.writeString(
        config,
        "sources:\n  - name: site\n    url: "
            + h.url("/feed.xml")
            + "\n    allowPrivateAddresses: true\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int code;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      code = Main.run("crawl", "--config", config.toString(), "--db", notADatabase.toString());
    } finally {
      System.setErr(saved);
    }
    String said = err.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCodes.STORAGE, code, said);
    assertTrue(said.contains(notADatabase + ": the file is damaged or not a gapwatch database"));
    assertFalse(said.contains("\tat "), "no stack trace for an expected failure: " + said);
    assertEquals(0, h.site.requestCount(), "nothing fetched");
  }
}
