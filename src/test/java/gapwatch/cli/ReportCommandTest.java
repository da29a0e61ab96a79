package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gapwatch.claims.Relation;
import gapwatch.report.DomainGroups;
import gapwatch.store.ClaimFilter;
import gapwatch.store.ClaimFixtures;
import gapwatch.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;
  private Database db;

  @BeforeEach
  void threeClaimsInTwoGroups() {
    db = Database.open(dir.resolve("g.db"));
    ClaimFixtures fixtures = new ClaimFixtures(db);
    fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    fixtures.simple("https://news.example/b", "2024-10-02", 0.9);
    fixtures.oneClaim(
        "https://news.example/c",
        "2024-09-30",
        "Japan is two years behind South Korea in OLED panels, said Ken Ito.",
        "Japan",
        Relation.BEHIND,
        "South Korea",
        24.0,
        24.0,
        "OLED displays",
        "Ken Ito");
  }

  private String print(String domain, ReportCommand.Format format, int limit) {
    StringWriter out = new StringWriter();
    ReportCommand.print(
        db,
        ClaimFilter.all(),
        new ReportCommand.GroupFilter(DomainGroups.bundled(), domain),
        format,
        limit,
        new PrintWriter(out, true));
    return out.toString();
  }

  @Test
  void listsTheClaimsThenOneRowPerPairAndDomainGroup() {
    String table = print(null, ReportCommand.Format.table, 100);
    assertTrue(table.startsWith("Claims (3)\n"), table);
    assertTrue(table.contains("Consensus per actor pair and domain group"), table);
    assertTrue(
        table
            .lines()
            .anyMatch(
                l ->
                    l.matches(
                        "China +< +United States +AI +2 pending +1 +2 +9 +6–12"
                            + " +2024-09-13…2024-10-02 +2024-09: 9, 1; 2024-10: 9, 1")),
        table);
  }

  @Test
  void aLongListIsCutAtTheLimitAndSaysSo() {
    String table = print(null, ReportCommand.Format.table, 2);
    assertTrue(
        table.startsWith("Claims (the first 2 of 3 by number; --claims-limit N lists more)"),
        table);
    assertFalse(table.contains("news.example/c"), "the third claim is not listed:\n" + table);
    assertTrue(table.contains("displays"), "but its group is reported:\n" + table);
    assertFalse(print(null, ReportCommand.Format.table, 0).contains("Claims"));
  }

  @Test
  void aDomainGroupSelectsItsClaimsByGroupOrByText() throws Exception {
    JsonNode rows = JsonLines.MAPPER.readTree(print("displays", ReportCommand.Format.json, 0));
    assertEquals(1, rows.size());
    assertEquals("Japan", rows.get(0).get("laggard").asText());
    assertEquals(1, rows.get(0).get("claims").asInt());
    assertEquals(1, JsonLines.MAPPER.readTree(print("oled", ReportCommand.Format.json, 0)).size());
  }

  @Test
  void aNegativeLimitIsAUsageError() {
    assertEquals(
        ExitCodes.USAGE,
        Main.run("report", "--db", dir.resolve("g.db").toString(), "--claims-limit", "-1"));
  }
}
