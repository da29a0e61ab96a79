package gapwatch.cli;

import gapwatch.crawl.CrawlStoppedException;
import gapwatch.crawl.StorageFailure;
import gapwatch.store.StorageUnavailableException;
import picocli.CommandLine;

/** The {@code gapwatch} entry point. */
public final class Main {

  /** The width of {@code --help}, in characters. */
  static final int HELP_WIDTH = 100;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  static int run(String... args) {
    CommandLine cli = new CommandLine(new GapwatchCommand());
    // The descriptions are written in lines of up to 100 characters; at picocli's default of 80
    // every line would wrap again, raggedly.
    cli.setUsageHelpWidth(HELP_WIDTH);
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
