package gapwatch.report;

import gapwatch.claims.GapAmount;
import gapwatch.claims.GapClaim;
import gapwatch.store.ReviewedClaim;
import gapwatch.store.StoredClaim;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Renders claims and consensus rows as plain-text tables for a terminal or cron mail. */
public final class ReportRenderer {

  private final PrintWriter out;

  public ReportRenderer(PrintWriter out) {
    this.out = out;
  }

  /**
   * One row per claim, with its fields in force and its review status; {@code ?} after the relation
   * marks a low-confidence extraction.
   */
  public void claims(List<ReviewedClaim> claims) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "#",
          "subject",
          "relation",
          "reference",
          "gap (months)",
          "domain",
          "speaker",
          "status",
          "source"
        });
    for (ReviewedClaim rc : claims) {
      StoredClaim sc = rc.effective();
      GapClaim c = sc.claim();
      rows.add(
          new String[] {
            String.valueOf(rc.id()),
            c.subject(),
            c.relation().label() + (sc.needsReview() ? " ?" : ""),
            c.reference(),
            gap(c.gap()),
            c.domain() == null ? "" : c.domain(),
            c.speaker() == null
                ? "(newsroom)"
                : c.speaker().name()
                    + (c.speaker().affiliation() == null ? "" : ", " + c.speaker().affiliation()),
            rc.review().status().label(),
            sc.articleTitle() == null ? sc.articleUrl() : sc.articleTitle()
          });
    }
    table(rows, new int[] {5, 16, 10, 16, 14, 28, 30, 9, 36});
  }

  /**
   * One row per actor pair and domain group: its claims by review status, then the figures of the
   * claims that stand (rejected claims and duplicates left out) and the trend by month.
   */
  public void groups(List<GroupReport.Row> rows) {
    List<String[]> table = new ArrayList<>();
    table.add(
        new String[] {
          "laggard",
          "",
          "leader",
          "domain",
          "claims",
          "speakers",
          "sources",
          "median",
          "range",
          "dates",
          "trend (month: median, claims)"
        });
    for (GroupReport.Row r : rows) {
      Consensus c = r.consensus();
      table.add(
          new String[] {
            r.key().laggard(),
            r.key().parity() ? "=" : "<",
            r.key().leader(),
            r.key().domain(),
            statuses(r),
            String.valueOf(c.speakers()),
            String.valueOf(c.sources()),
            c.medianMonths() == null ? "" : months(c.medianMonths()),
            range(c),
            dates(c.firstDate(), c.lastDate()),
            trend(r.trend())
          });
    }
    table(table, new int[] {16, 1, 16, 24, 30, 8, 7, 6, 9, 21, 40});
  }

  /** The claims by status, e.g. "3 accepted, 1 rejected". */
  private static String statuses(GroupReport.Row r) {
    List<String> parts = new ArrayList<>();
    r.statuses().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> parts.add(e.getValue() + " " + e.getKey().label()));
    return String.join(", ", parts);
  }

  private static String range(Consensus c) {
    if (c.minMonths() == null) {
      return "";
    }
    String lo = months(c.minMonths());
    String hi = months(c.maxMonths());
    return lo.equals(hi) ? lo : lo + "–" + hi;
  }

  private static String trend(List<GroupReport.Month> months) {
    List<String> parts = new ArrayList<>();
    for (GroupReport.Month m : months) {
      parts.add(
          m.month()
              + ": "
              + (m.medianMonths() == null ? "–" : months(m.medianMonths()))
              + ", "
              + m.claims());
    }
    return String.join("; ", parts);
  }

  private static String dates(@Nullable String first, @Nullable String last) {
    if (first == null) {
      return "";
    }
    String f = first.length() > 10 ? first.substring(0, 10) : first;
    String l = last == null ? f : (last.length() > 10 ? last.substring(0, 10) : last);
    return f.equals(l) ? f : f + "…" + l;
  }

  /** A gap as shown in tables: {@code ~6–12}, {@code ≥24}, or the quoted text when vague. */
  public static String gap(@Nullable GapAmount gap) {
    if (gap == null) {
      return "";
    }
    if (gap.months() == null) {
      return "\"" + gap.text() + "\"";
    }
    Double lo = gap.months().min();
    Double hi = gap.months().max();
    String range =
        lo == null
            ? "≤" + months(hi)
            : hi == null
                ? "≥" + months(lo)
                : lo.equals(hi) ? months(lo) : months(lo) + "–" + months(hi);
    return (gap.approximate() ? "~" : "") + range;
  }

  /** Months without a needless decimal: {@code 6}, {@code 1.5}. */
  public static String months(@Nullable Double m) {
    if (m == null) {
      return "";
    }
    return m == Math.rint(m) ? String.valueOf(m.longValue()) : String.format("%.1f", m);
  }

  private void table(List<String[]> rows, int[] maxWidths) {
    int cols = maxWidths.length;
    int[] widths = new int[cols];
    for (String[] r : rows) {
      for (int i = 0; i < cols; i++) {
        widths[i] = Math.min(maxWidths[i], Math.max(widths[i], r[i].length()));
      }
    }
    for (int n = 0; n < rows.size(); n++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        String cell = rows.get(n)[i];
        if (cell.length() > widths[i]) {
          cell = cell.substring(0, Math.max(0, widths[i] - 1)) + "…";
        }
        line.append(cell).append(" ".repeat(widths[i] - cell.length()));
        if (i < cols - 1) {
          line.append("  ");
        }
      }
      out.println(line.toString().stripTrailing());
      if (n == 0) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < cols; i++) {
          rule.append("-".repeat(widths[i])).append(i < cols - 1 ? "  " : "");
        }
        out.println(rule);
      }
    }
    out.flush();
  }
}
