package gapwatch.cli;

import gapwatch.crawl.CrawlStoppedException;
import gapwatch.crawl.StorageFailure;
import gapwatch.store.StorageUnavailableException;
import picocli.CommandLine;

/** The {@code gapwatch} entry point. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  static int run(String... args) {
    CommandLine cli = new CommandLine(new GapwatchCommand());
    // Descriptions are written as lines of up to 100 characters; a narrower width would break them
    // mid-sentence.
    cli.setUsageHelpWidth(100);
    cli.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          if (ex instanceof SettingsException) {
            cmd.getErr().println("gapwatch: " + ex.getMessage());
            return ExitCodes.USAGE;
          }
          if (ex instanceof StorageUnavailableException
              || ex instanceof StorageFailure
              || ex instanceof CrawlStoppedException) {
            cmd.getErr().println("gapwatch: " + ex.getMessage());
            return ExitCodes.STORAGE;
          }
          cmd.getErr().println("gapwatch: internal error: " + ex);
          ex.printStackTrace(cmd.getErr());
          return ExitCodes.INTERNAL;
        });
    return cli.execute(args);
  }
}
