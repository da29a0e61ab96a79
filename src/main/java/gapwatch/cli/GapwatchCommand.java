package gapwatch.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands are the pipeline's entry points. */
@Command(
    name = "gapwatch",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Collects gap claims (who is behind or ahead of whom, by how much, in what, says"
            + " who) from the technology news.",
    footer = {"", ExitCodes.HELP},
    subcommands = {
      DemoCommand.class,
      CrawlCommand.class,
      ExtractCommand.class,
      ClaimsCommand.class,
      ReportCommand.class,
      EvalCommand.class,
      BenchClaimsCommand.class,
      ServeCommand.class,
      ReextractCommand.class,
      ExportCommand.class
    })
final class GapwatchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
