package gapwatch.cli;

import gapwatch.report.DomainGroups;
import gapwatch.report.GroupReport;
import gapwatch.report.ReportFormats;
import gapwatch.report.ReportRenderer;
import gapwatch.store.ClaimFilter;
import gapwatch.store.Database;
import gapwatch.store.ReviewStore;
import gapwatch.store.StoredClaim;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the consensus per actor pair and domain group, and optionally every claim. */
@Command(
    name = "report",
    header = "Aggregate stored claims: consensus gap per actor pair and domain, over time.",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Per (laggard, leader, domain group): claims and their review status, distinct speakers",
      "and sources, median and range of the claimed gap (range midpoints), first and last date,",
      "and the trend by month. Rejected claims and duplicates are counted but never enter the",
      "figures. Fields corrected by curators are used."
    },
    footer = {"", ExitCodes.HELP})
final class ReportCommand implements Callable<Integer> {

  enum Format {
    table,
    json,
    csv
  }

  @Option(names = "--db", description = "SQLite file to read.")
  Path db = Settings.DEFAULT_DATABASE;

  @Option(names = "--format", description = "table (for a terminal), json or csv.")
  Format format = Format.table;

  @Mixin ClaimSelection selection = new ClaimSelection();

  @Option(
      names = "--actor",
      description = "Only claims about this actor; give it twice for a pair.")
  List<String> actors = new ArrayList<>();

  @Option(names = "--domain", description = "Only this domain group (or domains containing it).")
  @Nullable String domain;

  @Option(names = "--domains", description = "Domain group table (default: the bundled one).")
  @Nullable Path domains;

  @Option(
      names = "--claims",
      negatable = true,
      description = "List every claim before the consensus (table format only).")
  boolean listClaims = true;

  @Override
  public Integer call() throws SettingsException {
    if (!Files.isRegularFile(db)) {
      throw new SettingsException(db + ": no such database; run 'gapwatch crawl' or pass --db");
    }
    ClaimFilter filter = filter();
    DomainGroups groups = domainGroups(domains);
    GroupReport report = new GroupReport(groups);
    List<StoredClaim> listed = new ArrayList<>();
    ReviewStore store = new ReviewStore(Database.open(db));
    if (listClaims && format == Format.table) {
      store.snapshot(
          filter,
          (total, rows) -> {
            rows.map(ReviewStore.ProvenancedClaim::claim)
                .filter(c -> inDomain(c.effective().claim().domain(), groups))
                .forEach(
                    c -> {
                      report.add(c);
                      listed.add(c.effective());
                    });
            return null;
          });
    } else {
      store.summaries(
          filter.withOrder(ClaimFilter.Order.ANY),
          c -> {
            if (inDomain(c.domain(), groups)) {
              report.add(c);
            }
          });
    }
    print(report.rows(), listed);
    return ExitCodes.OK;
  }

  private boolean inDomain(@Nullable String d, DomainGroups groups) {
    if (domain == null) {
      return true;
    }
    return groups.group(d).equalsIgnoreCase(domain.strip())
        || (d != null && d.toLowerCase().contains(domain.strip().toLowerCase()));
  }

  private void print(List<GroupReport.Row> rows, List<StoredClaim> listed) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    try {
      switch (format) {
        case json -> ReportFormats.json(rows, out);
        case csv -> ReportFormats.csv(rows, out);
        case table -> {
          ReportRenderer renderer = new ReportRenderer(out);
          if (listClaims) {
            out.println("Claims (" + listed.size() + ")");
            renderer.claims(listed);
            out.println();
          }
          out.println("Consensus per actor pair and domain group");
          renderer.groups(rows);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ClaimFilter filter() throws SettingsException {
    if (actors.size() > 2) {
      throw new SettingsException("--actor: give one actor, or two for a pair");
    }
    try {
      return new ClaimFilter(
          actors.isEmpty() ? null : actors.get(0),
          actors.size() < 2 ? null : actors.get(1),
          null,
          null,
          null,
          selection.lang,
          selection.since,
          selection.until,
          null,
          null,
          selection.statuses(),
          ClaimFilter.Order.OLDEST);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
  }

  static DomainGroups domainGroups(@Nullable Path file) throws SettingsException {
    if (file == null) {
      return DomainGroups.bundled();
    }
    try {
      return DomainGroups.load(file);
    } catch (IOException e) {
      throw new SettingsException(file + ": cannot read the domain table (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
  }
}
