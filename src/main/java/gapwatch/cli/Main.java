package gapwatch.cli;

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
    cli.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          if (ex instanceof SettingsException) {
            cmd.getErr().println("gapwatch: " + ex.getMessage());
            return ExitCodes.USAGE;
          }
          cmd.getErr().println("gapwatch: internal error: " + ex);
          ex.printStackTrace(cmd.getErr());
          return ExitCodes.INTERNAL;
        });
    return cli.execute(args);
  }
}
