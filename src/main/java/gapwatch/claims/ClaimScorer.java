package gapwatch.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Scores predicted claims against gold claims the way the annotation guidelines (§8) describe: a
 * predicted claim matches a gold claim of the same item naming the same pair in the same
 * orientation ("X behind Y" equals "Y ahead of X"; parity is unordered), actor names compared
 * through the alias table; on matched claims the gap (within 1 month or 10 %), the speaker (last
 * name token) and the domain (a shared content word) are checked. Stateless.
 */
public final class ClaimScorer {

  /** One item: its id, language, and claims (gold or predicted). */
  public record Item(String id, String lang, List<GapClaim> claims) {}

  /** An error, for reading as classes to fix. */
  public record Error(
      String id, String kind, @Nullable GapClaim predicted, @Nullable GapClaim gold) {}

  /**
   * The figures.
   *
   * @param perLanguage precision, recall and F1 per language
   */
  public record Result(
      int items,
      int tp,
      int fp,
      int fn,
      double precision,
      double recall,
      double f1,
      double strictF1,
      double gapAccuracy,
      double speakerAccuracy,
      double domainAccuracy,
      int negativeItems,
      int negativeItemsFired,
      Map<String, double[]> perLanguage,
      List<Error> errors) {}

  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "or", "with", "by", "from",
          "its", "their", "his", "her", "this", "that", "these", "those", "is", "are", "was",
          "were", "be", "been", "as", "into", "about", "than", "over", "under", "across", "between",
          "within");

  private final ActorTable actors;

  public ClaimScorer(ActorTable actors) {
    this.actors = actors;
  }

  /** Scores {@code predicted} (by item id) against {@code gold}. */
  public Result score(List<Item> gold, Map<String, List<GapClaim>> predicted) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int strict = 0;
    int gapRight = 0;
    int speakerRight = 0;
    int domainRight = 0;
    int negatives = 0;
    int fired = 0;
    Map<String, int[]> lang = new TreeMap<>();
    List<Error> errors = new ArrayList<>();
    for (Item g : gold) {
      List<GapClaim> p = predicted.getOrDefault(g.id(), List.of());
      if (g.claims().isEmpty()) {
        negatives++;
        fired += p.isEmpty() ? 0 : 1;
      }
      List<GapClaim> open = new ArrayList<>(g.claims());
      int itemTp = 0;
      int itemFp = 0;
      for (GapClaim pc : p) {
        GapClaim match = null;
        for (GapClaim gc : open) {
          if (key(gc).equals(key(pc)) && (match == null || rank(pc, gc) > rank(pc, match))) {
            match = gc;
          }
        }
        if (match == null) {
          fp++;
          itemFp++;
          errors.add(new Error(g.id(), "false positive", pc, null));
          continue;
        }
        open.remove(match);
        tp++;
        itemTp++;
        boolean gap = gapOk(pc, match);
        boolean speaker = speakerOk(pc, match);
        boolean domain = domainOk(pc, match);
        gapRight += gap ? 1 : 0;
        speakerRight += speaker ? 1 : 0;
        domainRight += domain ? 1 : 0;
        strict += gap && speaker ? 1 : 0;
        if (!(gap && speaker && domain)) {
          errors.add(new Error(g.id(), "field mismatch", pc, match));
        }
      }
      fn += open.size();
      open.forEach(gc -> errors.add(new Error(g.id(), "missed", null, gc)));
      int[] l = lang.computeIfAbsent(g.lang(), k -> new int[3]);
      l[0] += itemTp;
      l[1] += itemFp;
      l[2] += open.size();
    }
    double[] prf = prf(tp, fp, fn);
    double[] strictPrf = prf(strict, fp + tp - strict, fn + tp - strict);
    Map<String, double[]> perLanguage = new LinkedHashMap<>();
    lang.forEach((k, v) -> perLanguage.put(k, prf(v[0], v[1], v[2])));
    return new Result(
        gold.size(),
        tp,
        fp,
        fn,
        prf[0],
        prf[1],
        prf[2],
        strictPrf[2],
        ratio(gapRight, tp),
        ratio(speakerRight, tp),
        ratio(domainRight, tp),
        negatives,
        fired,
        perLanguage,
        errors);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double[] prf(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  private int rank(GapClaim p, GapClaim g) {
    return (gapOk(p, g) ? 2 : 0) + (speakerOk(p, g) ? 1 : 0);
  }

  private String key(GapClaim c) {
    String a = actor(c.subject());
    String b = actor(c.reference());
    return switch (c.relation()) {
      case PARITY -> "parity|" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
      case BEHIND -> "gap|" + a + "|" + b;
      case AHEAD -> "gap|" + b + "|" + a;
    };
  }

  private String actor(String name) {
    return actors.canonical(name).orElse(name).toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
  }

  static boolean gapOk(GapClaim p, GapClaim g) {
    MonthRange gm = g.gap() == null ? null : g.gap().months();
    MonthRange pm = p.gap() == null ? null : p.gap().months();
    if (gm == null) {
      return pm == null;
    }
    if (pm == null) {
      return false;
    }
    double gmin = gm.min() != null ? gm.min() : gm.max();
    double gmax = gm.max() != null ? gm.max() : gm.min();
    double pmin = pm.min() != null ? pm.min() : pm.max();
    double pmax = pm.max() != null ? pm.max() : pm.min();
    return close(pmin, gmin) && close(pmax, gmax);
  }

  private static boolean close(double x, double y) {
    return Math.abs(x - y) <= Math.max(1.0, 0.1 * Math.abs(y));
  }

  static boolean speakerOk(GapClaim p, GapClaim g) {
    List<String> gs = nameTokens(g.speaker() == null ? null : g.speaker().name());
    List<String> ps = nameTokens(p.speaker() == null ? null : p.speaker().name());
    if (gs.isEmpty()) {
      return ps.isEmpty();
    }
    return !ps.isEmpty()
        && (ps.contains(gs.get(gs.size() - 1)) || gs.contains(ps.get(ps.size() - 1)));
  }

  private static List<String> nameTokens(@Nullable String name) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    for (String t : fold(name).split("\\s+")) {
      if (t.length() > 1) {
        out.add(t);
      }
    }
    return out;
  }

  static boolean domainOk(GapClaim p, GapClaim g) {
    Set<String> gd = contentTokens(g.domain());
    Set<String> pd = contentTokens(p.domain());
    if (gd.isEmpty()) {
      return pd.isEmpty();
    }
    gd.retainAll(pd);
    return !gd.isEmpty();
  }

  private static Set<String> contentTokens(@Nullable String domain) {
    Set<String> out = new HashSet<>();
    if (domain == null) {
      return out;
    }
    for (String t : fold(domain).split("\\s+")) {
      if (t.isEmpty() || STOP.contains(t)) {
        continue;
      }
      out.add(t.length() > 3 && t.endsWith("s") ? t.substring(0, t.length() - 1) : t);
    }
    return out;
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replaceAll("'s\\b", "")
        .replaceAll("[^\\p{L}\\p{N}\\s-]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
