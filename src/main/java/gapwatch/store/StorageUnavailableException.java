package gapwatch.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteException;

/**
 * The database cannot be written as a whole — the disk is full, the file is read-only, locked by
 * another program for too long, failing or damaged — as opposed to a problem with one statement.
 * The transaction that met it was rolled back. The message says what, where and what to do.
 */
public final class StorageUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The exception for {@code failure} when its root is such an SQLite error on {@code file}, or
   * empty when it is something else (a bug in a statement, a constraint).
   */
  static Optional<StorageUnavailableException> of(Path file, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLiteException e) {
        return advice(e.getResultCode().name())
            .map(what -> new StorageUnavailableException(file + ": " + what, failure));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> advice(String code) {
    String c = code.toUpperCase(Locale.ROOT);
    if (c.startsWith("SQLITE_FULL")) {
      return Optional.of(
          "the disk is full (SQLITE_FULL); free space (the database and its -wal file need room"
              + " to grow) and run again");
    }
    if (c.startsWith("SQLITE_READONLY")) {
      return Optional.of(
          "the database is read-only ("
              + code
              + "); check the permissions of the file and its folder and the file system, or"
              + " use --db with a writable file");
    }
    if (c.startsWith("SQLITE_BUSY") || c.startsWith("SQLITE_LOCKED")) {
      return Optional.of(
          "the database stayed locked by another program for too long ("
              + code
              + "); let it finish and run again");
    }
    if (c.startsWith("SQLITE_CANTOPEN")) {
      return Optional.of(
          "the database file cannot be opened (" + code + "); check that its folder is writable");
    }
    if (c.startsWith("SQLITE_IOERR")) {
      return Optional.of("disk I/O error (" + code + "); check the disk and run again");
    }
    if (c.startsWith("SQLITE_CORRUPT") || c.startsWith("SQLITE_NOTADB")) {
      return Optional.of(
          "the file is damaged or not a gapwatch database ("
              + code
              + "); restore it from a backup or use --db with another file");
    }
    return Optional.empty();
  }
}
