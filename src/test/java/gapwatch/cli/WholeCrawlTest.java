package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of whole-run crawl tests: a fresh {@link CrawlHarness} (loopback site and SQLite
 * file) per test, and after each test the promise every fault must keep: the database is sound.
 * Designed for extension by test classes only.
 */
abstract class WholeCrawlTest {

  @TempDir Path dir;
  CrawlHarness h;

  @BeforeEach
  void startHarness() throws IOException {
    h = new CrawlHarness(dir);
  }

  @AfterEach
  void databaseStaysSound() {
    try {
      assertEquals("ok", h.db.integrityCheck());
    } finally {
      h.close();
    }
  }
}
