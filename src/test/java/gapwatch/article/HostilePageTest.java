package gapwatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.Golden;
import gapwatch.crawl.FetchedPage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile pages — empty, script-only, consent walls, bot checks, tag soup, wrong charsets, and
 * generated ones too big to commit (10 MB, 100,000 nested elements, binary served as HTML) — each
 * end in a clear page kind or an empty text, never a hang or a crash. The folder {@code
 * article/hostile/} lists its cases in {@code expected.tsv}. The timeout guards against hangs only;
 * speed is measured by {@code ExtractionBenchmark}.
 */
class HostilePageTest {

  static final Path FOLDER = Golden.RESOURCES.resolve("gapwatch/article/hostile");
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static ArticleExtractor extractor;

  /** A hostile page and what extraction must make of it ("any" kind: just no failure). */
  record Case(String name, byte[] body, String contentType, String kind, String mustContain) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void load() {
    extractor = new ArticleExtractor(new LanguageGuesser());
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(FOLDER.resolve("expected.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      out.add(
          new Case(
              f[0],
              Files.readAllBytes(FOLDER.resolve(f[0])),
              f[1],
              f[2],
              f.length > 3 ? f[3] : ""));
    }
    out.addAll(generated());
    return out.stream();
  }

  private static List<Case> generated() {
    String paragraph =
        "<p>Engineers said the new line would start production next year, about a year behind"
            + " the plan announced in 2023, because tools arrived late.</p>\n";
    return List.of(
        new Case(
            "generated-10mb-of-paragraphs",
            html("<article>" + paragraph.repeat(10_000_000 / paragraph.length()) + "</article>"),
            "text/html",
            "article",
            "tools arrived late"),
        new Case(
            "generated-100000-nested-divs",
            html("<div>".repeat(100_000) + paragraph + "</div>".repeat(100_000)),
            "text/html",
            "any",
            ""),
        new Case(
            "generated-10mb-text-without-tags",
            ("word ".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8),
            "text/html",
            "any",
            ""),
        new Case("generated-binary-as-html", binary(2_000_000), "text/html", "empty", ""),
        new Case(
            "generated-deep-json-ld",
            html(
                "<script type=\"application/ld+json\">"
                    + "[".repeat(50_000)
                    + "]".repeat(50_000)
                    + "</script>"
                    + paragraph.repeat(5)),
            "text/html",
            "article",
            "tools arrived late"),
        new Case(
            "generated-50000-links",
            html(
                "<ul>"
                    + "<li><a href=\"/x\">Another headline here</a></li>".repeat(50_000)
                    + "</ul>"),
            "text/html",
            "any",
            ""));
  }

  private static byte[] html(String body) {
    return ("<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] binary(int size) {
    byte[] b = new byte[size];
    new Random(42).nextBytes(b);
    return b;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInAClearKindWithoutHangingOrFailing(Case c) {
    URI url = URI.create("https://hostile.example/" + c.name());
    Article a =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () -> extractor.extract(FetchedPage.ofFile(url, c.body(), c.contentType())));
    assertNotNull(a.text());
    if (!c.kind().equals("any")) {
      assertEquals(c.kind(), a.kind().name().toLowerCase(Locale.ROOT), c.name());
    }
    if (a.kind() != PageKind.ARTICLE && a.kind() != PageKind.PAYWALLED) {
      assertEquals("", a.text(), c.name() + ": junk is recorded, not stored as text");
    }
    assertTrue(a.text().contains(c.mustContain()), c.name() + ": " + abbreviate(a.text()));
  }

  @Test
  void everyPageInTheFolderHasAnExpectation() throws IOException {
    Set<String> listed;
    try (Stream<String> lines = Files.lines(FOLDER.resolve("expected.tsv"))) {
      listed =
          lines
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .map(l -> l.split("\t")[0])
              .collect(Collectors.toSet());
    }
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        assertTrue(listed.contains(f.getFileName().toString()), f + " is not in expected.tsv");
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
