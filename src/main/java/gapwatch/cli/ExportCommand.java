package gapwatch.cli;

import gapwatch.article.ArticleExtractor;
import gapwatch.claims.ClaimExtractor;
import gapwatch.export.DatasetExport;
import gapwatch.export.ExportOptions;
import gapwatch.store.AuditLog;
import gapwatch.store.Database;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a dataset folder of the stored claims. */
@Command(
    name = "export",
    header = "Write a dataset (JSON lines or CSV) with provenance and a dataset card.",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Writes a dataset folder: the claims in force with provenance on every row (JSON lines or",
      "CSV), a dataset card README.md and SHA256SUMS. Reads one consistent snapshot, so it is",
      "safe while a crawl runs; the folder appears only when complete."
    },
    footer = {"", ExitCodes.HELP})
final class ExportCommand implements Callable<Integer> {

  enum Format {
    jsonl,
    csv
  }

  @Option(names = "--db", description = "SQLite file to read.")
  Path db = Settings.DEFAULT_DATABASE;

  @Option(names = "--format", description = "jsonl or csv.")
  Format format = Format.jsonl;

  @Option(names = "--out", required = true, description = "The dataset folder to create.")
  Path out;

  @Mixin ClaimSelection selection = new ClaimSelection();

  @Option(names = "--domains", description = "Domain group table (default: the bundled one).")
  @Nullable Path domains;

  @Override
  public Integer call() throws SettingsException, IOException {
    if (!Files.isRegularFile(db)) {
      throw new SettingsException(db + ": no such database; run 'gapwatch crawl' or pass --db");
    }
    ExportOptions options;
    try {
      options =
          new ExportOptions(
              format == Format.csv ? ExportOptions.Format.CSV : ExportOptions.Format.JSONL,
              selection.statuses(),
              selection.since,
              selection.until,
              selection.lang);
      options.filter();
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
    Database database = Database.open(db);
    DatasetExport.Result r;
    try {
      r =
          new DatasetExport(database, ReportCommand.domainGroups(domains))
              .write(
                  options,
                  out,
                  Version.current(),
                  "article extractor "
                      + ArticleExtractor.VERSION
                      + ", claim extractor "
                      + ClaimExtractor.VERSION);
    } catch (FileAlreadyExistsException e) {
      throw new SettingsException(out + " already exists; export into a new folder");
    }
    System.out.println("exported " + r.claims() + " claims to " + r.folder());
    new AuditLog(database)
        .record(
            "export",
            r.claims()
                + " claims to "
                + r.folder().toAbsolutePath()
                + " ("
                + options.command()
                + ")",
            Instant.now());
    return ExitCodes.OK;
  }
}
