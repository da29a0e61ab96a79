package gapwatch.report;

import gapwatch.claims.GapClaim;
import gapwatch.claims.MonthRange;
import gapwatch.store.StoredClaim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Groups claims by actor pair and domain and computes each group's consensus. Stateless. */
public final class ConsensusReport {

  private ConsensusReport() {}

  /** One consensus row per (laggard, leader, domain), most-claimed first. */
  public static List<Consensus> of(List<StoredClaim> claims) {
    Map<PairKey, List<StoredClaim>> groups = new LinkedHashMap<>();
    for (StoredClaim c : claims) {
      groups.computeIfAbsent(PairKey.of(c.claim()), k -> new ArrayList<>()).add(c);
    }
    List<Consensus> out = new ArrayList<>();
    groups.forEach((key, group) -> out.add(consensus(key, group)));
    out.sort(
        Comparator.comparingInt(Consensus::claims)
            .reversed()
            .thenComparing(c -> c.key().laggard())
            .thenComparing(c -> c.key().leader())
            .thenComparing(c -> c.key().domain()));
    return out;
  }

  private static Consensus consensus(PairKey key, List<StoredClaim> group) {
    Set<String> speakers = new HashSet<>();
    Set<String> sources = new HashSet<>();
    List<Double> midpoints = new ArrayList<>();
    Double min = null;
    Double max = null;
    String first = null;
    String last = null;
    for (StoredClaim sc : group) {
      GapClaim c = sc.claim();
      if (c.speaker() != null) {
        speakers.add(c.speaker().name());
      }
      sources.add(sc.articleUrl());
      MonthRange m = c.gap() == null ? null : c.gap().months();
      if (m != null) {
        double lo = m.min() != null ? m.min() : m.max();
        double hi = m.max() != null ? m.max() : m.min();
        midpoints.add((lo + hi) / 2);
        min = min == null ? lo : Math.min(min, lo);
        max = max == null ? hi : Math.max(max, hi);
      }
      String d = sc.published();
      if (d != null) {
        first = first == null || d.compareTo(first) < 0 ? d : first;
        last = last == null || d.compareTo(last) > 0 ? d : last;
      }
    }
    return new Consensus(
        key,
        group.size(),
        speakers.size(),
        sources.size(),
        midpoints.isEmpty() ? null : Consensus.median(midpoints),
        min,
        max,
        first,
        last);
  }
}
