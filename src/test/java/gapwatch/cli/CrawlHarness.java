package gapwatch.cli;

import gapwatch.crawl.CrawlProgress;
import gapwatch.crawl.CrawlSettings;
import gapwatch.crawl.CrawlStoppedException;
import gapwatch.crawl.CrawlSummary;
import gapwatch.crawl.FrontierUrl;
import gapwatch.crawl.HostResolver;
import gapwatch.crawl.LoopbackSite;
import gapwatch.crawl.Source;
import gapwatch.crawl.TestSettings;
import gapwatch.store.Database;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A crawl of a loopback site through the same wiring as {@code gapwatch crawl} (fetcher, robots,
 * scheduler, SQLite ledger, extraction, storage), with one route per behaviour. Host names ending
 * in {@code .test} resolve to 127.0.0.1 through a test resolver; names can also be mapped to other
 * addresses, which the SSRF guard must refuse before any connection.
 */
final class CrawlHarness implements AutoCloseable {

  /** Shared by all tests: the models load once. */
  static final Stages STAGES = new Stages(null);

  final LoopbackSite site;
  final Database db;
  final Recorder progress = new Recorder();
  final Map<String, InetAddress> names = new ConcurrentHashMap<>();
  CrawlSettings settings = TestSettings.fast();

  CrawlHarness(Path dir) throws IOException {
    site = new LoopbackSite();
    db = Database.open(dir.resolve("crawl.db"));
  }

  /** Resolves *.test to loopback, names mapped by a test to their address, and nothing else. */
  HostResolver resolver() {
    return host -> {
      InetAddress mapped = names.get(host);
      if (mapped != null) {
        return List.of(mapped);
      }
      if (host.endsWith(".test") || host.equals("127.0.0.1")) {
        return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
      }
      throw new UnknownHostException(host + " (the test resolver knows only *.test)");
    };
  }

  URI url(String path) {
    return site.url(path);
  }

  /** The loopback source with its feed at /feed.xml, allowed to use its own private address. */
  Source source() {
    return TestSettings.loopback(url("/feed.xml"));
  }

  /** Serves an RSS 2.0 feed at {@code path} listing {@code links}. */
  void feed(String path, String... links) {
    StringBuilder items = new StringBuilder();
    for (String l : links) {
      items.append("<item><title>t</title><link>").append(l).append("</link></item>");
    }
    site.page(
        path,
        200,
        "application/rss+xml; charset=utf-8",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>f</title>"
            + "<link>http://x.test/</link><description>d</description>"
            + items
            + "</channel></rss>");
  }

  /** Serves an article page with {@code words} words of text generated from {@code seed}. */
  void article(String path, long seed) {
    site.page(path, 200, "text/html; charset=utf-8", articleHtml(seed, ""));
  }

  static String articleHtml(long seed, String extra) {
    Random r = new Random(seed);
    String[] vocab = {
      "chip", "model", "lab", "export", "market", "engineer", "factory", "policy", "research",
      "battery", "robot", "network", "cloud", "design", "supply", "capital", "startup", "rule",
      "quarter", "growth", "venture", "satellite", "display", "memory", "software", "data"
    };
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 6; p++) {
      body.append("<p>");
      for (int w = 0; w < 40; w++) {
        body.append(vocab[r.nextInt(vocab.length)]).append(w % 9 == 8 ? ". " : " ");
      }
      body.append("end.</p>");
    }
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story "
        + seed
        + "</title></head><body><article><h1>Story "
        + seed
        + "</h1>"
        + body
        + extra
        + "</article></body></html>";
  }

  CrawlSummary crawl(Source... sources) throws InterruptedException, CrawlStoppedException {
    return crawlInto(db, sources);
  }

  /** A crawl storing into another handle on the database (e.g. one that fails to write). */
  CrawlSummary crawlInto(Database other, Source... sources)
      throws InterruptedException, CrawlStoppedException {
    return CrawlJob.run(other, settings, List.of(sources), STAGES, progress, resolver());
  }

  int count(String sql) {
    return db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  String string(String sql) {
    return db.read(h -> h.createQuery(sql).mapTo(String.class).findOne().orElse(""));
  }

  @Override
  public void close() {
    site.close();
  }

  /** Keeps what the crawl reported. */
  static final class Recorder implements CrawlProgress {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void sourcePolled(Source source, boolean ok, String detail) {
      lines.add((ok ? "source ok: " : "source failed: ") + detail);
    }

    @Override
    public void urlDone(FrontierUrl url, String outcome, String detail) {
      lines.add(outcome + ": " + url.url().getPath() + " " + detail);
    }

    @Override
    public void warning(String message) {
      lines.add("warning: " + message);
    }

    List<String> matching(String part) {
      List<String> out = new ArrayList<>();
      for (String l : lines) {
        if (l.contains(part)) {
          out.add(l);
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return String.join("\n", lines);
    }
  }
}
