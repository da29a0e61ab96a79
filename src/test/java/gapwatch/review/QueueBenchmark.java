package gapwatch.review;

import gapwatch.store.Database;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (prints figures, asserts nothing): serves an existing database (build one with {@code
 * gapwatch.export.ExportBenchmark}) on loopback and times queue pages through HTTP, as a browser
 * loads them: the default queue, common filters, and a later page. Prints the median and slowest of
 * a few loads per page, and the page's claim count line.
 *
 * <pre>
 * mvn -o -q -DskipTests package test-compile
 * java -Xmx256m -cp target/gapwatch.jar:target/test-classes gapwatch.export.ExportBenchmark \
 *     /tmp/bench.db 1000000
 * java -Xmx256m -cp target/gapwatch.jar:target/test-classes gapwatch.review.QueueBenchmark \
 *     /tmp/bench.db [loads per page]
 * </pre>
 */
public final class QueueBenchmark {

  private static final List<String> PAGES =
      List.of(
          "/queue",
          "/queue?status=all",
          "/queue?status=accepted",
          "/queue?status=rejected",
          "/queue?actor=China&other=United+States",
          "/queue?actor=SMIC",
          "/queue?domain=chips",
          "/queue?lang=vi",
          "/queue?status=all&domain=quantum&lang=en",
          "/queue?order=confidence",
          "/queue?offset=5000",
          "/queue?claim=500005",
          // Worst cases: no claim matches, so the count and the page read every claim.
          "/queue?status=duplicate",
          "/queue?actor=Atlantis");

  private static final Pattern COUNT = Pattern.compile("id=\"count\">([^<]*)<");

  private QueueBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path file = Path.of(args.length > 0 ? args[0] : "target/bench.db");
    int loads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(
          file + " does not exist; build it with gapwatch.export.ExportBenchmark first");
    }
    ReviewSettings settings = ReviewSettings.loopback(0);
    try (ReviewServer server =
        ReviewServer.start(settings, Database.open(file), Clock.systemUTC())) {
      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      String base = "http://127.0.0.1:" + server.port();
      get(http, base + "/?token=" + settings.token());
      System.out.printf("%-42s %9s %9s  %s%n", "page", "median ms", "max ms", "count line");
      for (String page : PAGES) {
        time(http, base, page, loads);
      }
    }
  }

  private static void time(HttpClient http, String base, String page, int loads)
      throws IOException, InterruptedException {
    double[] ms = new double[loads];
    String body = "";
    for (int i = 0; i < loads; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = get(http, base + page);
      ms[i] = (System.nanoTime() - t) / 1e6;
      body = r.statusCode() + " " + r.body();
    }
    Arrays.sort(ms);
    Matcher m = COUNT.matcher(body);
    String count = m.find() ? m.group(1) : body.substring(0, Math.min(80, body.length()));
    System.out.printf("%-42s %9.0f %9.0f  %s%n", page, ms[loads / 2], ms[loads - 1], count);
  }

  private static HttpResponse<String> get(HttpClient http, String url)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
