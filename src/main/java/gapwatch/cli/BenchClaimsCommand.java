package gapwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import gapwatch.article.Article;
import gapwatch.article.ArticleExtractor;
import gapwatch.article.PageKind;
import gapwatch.claims.ClaimExtractor;
import gapwatch.crawl.FetchedPage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures claim extraction throughput: texts go through the whole pipeline (language given,
 * sentences, actors, candidate filtering, tokens, POS, lemmas, rules, speakers) on several threads
 * sharing one extractor, and the tokens per second and peak heap are printed.
 */
@Command(
    name = "bench-claims",
    header = "Measure claim extraction speed (tokens/s) and heap.",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Benchmarks claim extraction: runs the extractor over texts on --threads threads for",
      "--seconds, after a warm-up, and prints tokens/s (whitespace tokens of the input) and the",
      "heap used. Texts: --in JSON lines {text, lang?}, else the bundled corpus' articles."
    },
    footer = {"", ExitCodes.HELP})
final class BenchClaimsCommand implements Callable<Integer> {

  @Option(names = "--in", description = "JSON lines {text, lang?} to extract from.")
  @Nullable Path in;

  @Option(names = "--corpus", description = "Folder of HTML pages used when --in is absent.")
  Path corpus = Path.of("corpus");

  @Option(names = "--threads", description = "Threads sharing one extractor.")
  int threads = 2;

  @Option(names = "--seconds", description = "Measured duration.")
  int seconds = 20;

  @Option(names = "--warmup", description = "Warm-up duration in seconds (not measured).")
  int warmup = 5;

  private record Text(String text, @Nullable String lang, int tokens) {}

  @Override
  public Integer call() throws IOException, SettingsException, InterruptedException {
    Stages stages = new Stages(null);
    List<Text> texts = in != null ? fromJsonLines(in) : fromCorpus(stages.articles());
    if (texts.isEmpty()) {
      throw new SettingsException("no texts to benchmark; pass --in or --corpus");
    }
    long t0 = System.nanoTime();
    ClaimExtractor extractor = stages.claims();
    extractor.extract("Model loading warms up here.", "en");
    System.out.printf(Locale.ROOT, "models loaded in %.1fs%n", (System.nanoTime() - t0) / 1e9);
    int totalTokens = texts.stream().mapToInt(Text::tokens).sum();
    System.out.printf(
        Locale.ROOT,
        "%d texts, %d tokens per pass, %d threads%n",
        texts.size(),
        totalTokens,
        threads);
    run(extractor, texts, warmup);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long[] peak = {0};
    long[] result = run(extractor, texts, seconds, memory, peak);
    double elapsed = result[1] / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d tokens (%d texts, %d claims) in %.1fs: %.0f tokens/s on %d threads%n",
        result[0],
        result[2],
        result[3],
        elapsed,
        result[0] / elapsed,
        threads);
    System.gc();
    System.out.printf(
        Locale.ROOT,
        "heap: peak used %.0f MB, after GC %.0f MB, max %.0f MB%n",
        peak[0] / 1e6,
        memory.getHeapMemoryUsage().getUsed() / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
    return ExitCodes.OK;
  }

  private long[] run(ClaimExtractor extractor, List<Text> texts, int secs)
      throws InterruptedException {
    return run(extractor, texts, secs, null, new long[1]);
  }

  /** Returns {tokens, nanos, texts, claims}. */
  private long[] run(
      ClaimExtractor extractor,
      List<Text> texts,
      int secs,
      @Nullable MemoryMXBean memory,
      long[] peak)
      throws InterruptedException {
    AtomicLong tokens = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicLong claims = new AtomicLong();
    long start = System.nanoTime();
    long end = start + secs * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      futures.add(
          pool.submit(
              () -> {
                int i = offset;
                while (System.nanoTime() < end) {
                  Text x = texts.get(i++ % texts.size());
                  claims.addAndGet(extractor.extract(x.text(), x.lang()).size());
                  tokens.addAndGet(x.tokens());
                  done.incrementAndGet();
                  if (memory != null) {
                    long used = memory.getHeapMemoryUsage().getUsed();
                    synchronized (peak) {
                      peak[0] = Math.max(peak[0], used);
                    }
                  }
                }
              }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("extraction failed during the benchmark", e.getCause());
      }
    }
    pool.shutdown();
    return new long[] {tokens.get(), System.nanoTime() - start, done.get(), claims.get()};
  }

  private static List<Text> fromJsonLines(Path file) throws IOException {
    List<Text> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JsonLines.MAPPER.readTree(line);
      String text = n.path("text").asText("");
      String lang = n.hasNonNull("lang") ? n.get("lang").asText() : null;
      out.add(new Text(text, lang, tokens(text)));
    }
    return out;
  }

  private List<Text> fromCorpus(ArticleExtractor articles) throws IOException, SettingsException {
    Path dir = Locations.find(corpus);
    List<Text> out = new ArrayList<>();
    for (Path page : ExtractCommand.files(List.of(dir))) {
      String html =
          Files.readString(page, StandardCharsets.UTF_8).replace("{{base}}", "http://corpus.test");
      Article a =
          articles.extract(
              FetchedPage.ofFile(page.toUri(), html.getBytes(StandardCharsets.UTF_8), "text/html"));
      if (a.kind() == PageKind.ARTICLE) {
        out.add(new Text(a.text(), a.language(), tokens(a.text())));
      }
    }
    return out;
  }

  private static int tokens(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
