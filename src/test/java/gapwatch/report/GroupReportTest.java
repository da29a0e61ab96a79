package gapwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import gapwatch.store.ClaimKey;
import gapwatch.store.ClaimSummary;
import gapwatch.store.ReviewStatus;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupReportTest {

  private static ClaimSummary claim(
      long id,
      String domain,
      double min,
      double max,
      String speaker,
      String date,
      ReviewStatus status) {
    return new ClaimSummary(
        new ClaimKey("China", "United States", Relation.BEHIND, domain),
        status,
        new MonthRange(min, max),
        speaker,
        (int) id,
        date);
  }

  @Test
  void synonymsInAnyLanguageFallIntoOneDomainGroup() {
    DomainGroups g = DomainGroups.bundled();
    assertEquals("LLMs", g.group("LLMs"));
    assertEquals("LLMs", g.group("large language models that generate text"));
    assertEquals("LLMs", g.group("mô hình ngôn ngữ lớn (LLM) tạo văn bản"));
    assertEquals("LLMs", g.group("online LLMs"));
    assertEquals("quantum computing", g.group("Quantum Computing"));
    assertEquals("semiconductors", g.group("AI chips"), "the longest name wins");
    assertEquals(DomainGroups.UNSPECIFIED, g.group(null));
    assertEquals("a field of its own", g.group("A  field of its OWN"));
  }

  @Test
  void aBadTableLineSaysWhereAndWhat() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DomainGroups.parse("# c\nLLMs only one column\n", "domains.tsv"));
    assertTrue(e.getMessage().contains("domains.tsv line 2"), e.getMessage());
  }

  @Test
  void rejectedClaimsAreCountedButLeftOutOfTheFiguresAndTheTrendIsByMonth() throws Exception {
    GroupReport report = new GroupReport(DomainGroups.bundled());
    report.add(claim(1, "LLMs", 6, 12, "A", "2024-09-13", ReviewStatus.ACCEPTED));
    report.add(claim(2, "large language models", 12, 24, "B", "2024-09-20", ReviewStatus.PENDING));
    report.add(claim(3, "mô hình ngôn ngữ lớn", 24, 24, "C", "2024-10-02", ReviewStatus.PENDING));
    report.add(claim(4, "LLMs", 100, 200, "D", "2024-10-03", ReviewStatus.REJECTED));
    List<GroupReport.Row> rows = report.rows();
    assertEquals(1, rows.size());
    GroupReport.Row r = rows.get(0);
    assertEquals("LLMs", r.key().domain());
    assertEquals(4, r.total());
    assertEquals(
        Map.of(ReviewStatus.ACCEPTED, 1, ReviewStatus.PENDING, 2, ReviewStatus.REJECTED, 1),
        r.statuses());
    assertEquals(3, r.consensus().claims());
    assertEquals(3, r.consensus().speakers());
    assertEquals(18.0, r.consensus().medianMonths());
    assertEquals(6.0, r.consensus().minMonths());
    assertEquals(24.0, r.consensus().maxMonths());
    assertEquals("2024-10-02", r.consensus().lastDate());
    assertEquals(
        List.of(
            new GroupReport.Month("2024-09", 2, 13.5), new GroupReport.Month("2024-10", 1, 24.0)),
        r.trend());
    StringWriter csv = new StringWriter();
    ReportFormats.csv(rows, csv);
    assertTrue(csv.toString().contains("2024-09:2:13.5;2024-10:1:24"), csv.toString());
    StringWriter json = new StringWriter();
    ReportFormats.json(rows, json);
    assertTrue(json.toString().contains("\"domain_group\" : \"LLMs\""), json.toString());
  }

  @Test
  void aCsvCellThatCouldRunAsAFormulaGetsAnApostrophe() {
    for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
      assertEquals("'" + s, CsvCells.defang(s));
    }
    assertEquals("China", CsvCells.defang("China"));
    assertEquals("", CsvCells.defang(""));
  }
}
