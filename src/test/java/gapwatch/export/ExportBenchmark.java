package gapwatch.export;

import gapwatch.report.DomainGroups;
import gapwatch.report.GroupReport;
import gapwatch.store.ClaimFilter;
import gapwatch.store.ClaimSummaries;
import gapwatch.store.Database;
import gapwatch.store.ReviewStatus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Benchmark (prints figures, asserts nothing): builds a database of N claims (default 1,000,000; 10
 * per article of about 3,000 characters, 20% decided), then times a JSONL and a CSV export and the
 * report, printing the peak heap and the report query's plan. Run it with a bounded heap:
 *
 * <pre>
 * mvn -o -q -DskipTests package test-compile
 * java -Xmx256m -cp target/gapwatch.jar:target/test-classes gapwatch.export.ExportBenchmark \
 *     /tmp/bench.db 1000000
 * </pre>
 *
 * The database is built once and reused when the file exists; {@code -Dbench.export=false} times
 * the report alone.
 */
public final class ExportBenchmark {

  private ExportBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "target/bench.db");
    int claims = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    boolean fresh = !Files.exists(file);
    Database db = Database.open(file);
    if (fresh) {
      long t = System.nanoTime();
      generate(db, claims);
      System.out.printf("built %,d claims in %.1f s%n", claims, secs(t));
    }
    System.out.printf("heap limit %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    if (Boolean.parseBoolean(System.getProperty("bench.export", "true"))) {
      for (ExportOptions.Format f : ExportOptions.Format.values()) {
        exportOnce(db, file, f);
      }
    }
    for (Set<ReviewStatus> statuses :
        List.of(Set.<ReviewStatus>of(), Set.of(ReviewStatus.ACCEPTED))) {
      report(db, statuses);
    }
    for (Set<ReviewStatus> statuses :
        List.of(Set.<ReviewStatus>of(), Set.of(ReviewStatus.ACCEPTED))) {
      System.out.println("report query plan (" + label(statuses) + "):");
      new ClaimSummaries(db).queryPlan(filter(statuses)).forEach(l -> System.out.println("  " + l));
    }
  }

  private static ClaimFilter filter(Set<ReviewStatus> statuses) {
    return ClaimFilter.all().withStatuses(statuses).withOrder(ClaimFilter.Order.ANY);
  }

  private static String label(Set<ReviewStatus> statuses) {
    return statuses.isEmpty() ? "all statuses" : "status " + statuses;
  }

  private static void exportOnce(Database db, Path file, ExportOptions.Format f)
      throws IOException {
    Path out = file.resolveSibling("bench-export-" + f.name().toLowerCase());
    deleteTree(out);
    resetPeaks();
    long t = System.nanoTime();
    DatasetExport.Result r =
        new DatasetExport(db, DomainGroups.bundled())
            .write(new ExportOptions(f, Set.of(), null, null, null), out, "bench", "bench");
    double s = secs(t);
    long bytes = Files.size(out.resolve(f.fileName()));
    System.out.printf(
        "export %s: %,d claims, %.1f MB in %.1f s = %,.0f claims/s, %.1f MB/s; heap peak ≤ %d MB%n",
        f.name().toLowerCase(),
        r.claims(),
        bytes / 1e6,
        s,
        r.claims() / s,
        bytes / 1e6 / s,
        peakHeapMb());
  }

  /** Times a report; the CPU time (all threads) is a steadier figure on a shared machine. */
  private static void report(Database db, Set<ReviewStatus> statuses) {
    resetPeaks();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = cpuTime(threads);
    long t = System.nanoTime();
    GroupReport report =
        GroupReport.of(new ClaimSummaries(db), filter(statuses), DomainGroups.bundled(), k -> true);
    List<GroupReport.Row> rows = report.rows();
    double wall = secs(t);
    System.out.printf(
        "report (%s): %,d claims into %d groups in %.2f s, %d parts (CPU %.2f s, all threads);"
            + " heap peak ≤ %d MB%n",
        label(statuses),
        rows.stream().mapToInt(GroupReport.Row::total).sum(),
        rows.size(),
        wall,
        Math.min(4, Runtime.getRuntime().availableProcessors()),
        (cpuTime(threads) - cpu) / 1e9,
        peakHeapMb());
  }

  /** CPU time of the process (all threads, the collector's included), in nanoseconds. */
  private static long cpuTime(ThreadMXBean threads) {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void generate(Database db, int claims) {
    String[][] pairs = {
      {"China", "United States"}, {"SMIC", "TSMC"}, {"Japan", "South Korea"},
      {"India", "China"}, {"European Union", "United States"}, {"Vietnam", "Malaysia"}
    };
    String[] domains = {"LLMs", "large language models", "chips", "quantum computing", "EVs"};
    int perArticle = 10;
    int articles = claims / perArticle;
    String now = Instant.parse("2024-12-01T00:00:00Z").toString();
    db.write(
        h -> {
          for (int s = 1; s <= 3; s++) {
            h.execute(
                "INSERT INTO sources (id, name, url, created_at) VALUES (?, ?, ?, ?)",
                s,
                "source-" + s,
                "https://s" + s + ".example/feed",
                now);
          }
          return null;
        });
    byte[] body = new byte[] {31, -117, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    int chunk = 2_000;
    for (int from = 0; from < articles; from += chunk) {
      int start = from;
      int end = Math.min(articles, from + chunk);
      db.write(
          h -> {
            PreparedBatch u =
                h.prepareBatch(
                    "INSERT INTO urls (id, url, source_id, status, discovered_at) VALUES (?, ?, ?,"
                        + " 'done', ?)");
            PreparedBatch f =
                h.prepareBatch(
                    "INSERT INTO fetches (id, url_id, final_url, status_code, fetched_at, body_gzip,"
                        + " body_bytes, body_sha256) VALUES (?, ?, ?, 200, ?, ?, 0, ?)");
            PreparedBatch a =
                h.prepareBatch(
                    "INSERT INTO articles (id, fetch_id, url, title, published, lang, text,"
                        + " text_sha256, kind, extractor_version, extracted_at) VALUES (?, ?, ?, ?,"
                        + " ?, ?, ?, ?, 'ARTICLE', 'article-1', ?)");
            PreparedBatch c =
                h.prepareBatch(
                    "INSERT INTO claims (id, article_id, subject, reference, relation, gap_min_months,"
                        + " gap_max_months, gap_text, approximate, domain, speaker, evidence,"
                        + " evidence_start, evidence_end, confidence, needs_review, extractor_version,"
                        + " created_at, lineage_id) VALUES (?, ?, ?, ?, 'behind', ?, ?, 'about a year',"
                        + " 1, ?, ?, ?, 0, ?, ?, 0, 'claims-2', ?, ?)");
            for (int i = start; i < end; i++) {
              long id = i + 1L;
              String url = "https://s" + (i % 3 + 1) + ".example/a/" + id;
              String day = java.time.LocalDate.of(2022, 1, 1).plusDays(i % 1000).toString();
              u.add(id, url, i % 3 + 1, now);
              f.add(id, id, url, now, body, String.format("%064x", id));
              a.add(
                  id,
                  id,
                  url,
                  "Article " + id,
                  day,
                  i % 4 == 0 ? "vi" : "en",
                  text(id),
                  String.format("%064x", id),
                  now);
              for (int k = 0; k < perArticle; k++) {
                long cid = id * perArticle + k;
                String[] p = pairs[(int) (cid % pairs.length)];
                String ev =
                    p[0] + " is about a year behind " + p[1] + ", said analyst " + cid + ".";
                double min = cid % 24;
                c.add(
                    cid,
                    id,
                    p[0],
                    p[1],
                    min,
                    min + 6,
                    domains[(int) (cid % domains.length)],
                    "Analyst " + (cid % 997),
                    ev,
                    ev.length(),
                    0.5 + (cid % 50) / 100.0,
                    now,
                    cid);
              }
            }
            u.execute();
            f.execute();
            a.execute();
            c.execute();
            return null;
          });
    }
    db.write(
        h -> {
          h.execute(
              "INSERT INTO decisions (claim_id, seq, based_on, action, status, prediction_id,"
                  + " curator, decided_at) SELECT id, 1, 0, CASE WHEN id % 10 = 0 THEN 'reject'"
                  + " ELSE 'accept' END, CASE WHEN id % 10 = 0 THEN 'rejected' ELSE 'accepted'"
                  + " END, id, 'bench', ? FROM claims WHERE id % 5 = 0",
              now);
          return null;
        });
    db.withHandle(h -> h.execute("ANALYZE"));
  }

  /** About 3,000 characters, as a news article's text is: its length shapes the article rows. */
  private static String text(long id) {
    String sentence =
        "Analysts compared the two countries' chip and AI industries once more in article "
            + id
            + ", weighing export controls, talent and capital against the speed of catching up. ";
    return sentence.repeat(3_000 / sentence.length() + 1);
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap's peak (pools peak apart). */
  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
