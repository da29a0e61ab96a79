package gapwatch.cli;

import gapwatch.crawl.CrawlStoppedException;
import gapwatch.crawl.CrawlSummary;
import gapwatch.report.DomainGroups;
import gapwatch.store.ClaimFilter;
import gapwatch.store.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The offline demo: the bundled corpus served on loopback, crawled, extracted and reported. */
@Command(
    name = "demo",
    header = "Crawl the bundled corpus on loopback into a fresh database and print what it found.",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Serves the bundled corpus/ on a loopback HTTP server, crawls it through its feeds with the",
      "same code a real crawl uses, extracts articles and gap claims into a fresh SQLite file, and",
      "prints the report 'gapwatch report' gives: the claims, then the consensus per actor pair",
      "and domain group. Needs no internet."
    },
    footer = {"", ExitCodes.HELP})
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--db", description = "SQLite file to create (replaced if it exists).")
  Path db = Path.of("data", "demo.db");

  @Option(names = "--config", description = "Demo configuration ({corpus} is the server's URL).")
  Path config = Path.of("config", "demo.yaml");

  @Option(names = "--corpus", description = "Folder of the offline news site to serve.")
  Path corpus = Path.of("corpus");

  @Option(
      names = {"-v", "--verbose"},
      description = "Print every fetch.")
  boolean verbose;

  @Override
  public Integer call()
      throws SettingsException, IOException, InterruptedException, CrawlStoppedException {
    PrintStream out = System.out;
    Path corpusDir = Locations.find(corpus);
    if (!Files.isDirectory(corpusDir)) {
      throw new SettingsException(
          corpus + ": no such folder; run from the gapwatch folder or pass --corpus");
    }
    Path configFile = Locations.find(config);
    try (CorpusServer server = CorpusServer.start(corpusDir)) {
      out.println("serving " + corpusDir + " at " + server.base());
      Settings settings =
          SettingsLoader.load(configFile, Map.of("corpus", server.base().toString()));
      deleteIfExists(db);
      Database database = Database.open(db);
      out.println("database " + db.toAbsolutePath() + " (new)");
      Stages stages = new Stages(settings.actors());
      CrawlSummary summary =
          CrawlJob.run(
              database,
              settings.crawl().withPerHostDelay(Duration.ZERO),
              settings.sources(),
              stages,
              new ConsoleProgress(System.err, System.console() != null, verbose));
      out.println();
      CrawlJob.print(summary, database, out);
      PrintWriter w = new PrintWriter(out, true, StandardCharsets.UTF_8);
      w.println();
      ReportCommand.print(
          database,
          ClaimFilter.all(),
          new ReportCommand.GroupFilter(DomainGroups.bundled(), null),
          ReportCommand.Format.table,
          ReportCommand.DEFAULT_CLAIMS_LIMIT,
          w);
      return summary.partial() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
  }

  private static void deleteIfExists(Path db) throws IOException {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(db + suffix));
    }
  }
}
