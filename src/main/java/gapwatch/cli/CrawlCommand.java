package gapwatch.cli;

import gapwatch.article.SiteProfile;
import gapwatch.crawl.CrawlStoppedException;
import gapwatch.crawl.CrawlSummary;
import gapwatch.store.Database;
import gapwatch.store.StorageUnavailableException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The nightly job: poll the configured feeds and fetch, extract and store new articles. */
@Command(
    name = "crawl",
    header = "Poll the sources, fetch new articles politely, extract and store their claims.",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Polls every enabled source, fetches new articles politely (robots.txt, per-host delay),",
      "extracts them and their gap claims, and stores everything in SQLite. Safe to run from",
      "cron: a second concurrent run exits at once (code 3), a killed run resumes next time."
    },
    footer = {"", ExitCodes.HELP})
final class CrawlCommand implements Callable<Integer> {

  @Option(names = "--config", description = "Configuration file.")
  Path config = Path.of("config", "gapwatch.yaml");

  @Option(names = "--db", description = "SQLite file (overrides the config's 'database').")
  @Nullable Path db;

  @Option(names = "--wait", description = "Wait for a running crawl to finish instead of exiting.")
  boolean waitForLock;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print every fetch.")
  boolean verbose;

  /** The site profiles in the {@code sites/} folder beside the configuration file. */
  private static List<SiteProfile> siteProfiles(Settings settings) throws SettingsException {
    Path dir = settings.file().toAbsolutePath().getParent();
    return dir == null ? List.of() : SiteProfileLoader.loadFolder(dir.resolve("sites"));
  }

  @Override
  public Integer call() throws SettingsException, IOException, InterruptedException {
    Settings settings = SettingsLoader.load(Locations.find(config), Map.of());
    Path dbFile = db != null ? db : settings.database();
    // Built before the lock: a broken site profile is reported before anything is touched.
    Stages stages = new Stages(settings.actors(), siteProfiles(settings));
    CrawlLock.Lease lease;
    try {
      lease = CrawlLock.acquire(dbFile, waitForLock);
    } catch (IOException e) {
      return refused(
          "cannot take the lock file "
              + CrawlLock.fileFor(dbFile)
              + " ("
              + e
              + "); the database's folder must exist and be writable. Nothing was done.",
          ExitCodes.STORAGE);
    }
    if (lease.lock().isEmpty()) {
      return refused(
          dbFile
              + " is locked by another crawl ("
              + lease.holder()
              + "); wait for it or use --wait",
          ExitCodes.LOCKED);
    }
    try (CrawlLock lock = lease.lock().get()) {
      Database database;
      try {
        database = Database.open(dbFile);
      } catch (StorageUnavailableException e) {
        return refused(e.getMessage() + ". Nothing was done.", ExitCodes.STORAGE);
      }
      return crawl(database, settings, stages);
    }
  }

  private int crawl(Database database, Settings settings, Stages stages)
      throws InterruptedException {
    try {
      CrawlSummary summary =
          CrawlJob.run(
              database,
              settings.crawl(),
              settings.sources(),
              stages,
              new ConsoleProgress(System.err, System.console() != null, verbose));
      CrawlJob.print(summary, database, System.out);
      return summary.partial() ? ExitCodes.PARTIAL : ExitCodes.OK;
    } catch (CrawlStoppedException e) {
      CrawlJob.print(e.summary(), database, System.out, "stopped early");
      return refused(
          "the crawl stopped: "
              + e.getMessage()
              + ". What was stored before is intact; the next run resumes where this one stopped.",
          ExitCodes.STORAGE);
    }
  }

  private static int refused(String message, int exitCode) {
    System.err.println("gapwatch: " + message);
    return exitCode;
  }
}
