package gapwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Versioned schema migrations: {@code migrations/V<nnn>__<name>.sql} class-path resources, applied
 * in order, each in its own transaction, and recorded in {@code schema_migrations}. A database
 * whose version is newer than this build's is refused rather than misread.
 */
final class Migrations {

  /** Every migration, in order. Add new ones at the end; never edit an applied one. */
  static final List<String> ALL =
      List.of(
          "V001__initial.sql",
          "V002__crawl_reliability.sql",
          "V003__review.sql",
          "V004__export_reextract.sql",
          "V005__crawl_followup.sql",
          "V006__report_speed.sql",
          "V007__queue_speed.sql");

  private Migrations() {}

  static void apply(Database db) {
    db.write(
        h -> {
          h.execute(
              "CREATE TABLE IF NOT EXISTS schema_migrations ("
                  + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
          return null;
        });
    int current = currentVersion(db);
    if (current > ALL.size()) {
      throw new IllegalStateException(
          db.file()
              + " has schema version "
              + current
              + " but this gapwatch knows only up to "
              + ALL.size()
              + "; use a newer gapwatch");
    }
    for (int v = current + 1; v <= ALL.size(); v++) {
      String name = ALL.get(v - 1);
      String sql = read(name);
      int version = v;
      db.write(
          h -> {
            executeScript(h, name, sql);
            h.createUpdate(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")
                .bind(0, version)
                .bind(1, name)
                .bind(2, Instant.now().toString())
                .execute();
            return null;
          });
    }
  }

  /**
   * Runs a whole script through SQLite itself, which splits statements correctly; Jdbi's script
   * splitter cuts trigger bodies ({@code BEGIN ...; END}) at their inner semicolons.
   */
  private static void executeScript(Handle h, String name, String sql) {
    try (Statement st = h.getConnection().createStatement()) {
      st.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("migration " + name + " failed: " + e.getMessage(), e);
    }
  }

  static int currentVersion(Database db) {
    return db.read(
        h ->
            h.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
                .mapTo(Integer.class)
                .one());
  }

  private static String read(String name) {
    String path = "/gapwatch/store/migrations/" + name;
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("migration " + path + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
