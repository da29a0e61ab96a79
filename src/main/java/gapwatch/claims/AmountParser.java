package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds amounts in English and Vietnamese text and turns time spans into month ranges: digits and
 * number words, fractions and mixed units ("a year and a half"), ranges ("six months to a year",
 * "1-2 years", "a year or two", "six years, or even nine years"), hedges and open bounds ("about",
 * "at least", "up to"), vague amounts ("several years", "vài tháng") and amounts that are not times
 * ("a generation", "30 percent", "light-years"). Stateless and thread-safe.
 */
final class AmountParser {

  /** A word, a number, or a single punctuation mark, with its span. */
  private record Tok(String text, String lower, int start, int end) {}

  /** A parsed quantity: a value, or vague (value null). */
  private record Qty(@Nullable Double value, boolean vague, int next) {}

  /** A parsed unit: months per unit, or null when not a time. */
  private record Unit(@Nullable Double months, boolean figurative, int next) {}

  private enum Hedge {
    NONE,
    APPROX,
    AT_LEAST,
    AT_MOST
  }

  private record HedgeAt(Hedge hedge, int next) {}

  private static final Pattern TOKEN =
      Pattern.compile("\\d+(?:[.,]\\d+)?|[\\p{L}\\p{M}’']+|[^\\s\\p{L}\\p{M}\\d]");

  private static final Map<String, Double> NUMBERS =
      Map.ofEntries(
          Map.entry("zero", 0.0),
          Map.entry("one", 1.0),
          Map.entry("two", 2.0),
          Map.entry("three", 3.0),
          Map.entry("four", 4.0),
          Map.entry("five", 5.0),
          Map.entry("six", 6.0),
          Map.entry("seven", 7.0),
          Map.entry("eight", 8.0),
          Map.entry("nine", 9.0),
          Map.entry("ten", 10.0),
          Map.entry("eleven", 11.0),
          Map.entry("twelve", 12.0),
          Map.entry("thirteen", 13.0),
          Map.entry("fourteen", 14.0),
          Map.entry("fifteen", 15.0),
          Map.entry("sixteen", 16.0),
          Map.entry("seventeen", 17.0),
          Map.entry("eighteen", 18.0),
          Map.entry("nineteen", 19.0),
          Map.entry("twenty", 20.0),
          Map.entry("thirty", 30.0),
          Map.entry("forty", 40.0),
          Map.entry("fifty", 50.0),
          Map.entry("sixty", 60.0),
          Map.entry("seventy", 70.0),
          Map.entry("eighty", 80.0),
          Map.entry("ninety", 90.0),
          Map.entry("hundred", 100.0),
          Map.entry("dozen", 12.0),
          Map.entry("a", 1.0),
          Map.entry("an", 1.0),
          // Vietnamese; "năm" (five) is read only before a unit or "đến": it is also "year".
          Map.entry("một", 1.0),
          Map.entry("hai", 2.0),
          Map.entry("ba", 3.0),
          Map.entry("bốn", 4.0),
          Map.entry("sáu", 6.0),
          Map.entry("bảy", 7.0),
          Map.entry("tám", 8.0),
          Map.entry("chín", 9.0),
          Map.entry("mười", 10.0));

  private static final Set<String> VAGUE =
      Set.of("few", "several", "many", "some", "vài", "nhiều", "mấy", "dăm");

  private static final Map<String, Double> TIME_UNITS =
      Map.ofEntries(
          Map.entry("month", 1.0),
          Map.entry("months", 1.0),
          Map.entry("mo", 1.0),
          Map.entry("mos", 1.0),
          Map.entry("year", 12.0),
          Map.entry("years", 12.0),
          Map.entry("yr", 12.0),
          Map.entry("yrs", 12.0),
          Map.entry("decade", 120.0),
          Map.entry("decades", 120.0),
          Map.entry("century", 1200.0),
          Map.entry("centuries", 1200.0),
          Map.entry("week", 12.0 / 52),
          Map.entry("weeks", 12.0 / 52),
          Map.entry("quarter", 3.0),
          Map.entry("quarters", 3.0),
          Map.entry("tháng", 1.0),
          Map.entry("năm", 12.0),
          Map.entry("tuần", 12.0 / 52));

  /** Units of figures of speech meaning "a tiny gap": 0 months, approximate. */
  private static final Set<String> TINY =
      Set.of(
          "nanosecond",
          "nanoseconds",
          "millisecond",
          "milliseconds",
          "microsecond",
          "microseconds",
          "second",
          "seconds",
          "giây");

  /** Units of amounts that are not times. */
  private static final Set<String> OTHER_UNITS =
      Set.of(
          "generation",
          "generations",
          "node",
          "nodes",
          "percent",
          "per",
          "%",
          "percentage",
          "points",
          "times",
          "thế",
          "steps",
          "step",
          "notch",
          "notches");

  private static final Pattern FIGURATIVE =
      Pattern.compile(
          "(?i)\\b(light[- ]years?|leaps and bounds|miles|a mile|worlds apart|năm ánh sáng)\\b");

  AmountParser() {}

  /** Every amount in {@code text}, left to right, without overlaps. */
  List<AmountMention> find(String text) {
    List<AmountMention> out = new ArrayList<>();
    // Figures of speech first: "light-years" must not read as a vague "years".
    Matcher f = FIGURATIVE.matcher(text);
    while (f.find()) {
      out.add(
          new AmountMention(
              new GapAmount(null, f.group(), true), f.start(), f.end(), AmountMention.Kind.OTHER));
    }
    List<Tok> toks = tokenize(text);
    int i = 0;
    while (i < toks.size()) {
      int at = toks.get(i).start();
      if (out.stream().anyMatch(m -> m.start() <= at && at < m.end())) {
        i++;
        continue;
      }
      AmountMention m = parseAt(text, toks, i);
      if (m == null || out.stream().anyMatch(o -> o.start() < m.end() && m.start() < o.end())) {
        i++;
        continue;
      }
      out.add(m);
      while (i < toks.size() && toks.get(i).start() < m.end()) {
        i++;
      }
    }
    out.sort(java.util.Comparator.comparingInt(AmountMention::start));
    return out;
  }

  private static List<Tok> tokenize(String text) {
    List<Tok> toks = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      toks.add(new Tok(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
    }
    return toks;
  }

  private @Nullable AmountMention parseAt(String text, List<Tok> toks, int i) {
    HedgeAt h = hedge(toks, i);
    Qty q1 = quantity(toks, h.next());
    if (q1 == null
        && h.next() >= i + 2
        && toks.get(h.next() - 1).lower().equals("full")
        && isArticle(toks.get(h.next() - 2).lower())) {
      q1 = new Qty(1.0, false, h.next()); // "a full decade": the article is the number
    }
    if (q1 == null) {
      return bareVague(text, toks, i, h);
    }
    Unit u1 = unit(toks, q1.next());
    Qty half = u1 == null ? null : andAHalf(toks, u1.next());
    double v1 = q1.value() == null ? Double.NaN : q1.value() + (half != null ? 0.5 : 0);
    int after1 = half != null ? half.next() : (u1 != null ? u1.next() : q1.next());
    // A range: "<q> to <q> <unit>", "<q> <unit> to <q> <unit>", "<q>-<q> <unit>", "a year or two".
    int sep = rangeSeparator(toks, after1);
    if (sep < 0 && u1 == null && after1 < toks.size() && toks.get(after1).text().equals(",")) {
      sep = after1 + 1; // "một, hai năm": one or two years
    }
    if (sep >= 0 && !q1.vague()) {
      HedgeAt h2 = hedge(toks, sep);
      Qty q2 = quantity(toks, h2.next());
      if (q2 != null && !q2.vague()) {
        Unit u2 = unit(toks, q2.next());
        Qty half2 = u2 == null ? null : andAHalf(toks, u2.next());
        Unit unit = u2 != null ? u2 : u1;
        if (unit != null && (u1 == null || u2 == null || sameKind(u1, u2))) {
          int end = u2 != null ? (half2 != null ? half2.next() : u2.next()) : q2.next();
          double a = v1 * (u1 != null ? factor(u1) : factor(unit));
          double b = (q2.value() + (half2 != null ? 0.5 : 0)) * factor(unit);
          return mention(text, toks, i, end, unit, ordered(a, b), h.hedge(), h2.hedge());
        }
      }
    }
    if (u1 == null) {
      return null;
    }
    if (q1.vague() || q1.value() == null) {
      return vagueMention(text, toks, i, u1.next(), u1);
    }
    if (isArticleOnly(toks, h.next(), q1) && u1.months() == null && isPercent(toks, q1)) {
      return null; // "a generation" is an amount, "a percent" is not
    }
    double months = v1 * factor(u1);
    if (h.hedge() == Hedge.NONE && orMore(toks, after1)) {
      // "a decade or more": an open upper bound
      return mention(
          text, toks, i, after1 + 2, u1, new double[] {months, months}, Hedge.AT_LEAST, Hedge.NONE);
    }
    return mention(text, toks, i, after1, u1, new double[] {months, months}, h.hedge(), Hedge.NONE);
  }

  private static boolean orMore(List<Tok> toks, int at) {
    return at + 1 < toks.size()
        && toks.get(at).lower().equals("or")
        && Set.of("more", "longer").contains(toks.get(at + 1).lower());
  }

  private static boolean isArticleOnly(List<Tok> toks, int at, Qty q) {
    String w = toks.get(at).lower();
    return (w.equals("a") || w.equals("an")) && q.next() == at + 1;
  }

  private static boolean isPercent(List<Tok> toks, Qty q) {
    String w = q.next() < toks.size() ? toks.get(q.next()).lower() : "";
    return w.equals("%") || w.equals("percent") || w.equals("per") || w.equals("percentage");
  }

  private static boolean sameKind(Unit a, Unit b) {
    return (a.months() == null) == (b.months() == null);
  }

  private static double factor(Unit u) {
    return u.months() == null ? 1 : u.months();
  }

  private static double[] ordered(double a, double b) {
    return a <= b ? new double[] {a, b} : new double[] {b, a};
  }

  private AmountMention mention(
      String text,
      List<Tok> toks,
      int from,
      int toExclusive,
      Unit unit,
      double[] range,
      Hedge hedge,
      Hedge hedge2) {
    int start = toks.get(from).start();
    int end = toks.get(toExclusive - 1).end();
    String written = text.substring(start, end);
    if (unit.months() == null) {
      boolean approx = unit.figurative() || hedge != Hedge.NONE;
      return new AmountMention(
          new GapAmount(null, written, approx), start, end, AmountMention.Kind.OTHER);
    }
    Double min = round(range[0]);
    Double max = round(range[1]);
    if (hedge == Hedge.AT_LEAST) {
      max = range[0] == range[1] ? null : max;
    } else if (hedge == Hedge.AT_MOST) {
      min = range[0] == range[1] ? null : min;
    }
    if (hedge2 == Hedge.AT_LEAST) {
      max = null;
    }
    boolean approx = hedge != Hedge.NONE || hedge2 != Hedge.NONE || unit.figurative();
    return new AmountMention(
        new GapAmount(new MonthRange(min, max), written, approx),
        start,
        end,
        AmountMention.Kind.TIME);
  }

  private static Double round(double months) {
    return Math.round(months * 100) / 100.0;
  }

  private @Nullable AmountMention vagueMention(
      String text, List<Tok> toks, int from, int toExclusive, Unit unit) {
    int start = toks.get(from).start();
    int end = toks.get(toExclusive - 1).end();
    String written = text.substring(start, end);
    if (unit.months() == null) {
      return new AmountMention(
          new GapAmount(null, written, true), start, end, AmountMention.Kind.OTHER);
    }
    // "a few milliseconds", "vài phần nghìn giây": however many, a figure for no gap
    MonthRange months = unit.figurative() ? MonthRange.exactly(0) : null;
    return new AmountMention(
        new GapAmount(months, written, true), start, end, AmountMention.Kind.TIME);
  }

  /** "years" or "decades" alone: a vague time amount. */
  private @Nullable AmountMention bareVague(String text, List<Tok> toks, int i, HedgeAt h) {
    int at = h.next();
    if (at >= toks.size()) {
      return null;
    }
    String w = toks.get(at).lower();
    if (w.equals("years") || w.equals("decades") || w.equals("months")) {
      return vagueMention(text, toks, i, at + 1, new Unit(TIME_UNITS.get(w), false, at + 1));
    }
    if (TINY.contains(w) && w.endsWith("s")) {
      // "nanoseconds behind": a figure of speech for no gap at all
      Tok t = toks.get(i);
      Tok last = toks.get(at);
      return new AmountMention(
          new GapAmount(MonthRange.exactly(0), text.substring(t.start(), last.end()), true),
          t.start(),
          last.end(),
          AmountMention.Kind.TIME);
    }
    return null;
  }

  private static HedgeAt hedge(List<Tok> toks, int i) {
    String[][] approx = {
      {"about"},
      {"around"},
      {"roughly"},
      {"approximately"},
      {"approx"},
      {"nearly"},
      {"almost"},
      {"some"},
      {"close", "to"},
      {"an", "estimated"},
      {"perhaps"},
      {"maybe"},
      {"probably"},
      {"likely"},
      {"possibly"},
      {"khoảng"},
      {"chừng"},
      {"gần"},
      {"xấp", "xỉ"},
      {"ước", "tính"},
      {"độ"}
    };
    String[][] atLeast = {
      {"at", "least"},
      {"more", "than"},
      {"over"},
      {"upwards", "of"},
      {"barely", "over"},
      {"just", "over"},
      {"well", "over"},
      {"no", "less", "than"},
      {"in", "excess", "of"},
      {"hơn"},
      {"trên"},
      {"ít", "nhất"},
      {"tối", "thiểu"}
    };
    String[][] atMost = {
      {"up", "to"}, {"less", "than"}, {"under"}, {"no", "more", "than"}, {"at", "most"},
      {"within"}, {"tối", "đa"}, {"chưa", "đầy"}, {"dưới"}, {"chưa", "tới"}
    };
    String[][] flat = {
      {"only"},
      {"just"},
      {"a", "full"},
      {"fully"},
      {"as", "long", "as"},
      {"as", "much", "as"},
      {"as", "wide", "as"},
      {"as", "low", "as"},
      {"a", "mere"},
      {"mere"},
      {"chỉ"},
      {"từ"},
      {"full"},
      {"còn"}
    };
    int n = match(toks, i, atLeast);
    if (n > 0) {
      return new HedgeAt(Hedge.AT_LEAST, i + n);
    }
    n = match(toks, i, atMost);
    if (n > 0) {
      return new HedgeAt(Hedge.AT_MOST, i + n);
    }
    n = match(toks, i, approx);
    if (n > 0) {
      return new HedgeAt(Hedge.APPROX, i + n);
    }
    n = match(toks, i, flat);
    return new HedgeAt(Hedge.NONE, i + n);
  }

  private static int match(List<Tok> toks, int i, String[][] phrases) {
    for (String[] p : phrases) {
      if (i + p.length > toks.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < p.length && ok; k++) {
        ok = toks.get(i + k).lower().equals(p[k]);
      }
      if (ok) {
        return p.length;
      }
    }
    return 0;
  }

  /** A quantity: "two", "2", "1.5", "a", "half a", "a couple of", "several", "twenty-five". */
  private static @Nullable Qty quantity(List<Tok> toks, int i) {
    if (i >= toks.size()) {
      return null;
    }
    String w = toks.get(i).lower();
    if (w.equals("half") && i + 1 < toks.size() && isArticle(toks.get(i + 1).lower())) {
      return new Qty(0.5, false, i + 2);
    }
    if (w.equals("nửa")) {
      return new Qty(0.5, false, i + 1); // "nửa năm": half a year
    }

    if ((w.equals("a") || w.equals("couple"))
        && i + 2 < toks.size()
        && (w.equals("couple") || toks.get(i + 1).lower().equals("couple"))) {
      int next = w.equals("couple") ? i + 1 : i + 2;
      if (next < toks.size() && toks.get(next).lower().equals("of")) {
        next++;
      }
      return new Qty(2.0, false, next);
    }
    if (w.equals("a") && i + 1 < toks.size() && VAGUE.contains(toks.get(i + 1).lower())) {
      return new Qty(null, true, i + 2);
    }
    if (w.equals("a")
        && i + 2 < toks.size()
        && toks.get(i + 1).lower().equals("matter")
        && toks.get(i + 2).lower().equals("of")) {
      return new Qty(null, true, i + 3); // "a matter of weeks": vague, but an amount
    }
    if (VAGUE.contains(w)) {
      return new Qty(null, true, i + 1);
    }
    if (w.equals("a") && i + 1 < toks.size() && toks.get(i + 1).lower().equals("dozen")) {
      return new Qty(12.0, false, i + 2);
    }
    if (w.equals("năm")
        && i + 1 < toks.size()
        && Set.of("năm", "tháng", "tuần", "thập", "đến").contains(toks.get(i + 1).lower())) {
      return new Qty(5.0, false, i + 1); // "năm năm", "ba đến năm năm": five, before a unit
    }
    Double v = number(w);
    if (v == null) {
      return null;
    }
    int next = i + 1;
    // "twenty-five", "một năm rưỡi" handled elsewhere; compound tens here.
    if (v >= 20
        && v < 100
        && next + 1 < toks.size()
        && toks.get(next).text().equals("-")
        && number(toks.get(next + 1).lower()) != null
        && number(toks.get(next + 1).lower()) < 10) {
      v += number(toks.get(next + 1).lower());
      next += 2;
    }
    // "one and a half" before the unit
    if (next + 2 < toks.size()
        && toks.get(next).lower().equals("and")
        && isArticle(toks.get(next + 1).lower())
        && toks.get(next + 2).lower().equals("half")) {
      v += 0.5;
      next += 3;
    }
    return new Qty(v, false, next);
  }

  private static boolean isArticle(String w) {
    return w.equals("a") || w.equals("an");
  }

  private static @Nullable Double number(String w) {
    if (Character.isDigit(w.charAt(0))) {
      try {
        return Double.parseDouble(w.replace(',', '.'));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return NUMBERS.get(w);
  }

  /** A unit after a quantity, allowing a hyphen ("two-year") or "of" ("a couple of years"). */
  private static @Nullable Unit unit(List<Tok> toks, int i) {
    int at = i;
    if (at < toks.size() && toks.get(at).text().equals("-")) {
      at++;
    }
    if (at >= toks.size()) {
      return null;
    }
    String w = toks.get(at).lower();
    if ((w.equals("quarter") || w.equals("half"))
        && at + 2 < toks.size()
        && toks.get(at + 1).text().equals("-")
        && toks.get(at + 2).lower().equals("century")) {
      // "a quarter-century", "a half-century"
      return new Unit(w.equals("quarter") ? 300.0 : 600.0, false, at + 3);
    }
    Double months = TIME_UNITS.get(w);
    if (months != null) {
      return new Unit(months, false, at + 1);
    }
    // "vài phần nghìn giây", "vài mili giây", "vài giây": Vietnamese figures for no gap at all
    int sub = at;
    if (w.equals("phần")
        && at + 2 < toks.size()
        && toks.get(at + 1).lower().matches("nghìn|ngàn|triệu|tỷ")) {
      sub = at + 2;
    } else if (w.matches("mili|micro|micrô|nano|nanô") && at + 1 < toks.size()) {
      sub = at + 1;
    }
    if (toks.get(sub).lower().equals("giây")) {
      return new Unit(0.0, true, sub + 1);
    }
    // "two process nodes", "a technology generation"
    if ((w.equals("process") || w.equals("technology") || w.equals("chip") || w.equals("tech"))
        && at + 1 < toks.size()
        && OTHER_UNITS.contains(toks.get(at + 1).lower())
        && !toks.get(at + 1).lower().equals("%")) {
      at++;
      w = toks.get(at).lower();
    }
    if (w.equals("thập") && at + 1 < toks.size()) {
      String k = toks.get(at + 1).lower();
      if (k.equals("kỷ") || k.equals("niên")) {
        return new Unit(120.0, false, at + 2);
      }
    }
    if (TINY.contains(w)) {
      return new Unit(0.0, true, at + 1);
    }
    if (w.equals("%")) {
      return new Unit(null, false, at + 1);
    }
    if (OTHER_UNITS.contains(w)) {
      int next = at + 1;
      if ((w.equals("per") || w.equals("percentage"))
          && next < toks.size()
          && (toks.get(next).lower().equals("cent") || toks.get(next).lower().equals("points"))) {
        next++;
      }
      if (w.equals("per") && next == at + 1) {
        return null;
      }
      if (w.equals("thế") && !(next < toks.size() && toks.get(next).lower().equals("hệ"))) {
        return null;
      }
      return new Unit(null, false, w.equals("thế") ? next + 1 : next);
    }
    return null;
  }

  /** "and a half" / "rưỡi" after a unit: adds half a unit. */
  private static @Nullable Qty andAHalf(List<Tok> toks, int i) {
    if (i < toks.size() && toks.get(i).lower().equals("rưỡi")) {
      return new Qty(0.5, false, i + 1);
    }
    if (i + 2 < toks.size()
        && toks.get(i).lower().equals("and")
        && isArticle(toks.get(i + 1).lower())
        && toks.get(i + 2).lower().equals("half")) {
      return new Qty(0.5, false, i + 3);
    }
    return null;
  }

  /** The index after a range separator at {@code i}, or -1. */
  private static int rangeSeparator(List<Tok> toks, int i) {
    if (i >= toks.size()) {
      return -1;
    }
    String w = toks.get(i).lower();
    if (w.equals("-")
        || w.equals("–")
        || w.equals("—")
        || w.equals("to")
        || w.equals("đến")
        || w.equals("tới")
        || w.equals("and")
        || w.equals("hoặc")) {
      return i + 1;
    }
    if (w.equals("or")) {
      return i + 1 < toks.size() && toks.get(i + 1).lower().equals("even") ? i + 2 : i + 1;
    }
    if (w.equals(",")
        && i + 2 < toks.size()
        && toks.get(i + 1).lower().equals("or")
        && toks.get(i + 2).lower().equals("even")) {
      return i + 3;
    }
    if (w.equals(",")
        && i + 1 < toks.size()
        && Set.of("maybe", "perhaps", "possibly", "probably").contains(toks.get(i + 1).lower())) {
      return i + 1; // "two, maybe three years": the hedge stays with the second figure
    }
    return -1;
  }
}
