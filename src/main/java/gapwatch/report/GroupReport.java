package gapwatch.report;

import gapwatch.claims.MonthRange;
import gapwatch.store.ClaimFilter;
import gapwatch.store.ClaimKey;
import gapwatch.store.ClaimSummaries;
import gapwatch.store.ClaimSummary;
import gapwatch.store.ReviewStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The report per (laggard, leader, domain group), built one claim at a time so it can run over a
 * stream of millions: per group it keeps counts, and per claim that stands a few numbers in
 * primitive arrays (speaker, source, gap midpoint), never the claim itself. Claims are counted
 * under their review status; rejected claims and duplicates are counted but never enter the figures
 * (speakers, sources, median, range, dates, trend). Not thread-safe.
 */
public final class GroupReport implements Consumer<ClaimSummary> {

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

  /** The group of the claims left out: counted nowhere. */
  private static final Group NONE = new Group();

  private final DomainGroups domains;
  private final Predicate<ClaimKey> include;
  private final Map<ClaimKey, Group> byClaimKey = new HashMap<>();
  private final Map<PairKey, Group> groups = new HashMap<>();
  private final Map<String, Integer> speakers = new HashMap<>();
  private @Nullable String lastDate;
  private @Nullable String lastMonth;

  /** A report of every claim added. */
  public GroupReport(DomainGroups domains) {
    this(domains, key -> true);
  }

  /** A report of the claims added whose key {@code include} accepts (asked once per key). */
  public GroupReport(DomainGroups domains, Predicate<ClaimKey> include) {
    this.domains = domains;
    this.include = include;
  }

  /**
   * The report of the claims matching {@code filter} whose key {@code include} accepts, read in
   * parts at the same time, one per processor (at most four), and merged.
   */
  public static GroupReport of(
      ClaimSummaries summaries,
      ClaimFilter filter,
      DomainGroups domains,
      Predicate<ClaimKey> include) {
    int parts = Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors());
    List<GroupReport> reports =
        summaries.readInParts(filter, parts, () -> new GroupReport(domains, include));
    GroupReport all = reports.get(0);
    reports.subList(1, reports.size()).forEach(all::addAll);
    return all;
  }

  /** The most parts {@link #of} reads at once. */
  static final int MAX_PARTS = 4;

  /** The group of a claim with these fields in force. */
  public PairKey key(ClaimKey k) {
    return key(domains, k);
  }

  /** The group of a claim with these fields in force, under {@code domains}. */
  public static PairKey key(DomainGroups domains, ClaimKey k) {
    return PairKey.of(k.subject(), k.reference(), k.relation(), domains.group(k.domain()));
  }

  /** Counts a claim in its group (as {@link #add}). */
  @Override
  public void accept(ClaimSummary c) {
    add(c);
  }

  /** Counts a claim in its group. */
  public void add(ClaimSummary c) {
    Group g = byClaimKey.computeIfAbsent(c.key(), this::group);
    if (g == NONE) {
      return;
    }
    g.statuses[c.status().ordinal()]++;
    if (!c.stands()) {
      return;
    }
    g.standing++;
    if (c.speaker() != null) {
      g.speakers.add(speakers.computeIfAbsent(c.speaker(), s -> speakers.size()));
    }
    g.sources.add(c.source());
    double mid = g.addGap(c.gap());
    String date = c.published();
    if (date != null) {
      g.first = g.first == null || date.compareTo(g.first) < 0 ? date : g.first;
      g.last = g.last == null || date.compareTo(g.last) > 0 ? date : g.last;
      String month = month(date);
      if (month != null) {
        g.months.computeIfAbsent(month, m -> new MonthTally()).add(mid);
      }
    }
  }

  /**
   * Adds the claims another report counted, as if they had been added here: for reports of parts of
   * one stream, made with the same domain groups.
   */
  public void addAll(GroupReport other) {
    int[] speakerIds = new int[other.speakers.size()];
    other.speakers.forEach(
        (name, id) -> speakerIds[id] = speakers.computeIfAbsent(name, s -> speakers.size()));
    other.groups.forEach(
        (key, g) -> groups.computeIfAbsent(key, k -> new Group()).addAll(g, speakerIds));
  }

  private Group group(ClaimKey k) {
    return include.test(k) ? groups.computeIfAbsent(key(k), x -> new Group()) : NONE;
  }

  /** YYYY-MM of a date, remembered for the run of claims from one article. */
  private @Nullable String month(String date) {
    if (!date.equals(lastDate)) {
      lastDate = date;
      lastMonth = date.length() >= 7 ? date.substring(0, 7) : null;
    }
    return lastMonth;
  }

  /** The rows, most claims first, then by laggard, leader, domain and parity. */
  public List<Row> rows() {
    List<Row> out = new ArrayList<>();
    groups.forEach((key, g) -> out.add(g.row(key)));
    out.sort(
        Comparator.comparingInt(Row::total)
            .reversed()
            .thenComparing(r -> r.key().laggard())
            .thenComparing(r -> r.key().leader())
            .thenComparing(r -> r.key().domain())
            .thenComparing(r -> r.key().parity()));
    return out;
  }

  private static final class Group {
    final int[] statuses = new int[ReviewStatus.values().length];
    final Ints speakers = new Ints();
    final Ints sources = new Ints();
    final Doubles midpoints = new Doubles();
    final Map<String, MonthTally> months = new TreeMap<>();
    int standing;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    @Nullable String first;
    @Nullable String last;

    /** Adds a gap to the range and the midpoints; returns its midpoint, NaN for none. */
    double addGap(@Nullable MonthRange m) {
      if (m == null) {
        return Double.NaN;
      }
      double lo = m.min() != null ? m.min() : m.max();
      double hi = m.max() != null ? m.max() : m.min();
      min = Math.min(min, lo);
      max = Math.max(max, hi);
      double mid = (lo + hi) / 2;
      midpoints.add(mid);
      return mid;
    }

    void addAll(Group o, int[] speakerIds) {
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] += o.statuses[i];
      }
      standing += o.standing;
      speakers.addAll(o.speakers, speakerIds);
      sources.addAll(o.sources, null);
      midpoints.addAll(o.midpoints);
      min = Math.min(min, o.min);
      max = Math.max(max, o.max);
      first = first == null || (o.first != null && o.first.compareTo(first) < 0) ? o.first : first;
      last = last == null || (o.last != null && o.last.compareTo(last) > 0) ? o.last : last;
      o.months.forEach((m, t) -> months.computeIfAbsent(m, x -> new MonthTally()).addAll(t));
    }

    Row row(PairKey key) {
      boolean ranged = min <= max;
      Consensus c =
          new Consensus(
              key,
              standing,
              speakers.distinct(),
              sources.distinct(),
              midpoints.median(),
              ranged ? min : null,
              ranged ? max : null,
              first,
              last);
      List<Month> trend = new ArrayList<>();
      months.forEach((m, t) -> trend.add(new Month(m, t.claims, t.midpoints.median())));
      Map<ReviewStatus, Integer> counts = new EnumMap<>(ReviewStatus.class);
      for (ReviewStatus s : ReviewStatus.values()) {
        if (statuses[s.ordinal()] > 0) {
          counts.put(s, statuses[s.ordinal()]);
        }
      }
      return new Row(key, counts, c, trend);
    }
  }

  private static final class MonthTally {
    final Doubles midpoints = new Doubles();
    int claims;

    void add(double mid) {
      claims++;
      if (!Double.isNaN(mid)) {
        midpoints.add(mid);
      }
    }

    void addAll(MonthTally o) {
      claims += o.claims;
      midpoints.addAll(o.midpoints);
    }
  }

  /** A growing list of ints that counts its distinct values. */
  private static final class Ints {
    private int[] values = new int[8];
    private int size;

    void add(int v) {
      if (size > 0 && values[size - 1] == v) {
        return; // a run of claims from one article or speaker: counted once anyway
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    /** Adds another list's values, each through {@code map} when there is one. */
    void addAll(Ints o, int @Nullable [] map) {
      for (int i = 0; i < o.size; i++) {
        add(map == null ? o.values[i] : map[o.values[i]]);
      }
    }

    int distinct() {
      Arrays.sort(values, 0, size);
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (i == 0 || values[i] != values[i - 1]) {
          n++;
        }
      }
      return n;
    }
  }

  /** A growing list of doubles with a median. */
  private static final class Doubles {
    private double[] values = new double[8];
    private int size;

    void add(double v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(Doubles o) {
      for (int i = 0; i < o.size; i++) {
        add(o.values[i]);
      }
    }

    @Nullable Double median() {
      if (size == 0) {
        return null;
      }
      Arrays.sort(values, 0, size);
      int h = size / 2;
      return size % 2 == 1 ? values[h] : (values[h - 1] + values[h]) / 2;
    }
  }
}
