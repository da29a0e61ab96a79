package gapwatch.review;

import gapwatch.claims.GapClaim;
import gapwatch.report.Consensus;
import gapwatch.report.DomainGroups;
import gapwatch.report.GroupReport;
import gapwatch.report.PairKey;
import gapwatch.report.ReportRenderer;
import gapwatch.store.ClaimFilter;
import gapwatch.store.ClaimKey;
import gapwatch.store.ClaimSummaries;
import gapwatch.store.ReviewStatus;
import gapwatch.store.ReviewStore;
import gapwatch.store.ReviewedClaim;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard: per actor pair and domain group, the consensus of the claims that stand (not
 * rejected, not duplicates) over every claim matching the filter, and the claimed gap over time as
 * an SVG chart (each claim a mark coloured by review status, linked to it). A chart draws at most
 * {@link #MAX_DRAWN} claims: the overview draws every group's chart when all its claims fit, else
 * it links each group to its own page, which draws the group's newest claims. Thread-safe.
 */
final class Dashboard {

  /** The most claims one page draws, unless told otherwise. */
  static final int MAX_DRAWN = 2_000;

  private final ReviewStore store;
  private final ClaimSummaries summaries;
  private final int maxDrawn;

  Dashboard(ReviewStore store, ClaimSummaries summaries, int maxDrawn) {
    this.store = store;
    this.summaries = summaries;
    this.maxDrawn = maxDrawn;
  }

  /** One actor pair and domain group. */
  record Group(
      int index,
      String laggard,
      String relation,
      String leader,
      String domain,
      String href,
      String claims,
      String statusCounts,
      @Nullable String median,
      String range,
      String speakers,
      String sources,
      String dates,
      @Nullable GapChart chart,
      @Nullable String drawn) {}

  /** The page's template scope. */
  record Page(
      String pageTitle,
      String csrf,
      String curator,
      @Nullable String flash,
      @Nullable String error,
      String back,
      Map<String, String> filter,
      List<Views.Option> statuses,
      @Nullable String overview,
      @Nullable String note,
      List<Group> groups) {}

  String page(Context ctx, QueueParams p) {
    Session s = AccessGuard.session(ctx);
    String error = null;
    ClaimFilter filter;
    try {
      filter = p.filter();
      if (!p.values().containsKey("status")) {
        filter = filter.withStatuses(Set.of());
      }
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
      filter = ClaimFilter.all();
    }
    PairKey one = selected(ctx);
    Built built = one == null ? overview(filter, p) : single(filter, one, p);
    return Templates.render(
        "dashboard",
        new Page(
            "Dashboard",
            s.csrf(),
            s.curator().orElse(""),
            s.takeFlash(),
            error,
            "/dashboard",
            p.values(),
            Views.options(
                List.of("all", "pending", "accepted", "rejected", "duplicate"),
                p.values().getOrDefault("status", "all")),
            one == null
                ? null
                : "/dashboard" + (p.query(null).isEmpty() ? "" : "?" + p.query(null)),
            built.note(),
            built.groups()));
  }

  private record Built(List<Group> groups, @Nullable String note) {}

  /** Every group; charts only when all the claims fit on one page. */
  private Built overview(ClaimFilter filter, QueueParams p) {
    GroupReport report = GroupReport.of(summaries, filter, DomainGroups.bundled(), k -> true);
    List<GroupReport.Row> rows = report.rows();
    int total = rows.stream().mapToInt(GroupReport.Row::total).sum();
    Map<PairKey, List<ReviewedClaim>> drawn = new HashMap<>();
    String note = null;
    if (total <= maxDrawn) {
      store.stream(
          filter.withOrder(ClaimFilter.Order.ID),
          claims -> {
            claims.forEach(
                c -> drawn.computeIfAbsent(key(report, c), k -> new ArrayList<>()).add(c));
            return null;
          });
    } else {
      note =
          String.format(
              "%,d claims are too many to draw on one page; open a pair to see its chart.", total);
    }
    List<Group> out = new ArrayList<>();
    for (GroupReport.Row r : rows) {
      List<ReviewedClaim> claims = drawn.get(r.key());
      out.add(group(out.size() + 1, r, claims, p));
    }
    return new Built(out, note);
  }

  /** One group, with a chart of its newest claims. */
  private Built single(ClaimFilter filter, PairKey one, QueueParams p) {
    DomainGroups domains = DomainGroups.bundled();
    ClaimFilter pair = filter.withPair(one.laggard(), one.leader());
    GroupReport report =
        GroupReport.of(summaries, pair, domains, k -> GroupReport.key(domains, k).equals(one));
    List<GroupReport.Row> rows = report.rows();
    if (rows.isEmpty()) {
      return new Built(List.of(), null);
    }
    List<ReviewedClaim> newest =
        store.stream(
            pair.withOrder(ClaimFilter.Order.NEWEST),
            claims -> claims.filter(c -> one.equals(key(report, c))).limit(maxDrawn).toList());
    return new Built(List.of(group(1, rows.get(0), newest, p)), null);
  }

  private static PairKey key(GroupReport report, ReviewedClaim c) {
    GapClaim e = c.effective().claim();
    return report.key(new ClaimKey(e.subject(), e.reference(), e.relation(), e.domain()));
  }

  /** The group chosen by the parameters laggard, leader, group and parity, if all are given. */
  static @Nullable PairKey selected(Context ctx) {
    String laggard = ctx.queryParam("laggard");
    String leader = ctx.queryParam("leader");
    String group = ctx.queryParam("group");
    if (laggard == null || leader == null || group == null) {
      return null;
    }
    return new PairKey(laggard, leader, "1".equals(ctx.queryParam("parity")), group);
  }

  private static Group group(
      int index, GroupReport.Row r, @Nullable List<ReviewedClaim> claims, QueueParams p) {
    Consensus c = r.consensus();
    PairKey key = r.key();
    return new Group(
        index,
        key.laggard(),
        key.parity() ? "level with" : "behind",
        key.leader(),
        key.domain(),
        href(key, p),
        count(r.total(), "claim"),
        statusCounts(r.statuses()),
        c.medianMonths() == null ? null : ReportRenderer.months(c.medianMonths()),
        c.minMonths() == null
            ? ""
            : ReportRenderer.months(c.minMonths()) + "–" + ReportRenderer.months(c.maxMonths()),
        count(c.speakers(), "speaker"),
        count(c.sources(), "source"),
        c.firstDate() == null ? "" : dates(c.firstDate(), c.lastDate()),
        claims == null ? null : GapChart.of(claims),
        claims == null || claims.size() >= r.total()
            ? null
            : String.format(
                "The chart draws the newest %,d of these %,d claims; narrow the dates to see"
                    + " older ones.",
                claims.size(), r.total()));
  }

  /** The page of one group, under the same filter. */
  private static String href(PairKey key, QueueParams p) {
    String filter = p.query(null);
    return "/dashboard?"
        + (filter.isEmpty() ? "" : filter + "&")
        + "laggard="
        + encode(key.laggard())
        + "&leader="
        + encode(key.leader())
        + "&group="
        + encode(key.domain())
        + (key.parity() ? "&parity=1" : "");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** "1 claim", "2,000 claims". */
  private static String count(int n, String noun) {
    return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  private static String statusCounts(Map<ReviewStatus, Integer> n) {
    return n.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> String.format("%,d %s", e.getValue(), e.getKey().label()))
        .collect(Collectors.joining(", "));
  }

  private static String dates(String first, @Nullable String last) {
    String f = first.length() > 10 ? first.substring(0, 10) : first;
    String l = last == null ? f : last.length() > 10 ? last.substring(0, 10) : last;
    return f.equals(l) ? f : f + " … " + l;
  }
}
