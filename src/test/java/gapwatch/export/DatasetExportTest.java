package gapwatch.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import gapwatch.report.DomainGroups;
import gapwatch.store.ClaimFields;
import gapwatch.store.ClaimFixtures;
import gapwatch.store.Database;
import gapwatch.store.DecisionRequest;
import gapwatch.store.ReviewStatus;
import gapwatch.store.ReviewStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExportTest {

  @TempDir Path dir;
  private Database db;
  private ClaimFixtures fixtures;
  private DatasetExport export;
  private final Instant now = Instant.parse("2024-10-02T00:00:00Z");

  @BeforeEach
  void setUp() {
    db = Database.open(dir.resolve("g.db"));
    fixtures = new ClaimFixtures(db);
    export = new DatasetExport(db, DomainGroups.bundled());
  }

  private ExportOptions options(ExportOptions.Format f, Set<ReviewStatus> statuses) {
    return new ExportOptions(f, statuses, null, null, null);
  }

  private DatasetExport.Result run(ExportOptions o, String name) throws IOException {
    return export.write(o, dir.resolve(name), "test", "extractors test");
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  @Test
  void spreadsheetFormulasInCellsAreNeutralisedAndTheRestRoundTrips() throws IOException {
    String s = "=HYPERLINK(\"http://evil.example\",\"x\") says China trails the US.";
    String text = "Intro.\n\n" + s;
    fixtures.article(
        "https://news.example/evil",
        "@SUM(1+1), \"quoted\"\nand a second line",
        "2024-09-13",
        text,
        List.of(
            ClaimFixtures.claim(
                text,
                s,
                "China",
                Relation.BEHIND,
                "United States",
                6.0,
                12.0,
                "+cmd|' /C calc'!A0",
                "-2+3",
                0.9)));
    Path out = run(options(ExportOptions.Format.CSV, Set.of()), "csv").folder();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerFor(Map.class)
            .with(schema)
            .readValues(out.resolve("claims.csv").toFile())) {
      Map<String, String> row = it.next();
      assertEquals("'" + s, row.get("evidence"));
      assertEquals("'@SUM(1+1), \"quoted\"\nand a second line", row.get("article_title"));
      assertEquals("'+cmd|' /C calc'!A0", row.get("domain"));
      assertEquals("'-2+3", row.get("speaker"));
      assertEquals("China", row.get("subject"), "ordinary cells are unchanged");
      assertEquals("6.0", row.get("gap_min_months"));
      assertFalse(it.hasNext());
    }
  }

  @Test
  void theCardsCountsMatchTheData() throws IOException {
    long a = fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    fixtures.simple("https://news.example/b", "2024-09-20", 0.5);
    long c = fixtures.simple("https://news.example/c", "2024-10-02", 0.7);
    ReviewStore review = new ReviewStore(db);
    review.decide(a, 0, "Ann", new DecisionRequest.Accept(), now);
    review.decide(c, 0, "Ann", new DecisionRequest.Reject("no"), now);
    Path out = run(options(ExportOptions.Format.JSONL, Set.of()), "all").folder();
    List<String> rows = lines(out.resolve("claims.jsonl"));
    ObjectMapper json = new ObjectMapper();
    Map<String, Long> byStatus =
        rows.stream()
            .map(l -> read(json, l).get("review_status").asText())
            .collect(
                java.util.stream.Collectors.groupingBy(
                    x -> x, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    String card = Files.readString(out.resolve("README.md"));
    assertEquals(rows.size(), number(card, "- Claims: (\\d+)"));
    for (Map.Entry<String, Long> e : byStatus.entrySet()) {
      assertEquals(e.getValue().intValue(), number(card, e.getKey() + " (\\d+)"), e.getKey());
    }
    assertTrue(card.contains("Articles published: 2024-09-13 to 2024-10-02"), card);
    assertTrue(card.contains("## Rights in the quoted text"));
    assertTrue(card.contains("`gapwatch export --format jsonl --out DIR`"), card);
    for (DatasetRow.Column col : DatasetRow.COLUMNS) {
      assertTrue(card.contains("| `" + col.name() + "` |"), col.name());
      assertTrue(read(json, rows.get(0)).has(col.name()), col.name());
    }
    Path accepted =
        run(options(ExportOptions.Format.JSONL, Set.of(ReviewStatus.ACCEPTED)), "acc").folder();
    List<String> acc = lines(accepted.resolve("claims.jsonl"));
    assertEquals(1, acc.size());
    JsonNode row = read(json, acc.get(0));
    assertEquals(a, row.get("claim_id").asLong());
    assertEquals("Ann", row.get("reviewer").asText());
    assertEquals(now.toString(), row.get("reviewed_at").asText());
    assertEquals("https://news.example/a", row.get("article_url").asText());
    assertEquals(64, row.get("content_sha256").asText().length());
  }

  @Test
  void aCuratorsAmountReplacesTheMonthsButNeverTheArticlesWording() throws IOException {
    long id = fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    ReviewStore review = new ReviewStore(db);
    ClaimFields f = review.get(id).orElseThrow().fields();
    review.decide(
        id,
        0,
        "Ann",
        new DecisionRequest.Edit(
            new ClaimFields(
                f.subject(),
                f.reference(),
                f.relation(),
                new MonthRange(3.0, 6.0),
                f.domain(),
                f.speaker(),
                f.affiliation())),
        now);
    long vague =
        fixtures.oneClaim(
            "https://news.example/b",
            "2024-09-14",
            "Japan trails South Korea in displays, said Ken Ito.",
            "Japan",
            Relation.BEHIND,
            "South Korea",
            null,
            null,
            "displays",
            "Ken Ito");
    ClaimFields g = review.get(vague).orElseThrow().fields();
    review.decide(
        vague,
        0,
        "Ann",
        new DecisionRequest.Edit(
            new ClaimFields(
                g.subject(),
                g.reference(),
                g.relation(),
                new MonthRange(24.0, 24.0),
                g.domain(),
                g.speaker(),
                g.affiliation())),
        now);
    List<String> rows =
        lines(
            run(options(ExportOptions.Format.JSONL, Set.of()), "x")
                .folder()
                .resolve("claims.jsonl"));
    ObjectMapper json = new ObjectMapper();
    JsonNode edited = read(json, rows.get(0));
    assertEquals(3.0, edited.get("gap_min_months").asDouble());
    assertEquals("6.0 to 12.0 months", edited.get("gap_text").asText(), "the article's words");
    assertTrue(edited.get("curator_edited").asBoolean());
    JsonNode set = read(json, rows.get(1));
    assertEquals(24.0, set.get("gap_max_months").asDouble());
    assertTrue(set.get("gap_text").isNull(), "the article stated no amount: " + set);
  }

  private static JsonNode read(ObjectMapper json, String line) {
    try {
      return json.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  private static int number(String card, String regex) {
    Matcher m = Pattern.compile(regex).matcher(card);
    assertTrue(m.find(), regex + " in\n" + card);
    return Integer.parseInt(m.group(1));
  }

  @Test
  void twoExportsOfTheSameDatabaseAreByteIdentical() throws IOException {
    for (int i = 0; i < 5; i++) {
      fixtures.simple("https://news.example/" + i, "2024-09-1" + i, 0.5 + i / 10.0);
    }
    for (ExportOptions.Format f : ExportOptions.Format.values()) {
      Path one = run(options(f, Set.of()), f + "-1").folder();
      Path two = run(options(f, Set.of()), f + "-2").folder();
      for (String file : List.of(f.fileName(), "README.md", "SHA256SUMS")) {
        assertArrayEquals(
            Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
      }
      String sums = Files.readString(one.resolve("SHA256SUMS"));
      assertTrue(sums.contains(DatasetExport.sha256(one.resolve(f.fileName()))), sums);
    }
  }

  @Test
  void anExistingFolderIsNeverOverwrittenAndNoPartialFolderIsLeft() throws IOException {
    fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    Path out = dir.resolve("taken");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "mine");
    assertThrows(
        FileAlreadyExistsException.class,
        () -> export.write(options(ExportOptions.Format.JSONL, Set.of()), out, "t", "t"));
    assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".partial-")));
    }
  }

  @Test
  void anExportDuringARunningCrawlIsOneConsistentSnapshot() throws Exception {
    for (int i = 0; i < 50; i++) {
      fixtures.simple("https://news.example/seed-" + i, "2024-09-13", 0.9);
    }
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger written = new AtomicInteger();
    Thread crawl =
        new Thread(
            () -> {
              ClaimFixtures writer = new ClaimFixtures(db, "crawl");
              for (int i = 0; !stop.get() && i < 5_000; i++) {
                writer.simple("https://news.example/live-" + i, "2024-09-14", 0.8);
                written.incrementAndGet();
              }
            });
    crawl.start();
    try {
      for (int n = 0; n < 5; n++) {
        int before = written.get();
        Path out = run(options(ExportOptions.Format.JSONL, Set.of()), "live-" + n).folder();
        List<String> rows = lines(out.resolve("claims.jsonl"));
        String card = Files.readString(out.resolve("README.md"));
        assertEquals(rows.size(), number(card, "- Claims: (\\d+)"), "card and data agree");
        assertTrue(rows.size() >= 50 + before, "sees what was committed before it began");
        ObjectMapper json = new ObjectMapper();
        long distinct =
            rows.stream().map(l -> read(json, l).get("claim_id").asLong()).distinct().count();
        assertEquals(rows.size(), distinct, "no row twice");
      }
    } finally {
      stop.set(true);
      crawl.join(60_000);
    }
    assertTrue(written.get() > 0, "the crawl kept writing meanwhile");
  }
}
