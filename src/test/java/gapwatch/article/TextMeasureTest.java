package gapwatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gapwatch.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link TextMeasure#remove} must leave exactly the counts a fresh measure of the pruned tree has:
 * the extractor relies on it instead of measuring twice.
 */
class TextMeasureTest {

  private static final Path SHARED_PAGES =
      Path.of("..", "shared", "benchmarks", "article-extraction", "html");

  @Test
  void removingFurnitureKeepsTheCountsOfAFreshMeasure() {
    String html =
        """
        <body><div id="page"><div class="story"><p>First paragraph of the story, long enough
        to count as prose, with a comma, and another, and <a href="/x">a link</a>.</p>
        <div class="share-tools"><a href="/s">Share</a> <a href="/t">Tweet</a></div>
        Text between blocks that belongs to the story itself and is long enough to be prose.
        <p>Second paragraph<b hidden>hidden words</b>, still going on about the topic
        at hand with more words than the first.</p><aside><p>Related: other story</p></aside>
        </div><nav><ul><li><a href="/">Home</a></li></ul></nav>
        <div class="sidebar"><div class="sidebar"><p>Nested furniture</p></div></div></div>
        </body>""";
    Document doc = Jsoup.parse(html);
    assertEquals(List.of(), differences("inline", doc));
    String pruned = doc.body().text();
    for (String gone : List.of("Tweet", "hidden words", "Related", "Home", "Nested furniture")) {
      assertFalse(pruned.contains(gone), gone + " should have been pruned: " + pruned);
    }
  }

  @Test
  void removingFurnitureOnTheBundledPagesKeepsTheCountsOfAFreshMeasure() throws IOException {
    List<String> differences = new ArrayList<>();
    int pages = 0;
    for (Path dir : List.of(Path.of("corpus"), Golden.RESOURCES.resolve("gapwatch/article"))) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
          differences.addAll(differences(f.toString(), Jsoup.parse(f.toFile(), null)));
          pages++;
        }
      }
    }
    assertTrue(pages > 20, "found only " + pages + " pages");
    assertEquals(List.of(), differences);
  }

  @Test
  void removingFurnitureOnTheSharedBenchmarkKeepsTheCountsOfAFreshMeasure() throws IOException {
    assumeTrue(Files.isDirectory(SHARED_PAGES), SHARED_PAGES + " is absent");
    List<String> differences = new ArrayList<>();
    try (Stream<Path> files = Files.list(SHARED_PAGES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          differences.addAll(
              differences(
                  f.toString(),
                  Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  /** The elements whose counts after pruning differ from a fresh measure's. */
  private static List<String> differences(String name, Document doc) {
    Element body = doc.body();
    TextMeasure kept = PagePruner.prune(body);
    TextMeasure fresh = TextMeasure.of(body);
    List<String> out = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String a = counts(kept, e);
      String b = counts(fresh, e);
      if (!a.equals(b)) {
        out.add(name + ": " + e.cssSelector() + " kept " + a + ", fresh " + b);
      }
    }
    return out;
  }

  private static String counts(TextMeasure m, Element e) {
    return List.of(
            m.chars(e),
            m.linkChars(e),
            m.commas(e),
            m.paragraphs(e),
            m.listItems(e),
            m.images(e),
            m.inputs(e),
            m.prose(e),
            m.quoted(e))
        .toString();
  }
}
