package gapwatch.cli;

import gapwatch.article.ArticleExtractor;
import gapwatch.claims.ClaimExtractor;
import gapwatch.store.AuditLog;
import gapwatch.store.Database;
import gapwatch.store.Reextraction;
import gapwatch.store.ReviewStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Re-runs extraction on the stored raw pages, keeping every curator decision. */
@Command(
    name = "reextract",
    header = "Re-run extraction on the stored raw pages, keeping curators' decisions.",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Re-runs article and claim extraction on the stored raw pages with this build's",
      "extractors. Claims keep their ids where they continue an earlier one, so curators'",
      "decisions carry over; changed claims are flagged for re-review; nothing is deleted.",
      "It takes the crawl's lock, so it does not run during a crawl (exit code 3)."
    },
    footer = {"", ExitCodes.HELP})
final class ReextractCommand implements Callable<Integer> {

  @Option(names = "--db", description = "SQLite file.")
  Path db = Settings.DEFAULT_DATABASE;

  @Option(
      names = "--since",
      paramLabel = "DAY",
      converter = DayConverter.class,
      description = "Only pages fetched on or after this day (YYYY-MM-DD).")
  @Nullable LocalDate since;

  @Option(names = "--source", description = "Only pages from this source (its name).")
  @Nullable String source;

  @Option(names = "--actors", description = "Actor alias table (default: the bundled one).")
  @Nullable Path actors;

  @Override
  public Integer call() throws SettingsException, IOException {
    if (!Files.isRegularFile(db)) {
      throw new SettingsException(db + ": no such database; run 'gapwatch crawl' or pass --db");
    }
    // A crawl and a re-extraction both write articles and claims: one at a time.
    CrawlLock.Lease lease = CrawlLock.acquire(db, false);
    if (lease.lock().isEmpty()) {
      System.err.println(
          "gapwatch: "
              + db
              + " is locked by a crawl ("
              + lease.holder()
              + "); run reextract when it has finished");
      return ExitCodes.LOCKED;
    }
    try (CrawlLock lock = lease.lock().get()) {
      return run(Database.open(db));
    }
  }

  private int run(Database database) throws SettingsException {
    List<String> known = new ReviewStore(database).sources();
    if (source != null && !known.contains(source)) {
      throw new SettingsException(
          "--source: no source is named '" + source + "'; the sources are " + known);
    }
    Stages stages = new Stages(actors);
    Reextraction.Summary s =
        new Reextraction(database, stages.articles(), stages.claims())
            .run(since, source, Instant.now());
    String line =
        String.format(
            "re-extracted %d pages (%d articles changed) with %s, %s:%n"
                + "  claims: %d new, %d changed (flagged for re-review if decided), %d unchanged,"
                + " %d gone%n  failed: %d",
            s.articles(),
            s.articlesChanged(),
            ArticleExtractor.VERSION,
            ClaimExtractor.VERSION,
            s.claimsNew(),
            s.claimsChanged(),
            s.claimsUnchanged(),
            s.claimsGone(),
            s.failures().size());
    System.out.println(line);
    s.failures().forEach(f -> System.out.println("  " + f));
    new AuditLog(database).record("reextract", line.replaceAll("\\s+", " "), Instant.now());
    return s.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }
}
