package gapwatch.cli;

import gapwatch.report.ConsensusReport;
import gapwatch.report.ReportRenderer;
import gapwatch.store.ClaimStore;
import gapwatch.store.Database;
import gapwatch.store.StoredClaim;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the stored claims and the consensus per actor pair and domain. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = "Prints the stored claims and the consensus per actor pair and domain.",
    footer = {"", ExitCodes.HELP})
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--db", description = "SQLite file to read.")
  Path db = Settings.DEFAULT_DATABASE;

  @Option(
      names = "--claims",
      negatable = true,
      description = "List every claim before the consensus.")
  boolean listClaims = true;

  @Override
  public Integer call() throws SettingsException {
    if (!Files.isRegularFile(db)) {
      throw new SettingsException(db + ": no such database; run 'gapwatch crawl' or pass --db");
    }
    Database database = Database.open(db);
    List<StoredClaim> claims = new ClaimStore(database).all();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    ReportRenderer renderer = new ReportRenderer(out);
    if (listClaims) {
      out.println("Claims (" + claims.size() + ")");
      renderer.claims(claims);
      out.println();
    }
    out.println("Consensus per actor pair and domain");
    renderer.consensus(ConsensusReport.of(claims));
    return ExitCodes.OK;
  }
}
