package gapwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @TempDir Path dir;

  @Test
  void createsTheFileInWalModeWithTheSchema() {
    Database db = Database.open(dir.resolve("sub/folder/g.db"));
    assertEquals(
        "wal", db.withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
    assertEquals(Migrations.ALL.size(), Migrations.currentVersion(db));
    assertEquals("ok", db.integrityCheck());
  }

  @Test
  void setsThePragmasOnEveryConnection() {
    Database db = Database.open(dir.resolve("g.db"));
    for (int i = 0; i < 3; i++) {
      assertEquals(
          1, (int) db.read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()));
      assertEquals(
          Database.BUSY_TIMEOUT_MS,
          (int) db.write(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()));
    }
  }

  @Test
  void reopeningAppliesNoMigrationTwice() {
    Path file = dir.resolve("g.db");
    Database.open(file);
    Database again = Database.open(file);
    assertEquals(
        Migrations.ALL.size(),
        (int)
            again.read(
                h ->
                    h.createQuery("SELECT COUNT(*) FROM schema_migrations")
                        .mapTo(Integer.class)
                        .one()));
  }

  @Test
  void refusesADatabaseFromANewerGapwatch() {
    Path file = dir.resolve("g.db");
    Database db = Database.open(file);
    db.write(
        h ->
            h.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'V999', 'x')"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Database.open(file));
    assertTrue(e.getMessage().contains("schema version 999"), e.getMessage());
    assertTrue(e.getMessage().contains("use a newer gapwatch"), e.getMessage());
  }

  @Test
  void readTransactionsCannotWrite() {
    Database db = Database.open(dir.resolve("g.db"));
    assertThrows(
        RuntimeException.class,
        () ->
            db.read(
                h ->
                    h.execute("INSERT INTO sources (name, url, created_at) VALUES ('a','b','c')")));
  }
}
