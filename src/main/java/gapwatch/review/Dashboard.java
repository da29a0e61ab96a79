package gapwatch.review;

import gapwatch.report.Consensus;
import gapwatch.report.DomainGroups;
import gapwatch.report.GroupReport;
import gapwatch.report.PairKey;
import gapwatch.report.ReportRenderer;
import gapwatch.store.ClaimFilter;
import gapwatch.store.ReviewStatus;
import gapwatch.store.ReviewStore;
import gapwatch.store.ReviewedClaim;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard: per actor pair and domain group, the claimed gap over time as an SVG chart (each
 * claim a mark coloured by review status, linked to it) and the consensus of the claims that stand
 * (not rejected, not duplicates). Thread-safe.
 */
final class Dashboard {

  /** The most claims one dashboard draws. */
  static final int MAX_CLAIMS = 20_000;

  private final ReviewStore store;

  Dashboard(ReviewStore store) {
    this.store = store;
  }

  /** One actor pair and domain. */
  record Group(
      int index,
      String laggard,
      String relation,
      String leader,
      String domain,
      int claims,
      String statusCounts,
      @Nullable String median,
      String range,
      int speakers,
      int sources,
      String dates,
      GapChart chart) {}

  /** The page's template scope. */
  record Page(
      String pageTitle,
      String csrf,
      String curator,
      @Nullable String flash,
      @Nullable String error,
      String back,
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
    List<ReviewedClaim> claims = store.list(filter, MAX_CLAIMS, 0).claims();
    return Templates.render(
        "dashboard",
        new Page(
            "Dashboard",
            s.csrf(),
            s.curator().orElse(""),
            s.takeFlash(),
            error,
            "/dashboard",
            groups(claims)));
  }

  static List<Group> groups(List<ReviewedClaim> claims) {
    GroupReport keys = new GroupReport(DomainGroups.bundled());
    Map<PairKey, List<ReviewedClaim>> byKey = new LinkedHashMap<>();
    for (ReviewedClaim c : claims) {
      byKey.computeIfAbsent(keys.key(c.effective().claim()), k -> new ArrayList<>()).add(c);
    }
    List<Map.Entry<PairKey, List<ReviewedClaim>>> entries = new ArrayList<>(byKey.entrySet());
    entries.sort(
        Comparator.comparing((Map.Entry<PairKey, List<ReviewedClaim>> e) -> -e.getValue().size())
            .thenComparing(e -> e.getKey().laggard())
            .thenComparing(e -> e.getKey().leader())
            .thenComparing(e -> e.getKey().domain()));
    List<Group> out = new ArrayList<>();
    for (Map.Entry<PairKey, List<ReviewedClaim>> e : entries) {
      out.add(group(out.size() + 1, e.getKey(), e.getValue()));
    }
    return out;
  }

  private static Group group(int index, PairKey key, List<ReviewedClaim> claims) {
    GroupReport one = new GroupReport(DomainGroups.bundled());
    claims.forEach(one::add);
    Consensus c = one.rows().get(0).consensus();
    return new Group(
        index,
        key.laggard(),
        key.parity() ? "level with" : "behind",
        key.leader(),
        key.domain(),
        claims.size(),
        statusCounts(claims),
        c.medianMonths() == null ? null : ReportRenderer.months(c.medianMonths()),
        c.minMonths() == null
            ? ""
            : ReportRenderer.months(c.minMonths()) + "–" + ReportRenderer.months(c.maxMonths()),
        c.speakers(),
        c.sources(),
        c.firstDate() == null ? "" : dates(c.firstDate(), c.lastDate()),
        GapChart.of(claims));
  }

  private static String statusCounts(List<ReviewedClaim> claims) {
    Map<ReviewStatus, Long> n = new EnumMap<>(ReviewStatus.class);
    for (ReviewedClaim c : claims) {
      n.merge(c.review().status(), 1L, Long::sum);
    }
    return n.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().label())
        .collect(Collectors.joining(", "));
  }

  private static String dates(String first, @Nullable String last) {
    String f = first.length() > 10 ? first.substring(0, 10) : first;
    String l = last == null ? f : last.length() > 10 ? last.substring(0, 10) : last;
    return f.equals(l) ? f : f + " … " + l;
  }
}
