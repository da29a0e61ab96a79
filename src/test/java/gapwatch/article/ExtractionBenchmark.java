package gapwatch.article;

import gapwatch.crawl.FetchedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * Extraction speed, printed as figures: gapwatch's article extraction, jsoup's parse alone and
 * Readability4J over the same pages in the same JVM. Run with {@code mvn -o -q -Pbench
 * test-compile} (pages from {@code -Dbench.pages=DIR}, default the shared article-extraction
 * benchmark; {@code -Dbench.warmup=N} and {@code -Dbench.rounds=N} rounds).
 *
 * <p>Why it is built this way: the JIT needs many passes before gapwatch's code (regular
 * expressions, tree walks) runs compiled, so the warm-up rounds are printed to show where timings
 * settle. The machine is shared, so the three tasks take turns on every page, in an order that
 * rotates, and each ratio is taken within one round — a busy moment slows all three alike. Ratios
 * are printed as the median over the rounds with their spread. A benchmark, not a test: it asserts
 * nothing and never runs in {@code mvn verify}.
 */
public final class ExtractionBenchmark {

  private static final Path DEFAULT_PAGES =
      Path.of("..", "shared", "benchmarks", "article-extraction", "html");

  private static final String[] NAMES = {
    "jsoup parse only", "gapwatch extract", "Readability4J 1.0.8"
  };
  private static final int PARSE = 0;
  private static final int GAPWATCH = 1;
  private static final int READABILITY = 2;

  private record Page(URI url, byte[] body, String html) {}

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(System.getProperty("bench.pages", DEFAULT_PAGES.toString()));
    int warmup = Integer.getInteger("bench.warmup", 15);
    int rounds = Integer.getInteger("bench.rounds", 10);
    List<Page> pages = load(dir);
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "%d pages from %s; %d warm-up and %d measured rounds; %s, %d processors, load %.1f%n",
        pages.size(),
        dir,
        warmup,
        rounds,
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        load());
    ArticleExtractor gapwatch = new ArticleExtractor(new LanguageGuesser());
    List<Consumer<Page>> tasks =
        List.of(
            ExtractionBenchmark::parse,
            p -> gapwatch.extract(FetchedPage.ofFile(p.url(), p.body(), "text/html")),
            p -> new Readability4J(p.url().toString(), p.html()).parse());
    for (int r = 0; r < warmup; r++) {
      double[] ms = round(pages, tasks, r);
      out.printf(Locale.ROOT, "warm-up %2d  %s%n", r + 1, figures(ms));
    }
    double[][] perRound = new double[rounds][];
    for (int r = 0; r < rounds; r++) {
      perRound[r] = round(pages, tasks, r);
      out.printf(Locale.ROOT, "round   %2d  %s%n", r + 1, figures(perRound[r]));
    }
    out.printf(Locale.ROOT, "load average at the end: %.1f%n", load());
    out.println("ms/page                 median   min      max");
    for (int t = 0; t < NAMES.length; t++) {
      int task = t;
      summary(out, NAMES[t], column(perRound, r -> r[task]), "%8.2f");
    }
    out.println("ratio (same round)      median   min      max");
    summary(
        out,
        "gapwatch/Readability4J",
        column(perRound, r -> r[GAPWATCH] / r[READABILITY]),
        "%8.2f");
    out.println("  goal <= 0.50");
    summary(out, "gapwatch/jsoup parse", column(perRound, r -> r[GAPWATCH] / r[PARSE]), "%8.2f");
    out.println("  goal <= 2.00");
  }

  /**
   * Milliseconds per page of each task over one pass on all pages. The tasks take turns on every
   * page, the first one changing from page to page, so that load and garbage collections spread
   * over all three.
   */
  private static double[] round(List<Page> pages, List<Consumer<Page>> tasks, int round) {
    long[] nanos = new long[tasks.size()];
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      for (int k = 0; k < tasks.size(); k++) {
        int t = (k + i + round) % tasks.size();
        long start = System.nanoTime();
        tasks.get(t).accept(p);
        nanos[t] += System.nanoTime() - start;
      }
    }
    double[] ms = new double[tasks.size()];
    for (int t = 0; t < ms.length; t++) {
      ms[t] = nanos[t] / 1e6 / pages.size();
    }
    return ms;
  }

  private static String figures(double[] ms) {
    return String.format(
        Locale.ROOT,
        "parse %6.2f  gapwatch %6.2f  readability %6.2f ms/page  ratios %.2f %.2f",
        ms[PARSE],
        ms[GAPWATCH],
        ms[READABILITY],
        ms[GAPWATCH] / ms[READABILITY],
        ms[GAPWATCH] / ms[PARSE]);
  }

  private static double[] column(
      double[][] perRound, java.util.function.ToDoubleFunction<double[]> f) {
    return Arrays.stream(perRound).mapToDouble(f).sorted().toArray();
  }

  private static void summary(PrintStream out, String name, double[] sorted, String format) {
    double median =
        sorted.length % 2 == 1
            ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    out.printf(
        Locale.ROOT,
        "%-22s" + format + " " + format + " " + format + "%n",
        name,
        median,
        sorted[0],
        sorted[sorted.length - 1]);
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** jsoup's parse of the same bytes as gapwatch reads, charset sniffed the same way. */
  private static void parse(Page p) {
    try {
      Jsoup.parse(new ByteArrayInputStream(p.body()), null, p.url().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Page> load(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".html") && !name.endsWith(".html.gz")) {
          continue;
        }
        byte[] body;
        try (InputStream in = Files.newInputStream(f)) {
          body = name.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
        URI url = URI.create("https://bench.invalid/" + name.substring(0, name.indexOf('.')));
        pages.add(new Page(url, body, new String(body, StandardCharsets.UTF_8)));
      }
    }
    return pages;
  }
}
