package gapwatch.cli;

import gapwatch.report.DomainGroups;
import gapwatch.report.GroupReport;
import gapwatch.report.ReportFormats;
import gapwatch.report.ReportRenderer;
import gapwatch.store.ClaimFilter;
import gapwatch.store.ClaimSummaries;
import gapwatch.store.Database;
import gapwatch.store.ReviewStore;
import gapwatch.store.ReviewedClaim;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
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
      paramLabel = "NAME",
      showDefaultValue = CommandLine.Help.Visibility.NEVER,
      description = "Only claims about this actor; give it twice for a pair.")
  List<String> actors = new ArrayList<>();

  @Option(names = "--domain", description = "Only this domain group (or domains containing it).")
  @Nullable String domain;

  @Option(names = "--domains", description = "Domain group table (default: the bundled one).")
  @Nullable Path domains;

  @Option(
      names = "--claims",
      negatable = true,
      description = "List the claims before the consensus (table format only). On by default.")
  boolean listClaims = true;

  @Option(
      names = "--claims-limit",
      paramLabel = "N",
      description = "List at most N claims, by claim number.")
  int claimsLimit = DEFAULT_CLAIMS_LIMIT;

  /** The most claims a table lists unless told otherwise. */
  static final int DEFAULT_CLAIMS_LIMIT = 100;

  @Override
  public Integer call() throws SettingsException {
    if (!Files.isRegularFile(db)) {
      throw new SettingsException(db + ": no such database; run 'gapwatch crawl' or pass --db");
    }
    if (claimsLimit < 0) {
      throw new SettingsException(
          "--claims-limit: " + claimsLimit + " is negative; give 0 or more");
    }
    ClaimFilter filter = filter();
    DomainGroups groups = domainGroups(domains);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    int listed = listClaims && format == Format.table ? claimsLimit : 0;
    print(Database.open(db), filter, new GroupFilter(groups, domain), format, listed, out);
    return ExitCodes.OK;
  }

  /**
   * The claims a report covers: those of the filter whose domain group is {@code domain} or whose
   * domain contains it, every one when {@code domain} is null.
   */
  record GroupFilter(DomainGroups groups, @Nullable String domain) {

    boolean test(@Nullable String claimDomain) {
      if (domain == null) {
        return true;
      }
      String d = domain.strip();
      return groups.group(claimDomain).equalsIgnoreCase(d)
          || (claimDomain != null
              && claimDomain.toLowerCase(Locale.ROOT).contains(d.toLowerCase(Locale.ROOT)));
    }
  }

  /**
   * Prints the report of the claims matching {@code filter} and {@code groups}: up to {@code
   * listLimit} claims by claim number, then one row per actor pair and domain group (as a table, or
   * as JSON or CSV with no claim list).
   */
  static void print(
      Database db,
      ClaimFilter filter,
      GroupFilter groups,
      Format format,
      int listLimit,
      PrintWriter out) {
    List<GroupReport.Row> rows =
        GroupReport.of(
                new ClaimSummaries(db), filter, groups.groups(), k -> groups.test(k.domain()))
            .rows();
    try {
      switch (format) {
        case json -> ReportFormats.json(rows, out);
        case csv -> ReportFormats.csv(rows, out);
        case table -> table(db, filter, groups, rows, listLimit, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(
      Database db,
      ClaimFilter filter,
      GroupFilter groups,
      List<GroupReport.Row> rows,
      int listLimit,
      PrintWriter out) {
    ReportRenderer renderer = new ReportRenderer(out);
    if (listLimit > 0) {
      int total = rows.stream().mapToInt(GroupReport.Row::total).sum();
      List<ReviewedClaim> listed =
          new ReviewStore(db)
              .stream(
                  filter.withOrder(ClaimFilter.Order.ID),
                  claims ->
                      claims
                          .filter(c -> groups.test(c.effective().claim().domain()))
                          .limit(listLimit)
                          .toList());
      out.println(
          listed.size() < total
              ? "Claims (the first "
                  + listed.size()
                  + " of "
                  + total
                  + " by number; --claims-limit N lists more)"
              : "Claims (" + total + ")");
      renderer.claims(listed);
      out.println();
    }
    out.println("Consensus per actor pair and domain group");
    renderer.groups(rows);
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
    } catch (NoSuchFileException e) {
      throw new SettingsException(
          file + ": no such file; pass a domain table like config/domains.tsv to --domains");
    } catch (IOException e) {
      throw new SettingsException(file + ": cannot read the domain table (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
  }
}
