package gapwatch.cli;

/** The process exit codes, documented in the README and in {@code --help}. */
final class ExitCodes {
  /** Everything worked. */
  static final int OK = 0;

  /** The run finished but some items failed; the summary gives the counts. */
  static final int PARTIAL = 1;

  /** Bad usage or configuration; nothing was done. */
  static final int USAGE = 2;

  /** Another crawl holds the lock on this database; nothing was done. */
  static final int LOCKED = 3;

  /**
   * The database cannot be written (disk full, read-only, locked too long, damaged); the message
   * says which and what to do. Nothing is half-written.
   */
  static final int STORAGE = 4;

  /** An internal error (a bug): the message and log say where. */
  static final int INTERNAL = 70;

  private ExitCodes() {}

  static final String HELP =
      "Exit codes: 0 ok; 1 finished with some failures (counts in the summary); 2 usage or"
          + " configuration error; 3 another crawl is running on the same database; 4 the database"
          + " cannot be written (disk full, read-only...); 70 internal error.";
}
