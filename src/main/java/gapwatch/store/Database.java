package gapwatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A gapwatch SQLite database file. Every connection gets the same pragmas (WAL, synchronous=NORMAL,
 * foreign keys, a busy timeout); writes run in {@code BEGIN IMMEDIATE} transactions, so a writer
 * never fails half-way on a lock upgrade; reads run in deferred transactions, which in WAL mode see
 * one consistent snapshot while a crawl writes. Thread-safe.
 */
public final class Database {

  /** How long a connection waits for another writer before failing with SQLITE_BUSY. */
  static final int BUSY_TIMEOUT_MS = 30_000;

  private final Path file;
  private final Jdbi writer;
  private final Jdbi reader;

  private Database(Path file, Consumer<SQLiteConfig> writerConfig) {
    this.file = file;
    SQLiteConfig w = config(SQLiteConfig.TransactionMode.IMMEDIATE, false);
    writerConfig.accept(w);
    this.writer = Jdbi.create(dataSource(file, w));
    this.reader =
        Jdbi.create(dataSource(file, config(SQLiteConfig.TransactionMode.DEFERRED, true)));
  }

  /**
   * Opens (creating when missing) the database at {@code file} and brings its schema up to date.
   *
   * @throws IllegalStateException when the file was written by a newer gapwatch
   * @throws StorageUnavailableException when the file cannot be opened or written
   */
  public static Database open(Path file) {
    return open(file, config -> {});
  }

  /**
   * Opens {@code file} with extra settings on every write connection: how tests make storage fail
   * as it does in the field, e.g. {@code setMaxPageCount} for a full disk ({@code SQLITE_FULL}) or
   * {@code setReadOnly} for a read-only file system.
   */
  public static Database open(Path file, Consumer<SQLiteConfig> writerConfig) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder for database " + file, e);
    }
    Database db = new Database(file, writerConfig);
    Migrations.apply(db);
    db.probeWrite();
    return db;
  }

  /**
   * Writes the header's user version back unchanged: a database that cannot be written (read-only
   * file or file system) fails here, when opened, rather than after a crawl has fetched pages.
   */
  private void probeWrite() {
    write(
        h -> {
          int v = h.createQuery("PRAGMA user_version").mapTo(Integer.class).one();
          h.execute("PRAGMA user_version = " + v);
          return null;
        });
  }

  private static SQLiteConfig config(SQLiteConfig.TransactionMode mode, boolean readOnly) {
    SQLiteConfig config = new SQLiteConfig();
    if (!readOnly) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL); // persistent: set once by the writer
    }
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setTransactionMode(mode);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setReadOnly(readOnly);
    return config;
  }

  private static SQLiteDataSource dataSource(Path file, SQLiteConfig config) {
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return ds;
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /**
   * Runs {@code work} in one write transaction ({@code BEGIN IMMEDIATE}); commits on return, rolls
   * back on an exception.
   *
   * @throws StorageUnavailableException when the database cannot be written at all (disk full,
   *     read-only, locked too long, I/O error, damaged)
   */
  public <T> T write(HandleCallback<T, RuntimeException> work) {
    try {
      return writer.inTransaction(work);
    } catch (JdbiException e) {
      throw StorageUnavailableException.of(file, e).orElseThrow(() -> e);
    }
  }

  /**
   * Runs {@code work} in one read transaction: a consistent snapshot of the database.
   *
   * @throws StorageUnavailableException when the database cannot be read (locked, damaged...)
   */
  public <T> T read(HandleCallback<T, RuntimeException> work) {
    try {
      return reader.inTransaction(work);
    } catch (JdbiException e) {
      throw StorageUnavailableException.of(file, e).orElseThrow(() -> e);
    }
  }

  /** Runs {@code work} on a connection outside any transaction (PRAGMA, VACUUM). */
  public <T> T withHandle(HandleCallback<T, RuntimeException> work) {
    return writer.withHandle(work);
  }

  /** The result of {@code PRAGMA integrity_check}: "ok" when the file is sound. */
  public String integrityCheck() {
    return withHandle(
        h -> String.join("; ", h.createQuery("PRAGMA integrity_check").mapTo(String.class).list()));
  }

  /** A handle for ad-hoc use in tests and tools; the caller closes it. */
  Handle openHandle() {
    return writer.open();
  }
}
