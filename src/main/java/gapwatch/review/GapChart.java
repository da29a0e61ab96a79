package gapwatch.review;

import gapwatch.claims.MonthRange;
import gapwatch.report.ReportRenderer;
import gapwatch.store.ReviewedClaim;
import gapwatch.store.StoredClaim;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of one actor pair's gap-over-time chart: x is the article date, y the claimed gap in
 * months; a claim with a range is a bar, an exact amount a point, an open range a bar to the top.
 * Undated claims are counted, not drawn. Immutable; the template draws it as SVG.
 *
 * @param marks one per dated claim
 * @param ticks the y axis labels
 * @param firstDate the leftmost date label
 * @param lastDate the rightmost date label
 * @param undated claims not drawn for lack of a date
 */
record GapChart(
    List<Mark> marks, List<Tick> ticks, String firstDate, String lastDate, int undated) {

  static final int WIDTH = 640;
  static final int HEIGHT = 220;
  private static final double LEFT = 44;
  private static final double RIGHT = WIDTH - 16;
  private static final double TOP = 12;
  private static final double BOTTOM = HEIGHT - 28;

  /** A claim on the chart; coordinates are formatted SVG numbers. */
  record Mark(
      long claimId,
      String status,
      boolean point,
      boolean noAmount,
      String x,
      String y1,
      String y2,
      String title) {}

  /** A y-axis label. */
  record Tick(String y, String label) {}

  /** Whether some claims were left out for lack of a date. */
  boolean hasUndated() {
    return undated > 0;
  }

  static GapChart of(List<ReviewedClaim> claims) {
    List<ReviewedClaim> dated = new ArrayList<>();
    for (ReviewedClaim c : claims) {
      if (day(c.effective().published()) != null) {
        dated.add(c);
      }
    }
    double top = yMax(dated);
    long first = dated.stream().mapToLong(c -> day(c.effective().published())).min().orElse(0);
    long last = dated.stream().mapToLong(c -> day(c.effective().published())).max().orElse(0);
    Map<Long, Integer> sameDay = new HashMap<>();
    List<Mark> marks = new ArrayList<>();
    for (ReviewedClaim c : dated) {
      long d = day(c.effective().published());
      int nth = sameDay.merge(d, 1, Integer::sum) - 1;
      double x = xOf(d, first, last) + spread(nth);
      marks.add(mark(c, x, top));
    }
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      double months = top * i / 4;
      ticks.add(new Tick(num(yOf(months, top)), ReportRenderer.months(months)));
    }
    return new GapChart(
        marks,
        ticks,
        dated.isEmpty() ? "" : LocalDate.ofEpochDay(first).toString(),
        dated.isEmpty() ? "" : LocalDate.ofEpochDay(last).toString(),
        claims.size() - dated.size());
  }

  private static Mark mark(ReviewedClaim c, double x, double top) {
    StoredClaim e = c.effective();
    MonthRange m = e.claim().gap() == null ? null : e.claim().gap().months();
    String status = c.review().status().label();
    String title =
        "#"
            + c.id()
            + " "
            + e.published()
            + ": "
            + e.claim().subject()
            + " "
            + e.claim().relation().label()
            + " "
            + e.claim().reference()
            + " "
            + ReportRenderer.gap(e.claim().gap())
            + (e.claim().speaker() == null ? "" : " — " + e.claim().speaker().name())
            + " ["
            + status
            + "]";
    if (m == null) {
      String y = num(BOTTOM - 4);
      return new Mark(c.id(), status, true, true, num(x), y, y, title);
    }
    double lo = m.min() != null ? m.min() : 0;
    double hi = m.max() != null ? m.max() : top;
    boolean point = m.min() != null && m.min().equals(m.max());
    return new Mark(
        c.id(), status, point, false, num(x), num(yOf(lo, top)), num(yOf(hi, top)), title);
  }

  private static double yMax(List<ReviewedClaim> claims) {
    double max = 12;
    for (ReviewedClaim c : claims) {
      MonthRange m =
          c.effective().claim().gap() == null ? null : c.effective().claim().gap().months();
      if (m != null) {
        max = Math.max(max, m.max() != null ? m.max() : m.min());
      }
    }
    return Math.ceil(max * 1.1 / 12) * 12;
  }

  private static double xOf(long day, long first, long last) {
    if (last == first) {
      return (LEFT + RIGHT) / 2;
    }
    return LEFT + 10 + (RIGHT - LEFT - 20) * (day - first) / (double) (last - first);
  }

  /** Claims on one day fan out left and right so each stays clickable. */
  private static double spread(int nth) {
    return nth == 0 ? 0 : ((nth % 2 == 1) ? 1 : -1) * 7 * ((nth + 1) / 2);
  }

  private static double yOf(double months, double top) {
    return BOTTOM - (BOTTOM - TOP) * months / top;
  }

  private static @Nullable Long day(@Nullable String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
