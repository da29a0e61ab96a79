package gapwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gapwatch.claims.Evidence;
import gapwatch.claims.GapAmount;
import gapwatch.claims.GapClaim;
import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import gapwatch.claims.Speaker;
import gapwatch.store.StoredClaim;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsensusReportTest {

  private static StoredClaim claim(
      long id,
      String subject,
      Relation r,
      String reference,
      Double min,
      Double max,
      String speaker,
      String url,
      String date) {
    GapAmount gap = min == null ? null : new GapAmount(new MonthRange(min, max), "x", false);
    return new StoredClaim(
        id,
        new GapClaim(
            subject,
            reference,
            r,
            gap,
            "LLMs",
            speaker == null ? null : new Speaker(speaker, null),
            new Evidence("s", 0, 1),
            0.9),
        false,
        url,
        "t",
        date,
        "en");
  }

  @Test
  void foldsBothOrientationsIntoOnePairWithMedianOfMidpoints() {
    List<Consensus> rows =
        ConsensusReport.of(
            List.of(
                claim(
                    1,
                    "China",
                    Relation.BEHIND,
                    "United States",
                    6.0,
                    12.0,
                    "A",
                    "u1",
                    "2024-09-13"),
                claim(
                    2,
                    "United States",
                    Relation.AHEAD,
                    "China",
                    12.0,
                    24.0,
                    "B",
                    "u2",
                    "2024-10-01"),
                claim(
                    3,
                    "China",
                    Relation.BEHIND,
                    "United States",
                    24.0,
                    24.0,
                    "A",
                    "u2",
                    "2024-09-20"),
                claim(4, "China", Relation.BEHIND, "United States", null, null, null, "u3", null)));
    assertEquals(1, rows.size());
    Consensus c = rows.get(0);
    assertEquals(new PairKey("China", "United States", false, "llms"), c.key());
    assertEquals(4, c.claims());
    assertEquals(2, c.speakers());
    assertEquals(3, c.sources());
    assertEquals(18.0, c.medianMonths(), "midpoints 9, 18, 24 → 18");
    assertEquals(6.0, c.minMonths());
    assertEquals(24.0, c.maxMonths());
    assertEquals("2024-09-13", c.firstDate());
    assertEquals("2024-10-01", c.lastDate());
  }

  @Test
  void keepsParityApartFromGaps() {
    List<Consensus> rows =
        ConsensusReport.of(
            List.of(
                claim(1, "United States", Relation.PARITY, "China", null, null, null, "u1", null),
                claim(2, "China", Relation.BEHIND, "United States", 6.0, 6.0, null, "u1", null)));
    assertEquals(2, rows.size());
    assertEquals(
        1,
        rows.stream().filter(r -> r.key().parity() && r.key().laggard().equals("China")).count());
  }
}
