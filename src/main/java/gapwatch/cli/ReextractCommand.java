package gapwatch.cli;

import gapwatch.article.ArticleExtractor;
import gapwatch.claims.ClaimExtractor;
import gapwatch.store.AuditLog;
import gapwatch.store.Database;
import gapwatch.store.Reextraction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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
      "Run it while no crawl is running."
    },
    footer = {"", ExitCodes.HELP})
final class ReextractCommand implements Callable<Integer> {

  @Option(names = "--db", description = "SQLite file.")
  Path db = Settings.DEFAULT_DATABASE;

  @Option(names = "--since", description = "Only pages fetched on or after this day (YYYY-MM-DD).")
  @Nullable LocalDate since;

  @Option(names = "--source", description = "Only pages from this source (its name).")
  @Nullable String source;

  @Option(names = "--actors", description = "Actor alias table (default: the bundled one).")
  @Nullable Path actors;

  @Override
  public Integer call() throws SettingsException {
    if (!Files.isRegularFile(db)) {
      throw new SettingsException(db + ": no such database; run 'gapwatch crawl' or pass --db");
    }
    Database database = Database.open(db);
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
