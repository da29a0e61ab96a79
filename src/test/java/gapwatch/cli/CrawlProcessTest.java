package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.crawl.LoopbackSite;
import gapwatch.store.Database;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gapwatch crawl} as cron runs it, in child JVMs: killed with SIGKILL mid-crawl and run
 * again, and started twice at once.
 */
class CrawlProcessTest {

  private static final int ARTICLES = 30;

  @TempDir Path dir;
  private LoopbackSite site;
  private Path config;
  private Path db;

  @BeforeEach
  void serveASlowSite() throws IOException {
    site = new LoopbackSite();
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      long seed = 100 + i;
      site.route(
          "/a" + i,
          ex -> {
            pause(60);
            LoopbackSite.send(ex, 200, "text/html", CrawlHarness.articleHtml(seed, ""));
          });
      items.append("<item><link>/a").append(i).append("</link></item>");
    }
    site.page(
        "/feed.xml",
        200,
        "application/rss+xml",
        "<rss version=\"2.0\"><channel><title>f</title>" + items + "</channel></rss>");
    db = dir.resolve("g.db");
    config = dir.resolve("crawl.yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "database: " + db,
            "crawl:",
            "  userAgent: 'gapwatch-test/1.0 (+mailto:test@gapwatch.invalid)'",
            "  perHostDelay: 0s",
            "sources:",
            "  - name: site",
            "    url: " + site.url("/feed.xml"),
            "    maxAge: 36500d",
            "    allowPrivateAddresses: true",
            ""),
        StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void aCrawlKilledWithSigkillResumesWithoutDuplicatesOnTheNextRun() throws Exception {
    for (int killAfter : new int[] {3, 12}) {
      long before = site.requestCount();
      Process p = crawl();
      waitFor(() -> site.requestCount() - before >= killAfter, Duration.ofSeconds(60), p);
      p.destroyForcibly(); // SIGKILL on Linux
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      assertEquals(137, p.exitValue(), "killed by SIGKILL");
      assertEquals("ok", Database.open(db).integrityCheck());
    }
    Process last = crawl();
    assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the rerun finishes");
    String out = Files.readString(dir.resolve("out.txt"));
    assertEquals(0, last.exitValue(), out);
    Database d = Database.open(db);
    assertEquals("ok", d.integrityCheck());
    assertEquals(ARTICLES, count(d, "SELECT COUNT(*) FROM articles"), "every article, once");
    assertEquals(ARTICLES, count(d, "SELECT COUNT(DISTINCT url) FROM articles"));
    assertEquals(ARTICLES, count(d, "SELECT COUNT(*) FROM urls WHERE status = 'done'"));
    assertEquals(ARTICLES, count(d, "SELECT COUNT(*) FROM fetches"), "no page stored twice");
    assertEquals(2, count(d, "SELECT COUNT(*) FROM crawl_runs WHERE note LIKE 'interrupted%'"));
    assertTrue(out.contains("crawl finished"), out);
  }

  @Test
  void aSecondConcurrentRunExitsAtOnceWithItsOwnCode() throws Exception {
    Process first = crawl();
    waitFor(() -> site.requestCount() >= 3, Duration.ofSeconds(60), first);
    Instant t0 = Instant.now();
    Process second = crawl("second.txt");
    assertTrue(second.waitFor(60, TimeUnit.SECONDS));
    String said = Files.readString(dir.resolve("second.txt"));
    assertEquals(ExitCodes.LOCKED, second.exitValue(), said);
    assertTrue(said.contains("is locked by another crawl (pid " + first.pid()), said);
    assertTrue(
        Duration.between(t0, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0,
        "exits at once, not after the first run");
    assertTrue(first.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, first.exitValue(), Files.readString(dir.resolve("out.txt")));
    assertEquals(ARTICLES, count(Database.open(db), "SELECT COUNT(*) FROM articles"));
  }

  private Process crawl() throws IOException {
    return crawl("out.txt");
  }

  private Process crawl(String output) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("gapwatch.cli.Main");
    cmd.add("crawl");
    cmd.add("--config");
    cmd.add(config.toString());
    File out = dir.resolve(output).toFile();
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(out)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
  }

  private static void waitFor(BooleanSupplier condition, Duration timeout, Process p)
      throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      assertTrue(p.isAlive(), "the crawl ended before the condition held");
      assertTrue(Instant.now().isBefore(end), "condition not met within " + timeout);
      Thread.sleep(20); // polling a condition with a timeout, not waiting for time to pass
    }
  }

  private static int count(Database d, String sql) {
    return d.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
