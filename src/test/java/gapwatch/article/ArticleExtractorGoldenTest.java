package gapwatch.article;

import gapwatch.Golden;
import gapwatch.crawl.FetchedPage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page of the bundled corpus → its golden article JSON ({@code article/golden/}). */
class ArticleExtractorGoldenTest {

  static final Path CORPUS = Path.of("corpus");
  static final Path GOLDEN = Golden.RESOURCES.resolve("gapwatch/article/golden");
  static final String BASE = "http://corpus.test";
  private static ArticleExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new ArticleExtractor(new LanguageGuesser());
  }

  static Stream<String> pages() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files
          .filter(p -> p.toString().endsWith(".html"))
          .map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void extractsTheGoldenArticle(String page) throws IOException {
    String html =
        Files.readString(CORPUS.resolve(page), StandardCharsets.UTF_8).replace("{{base}}", BASE);
    URI url = URI.create(BASE + "/" + page);
    Article a =
        extractor.extract(
            FetchedPage.ofFile(url, html.getBytes(StandardCharsets.UTF_8), "text/html"));
    String name = page.replace(".html", "").replace('/', '_');
    Golden.assertMatches(
        GOLDEN.resolve(name + ".article.json"), Golden.json(ArticleJson.toMap(name, a)));
  }
}
