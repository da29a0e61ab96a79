package gapwatch.article;

import gapwatch.crawl.FetchedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * Extraction speed, printed as figures: gapwatch's article extraction, jsoup's parse alone and
 * Readability4J over the same pages in the same JVM, after a warm-up. Run with {@code mvn -o -q
 * -Pbench test-compile} (pages from {@code -Dbench.pages=DIR}, default the shared
 * article-extraction benchmark). A benchmark, not a test: it asserts nothing and never runs in
 * {@code mvn verify}.
 */
public final class ExtractionBenchmark {

  private static final Path DEFAULT_PAGES =
      Path.of("..", "shared", "benchmarks", "article-extraction", "html");

  private record Page(URI url, byte[] body, String html) {}

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(System.getProperty("bench.pages", DEFAULT_PAGES.toString()));
    int rounds = Integer.getInteger("bench.rounds", 5);
    List<Page> pages = load(dir);
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "%d pages from %s, median of %d measured rounds after 2 warm-up rounds%n",
        pages.size(),
        dir,
        rounds);
    ArticleExtractor gapwatch = new ArticleExtractor(new LanguageGuesser());
    Consumer<Page> extract =
        p -> gapwatch.extract(FetchedPage.ofFile(p.url(), p.body(), "text/html"));
    Consumer<Page> parse = p -> parse(p);
    Consumer<Page> readability = p -> new Readability4J(p.url().toString(), p.html()).parse();
    List<Consumer<Page>> tasks = List.of(parse, extract, readability);
    double[] median = time(pages, tasks, rounds);
    double tParse = median[0];
    double tGapwatch = median[1];
    double tReadability = median[2];
    out.printf(Locale.ROOT, "jsoup parse only     %8.2f ms/page%n", tParse);
    out.printf(Locale.ROOT, "gapwatch extract     %8.2f ms/page%n", tGapwatch);
    out.printf(Locale.ROOT, "Readability4J 1.0.8  %8.2f ms/page%n", tReadability);
    out.printf(
        Locale.ROOT, "gapwatch / Readability4J = %.2f (goal <= 0.50)%n", tGapwatch / tReadability);
    out.printf(Locale.ROOT, "gapwatch / jsoup parse   = %.2f (goal <= 2.00)%n", tGapwatch / tParse);
  }

  private static void parse(Page p) {
    try {
      Jsoup.parse(new ByteArrayInputStream(p.body()), null, p.url().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Median milliseconds per page of each task over the measured rounds. The tasks take turns within
   * each round, in a rotating order, so that a busy moment of the machine or a garbage collection
   * does not fall on one task only.
   */
  private static double[] time(List<Page> pages, List<Consumer<Page>> tasks, int rounds) {
    for (int i = 0; i < 2; i++) {
      tasks.forEach(pages::forEach);
    }
    double[][] perRound = new double[tasks.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < tasks.size(); k++) {
        int t = (k + r) % tasks.size();
        long start = System.nanoTime();
        pages.forEach(tasks.get(t));
        perRound[t][r] = (System.nanoTime() - start) / 1e6 / pages.size();
      }
    }
    double[] median = new double[tasks.size()];
    for (int t = 0; t < tasks.size(); t++) {
      double[] x = perRound[t].clone();
      java.util.Arrays.sort(x);
      median[t] = x[x.length / 2];
    }
    return median;
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
