package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.Golden;
import gapwatch.article.Article;
import gapwatch.article.ArticleExtractor;
import gapwatch.article.ArticleJson;
import gapwatch.article.LanguageGuesser;
import gapwatch.article.SiteProfile;
import gapwatch.article.TextSource;
import gapwatch.crawl.FetchedPage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled site profiles ({@code config/sites}) on pages built to match each site's layout:
 * {@code article/sites/<site>-<case>.html} → {@code <site>-<case>.article.json}.
 */
class SiteProfileGoldenTest {

  static final Path PAGES = Golden.RESOURCES.resolve("gapwatch/article/sites");
  private static ArticleExtractor extractor;

  @BeforeAll
  static void load() throws SettingsException {
    List<SiteProfile> profiles = SiteProfileLoader.loadFolder(SiteProfileLoader.DEFAULT_FOLDER);
    extractor = new ArticleExtractor(new LanguageGuesser(), profiles);
  }

  static Stream<String> pages() throws IOException {
    try (Stream<Path> files = Files.list(PAGES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void extractsTheGoldenArticle(String page) throws IOException {
    String name = page.substring(0, page.length() - ".html".length());
    String site = name.substring(0, name.indexOf('-'));
    URI url = URI.create("https://www." + site + ".com/news/article/" + name);
    Article a =
        extractor.extract(
            FetchedPage.ofFile(url, Files.readAllBytes(PAGES.resolve(page)), "text/html"));
    Golden.assertMatches(
        PAGES.resolve(name + ".article.json"), Golden.json(ArticleJson.toMap(name, a)));
  }

  @Test
  void readsTheScmpBodyFromTheEmbeddedState() throws IOException {
    Article a =
        extractor.extract(
            FetchedPage.ofFile(
                URI.create("https://www.scmp.com/tech/article/3300001"),
                Files.readAllBytes(PAGES.resolve("scmp-apollo-state.html")),
                "text/html"));
    assertEquals(TextSource.SITE_PROFILE, a.textSource());
    assertTrue(a.text().contains("\n\nWhat the scanners can do\n\n"), a.text());
    assertTrue(!a.text().contains("advertisement"), a.text());
  }

  @Test
  void theProfileIsNotUsedOnOtherSites() throws IOException {
    Article a =
        extractor.extract(
            FetchedPage.ofFile(
                URI.create("https://news.example.org/tech/article/3300001"),
                Files.readAllBytes(PAGES.resolve("scmp-apollo-state.html")),
                "text/html"));
    assertTrue(a.textSource() != TextSource.SITE_PROFILE);
  }

  @Test
  void aBrokenProfileNamesTheFileTheKeyAndTheProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "hosts: [example.com]\nbody:\n  - css: \"div[\"\n  - script: x\n");
    SettingsException e =
        assertThrows(SettingsException.class, () -> SiteProfileLoader.loadFolder(dir));
    assertTrue(
        e.getMessage().contains("broken.yaml: body[0].css: 'div[' is not a CSS selector"),
        e.getMessage());
    assertTrue(e.getMessage().contains("body[1]: write either {css:"), e.getMessage());
  }

  @Test
  void aProfileWithoutHostsIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("nohost.yaml"), "name: x\nbody:\n  - css: article\n");
    SettingsException e =
        assertThrows(SettingsException.class, () -> SiteProfileLoader.loadFolder(dir));
    assertTrue(
        e.getMessage().contains("nohost.yaml: hosts: name at least one host"), e.getMessage());
  }
}
