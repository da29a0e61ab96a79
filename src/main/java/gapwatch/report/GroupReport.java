package gapwatch.report;

import gapwatch.claims.GapClaim;
import gapwatch.claims.MonthRange;
import gapwatch.store.ClaimSummary;
import gapwatch.store.ReviewStatus;
import gapwatch.store.ReviewedClaim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The report per (laggard, leader, domain group), built one claim at a time so it can run over a
 * stream of any length: per group it keeps counts, the speakers and articles seen and one number
 * per claim with an amount. Claims are counted under their review status; rejected claims and
 * duplicates are counted but never enter the figures (speakers, sources, median, range, dates,
 * trend). Fields in force (curator corrections applied) are used. Not thread-safe.
 */
public final class GroupReport {

  /**
   * One row of the report.
   *
   * @param key laggard, leader and domain group
   * @param statuses how many matching claims have each review status
   * @param consensus the figures of the claims that stand
   * @param trend per month (YYYY-MM) of article date, the claims that stand and their median
   */
  public record Row(
      PairKey key, Map<ReviewStatus, Integer> statuses, Consensus consensus, List<Month> trend) {
    public Row {
      statuses = Map.copyOf(statuses);
      trend = List.copyOf(trend);
    }

    /** All matching claims, whatever their status. */
    public int total() {
      return statuses.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * A month of a group's trend.
   *
   * @param month YYYY-MM
   * @param claims claims that stand, dated that month
   * @param medianMonths their median gap (range midpoints), if any gave an amount
   */
  public record Month(String month, int claims, @Nullable Double medianMonths) {}

  private static final class Group {
    final Map<ReviewStatus, Integer> statuses = new EnumMap<>(ReviewStatus.class);
    final Set<String> speakers = new HashSet<>();
    final Set<String> sources = new HashSet<>();
    final List<Double> midpoints = new ArrayList<>();
    final Map<String, List<Double>> byMonth = new TreeMap<>();
    final Map<String, Integer> countByMonth = new HashMap<>();
    int standing;
    @Nullable Double min;
    @Nullable Double max;
    @Nullable String first;
    @Nullable String last;
  }

  private final DomainGroups domains;
  private final Map<PairKey, Group> groups = new LinkedHashMap<>();
  private final Map<String, String> groupOfDomain = new HashMap<>();

  public GroupReport(DomainGroups domains) {
    this.domains = domains;
  }

  /** The group key of a claim's fields in force. */
  public PairKey key(GapClaim c) {
    return PairKey.of(c.subject(), c.reference(), c.relation(), domains.group(c.domain()));
  }

  /** Counts a claim in its group. */
  public void add(ReviewedClaim rc) {
    add(ClaimSummary.of(rc));
  }

  /** Counts a claim in its group. */
  public void add(ClaimSummary c) {
    String domain =
        c.domain() == null
            ? DomainGroups.UNSPECIFIED
            : groupOfDomain.computeIfAbsent(c.domain(), domains::group);
    PairKey key = PairKey.of(c.subject(), c.reference(), c.relation(), domain);
    Group g = groups.computeIfAbsent(key, k -> new Group());
    ReviewStatus status = c.status();
    g.statuses.merge(status, 1, Integer::sum);
    if (status == ReviewStatus.REJECTED || status == ReviewStatus.DUPLICATE) {
      return;
    }
    g.standing++;
    if (c.speaker() != null) {
      g.speakers.add(c.speaker());
    }
    g.sources.add(c.articleUrl());
    Double mid = midpoint(c.gap(), g);
    String d = c.published();
    if (d != null) {
      g.first = g.first == null || d.compareTo(g.first) < 0 ? d : g.first;
      g.last = g.last == null || d.compareTo(g.last) > 0 ? d : g.last;
      if (d.length() >= 7) {
        String month = d.substring(0, 7);
        g.countByMonth.merge(month, 1, Integer::sum);
        List<Double> m = g.byMonth.computeIfAbsent(month, x -> new ArrayList<>());
        if (mid != null) {
          m.add(mid);
        }
      }
    }
  }

  private static @Nullable Double midpoint(@Nullable MonthRange m, Group g) {
    if (m == null) {
      return null;
    }
    double lo = m.min() != null ? m.min() : m.max();
    double hi = m.max() != null ? m.max() : m.min();
    g.midpoints.add((lo + hi) / 2);
    g.min = g.min == null ? lo : Math.min(g.min, lo);
    g.max = g.max == null ? hi : Math.max(g.max, hi);
    return (lo + hi) / 2;
  }

  /** The rows, most claims first, then by laggard, leader and domain. */
  public List<Row> rows() {
    List<Row> out = new ArrayList<>();
    groups.forEach((key, g) -> out.add(row(key, g)));
    out.sort(
        Comparator.comparingInt(Row::total)
            .reversed()
            .thenComparing(r -> r.key().laggard())
            .thenComparing(r -> r.key().leader())
            .thenComparing(r -> r.key().domain()));
    return out;
  }

  private static Row row(PairKey key, Group g) {
    Consensus c =
        new Consensus(
            key,
            g.standing,
            g.speakers.size(),
            g.sources.size(),
            g.midpoints.isEmpty() ? null : Consensus.median(g.midpoints),
            g.min,
            g.max,
            g.first,
            g.last);
    List<Month> trend = new ArrayList<>();
    g.byMonth.forEach(
        (month, mids) ->
            trend.add(
                new Month(
                    month,
                    g.countByMonth.get(month),
                    mids.isEmpty() ? null : Consensus.median(mids))));
    return new Row(key, g.statuses, c, trend);
  }
}
