package gapwatch.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.Golden;
import gapwatch.crawl.FetchedPage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Date accuracy on a gold set of pages written for it ({@code article/dates/}, expectations in
 * {@code expected.tsv}): every way news pages state their dates — JSON-LD, meta tags, microdata,
 * time elements, date lines in several languages and zones, URLs — plus traps (teaser dates, a
 * modification date before publication) and two forms the reader does not handle (relative and
 * Spanish dates). A page is right when both its published and modified dates equal the gold ones.
 * Prints the figures; fails under the pinned floor of 90 %.
 */
class DateGoldTest {

  static final Path FOLDER = Golden.RESOURCES.resolve("gapwatch/article/dates");
  private static final double FLOOR = 0.90;

  @Test
  void datesAreRightOnAtLeastNinetyPercentOfTheGoldPages() throws IOException {
    ArticleExtractor extractor = new ArticleExtractor(new LanguageGuesser());
    List<String> wrong = new ArrayList<>();
    int pages = 0;
    int publishedRight = 0;
    int modifiedRight = 0;
    int bothRight = 0;
    for (String line : Files.readAllLines(FOLDER.resolve("expected.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Article a =
          extractor.extract(
              FetchedPage.ofFile(
                  URI.create(f[1]), Files.readAllBytes(FOLDER.resolve(f[0] + ".html")), null));
      String published = a.published() == null ? "-" : a.published().value();
      String modified = a.modified() == null ? "-" : a.modified().value();
      boolean p = Objects.equals(published, f[2]);
      boolean m = Objects.equals(modified, f[3]);
      pages++;
      publishedRight += p ? 1 : 0;
      modifiedRight += m ? 1 : 0;
      bothRight += p && m ? 1 : 0;
      if (!(p && m)) {
        wrong.add(f[0] + ": got " + published + " / " + modified + ", gold " + f[2] + " / " + f[3]);
      }
    }
    double accuracy = bothRight / (double) pages;
    System.out.printf(
        Locale.ROOT,
        "date gold set: %d pages; published right %d, modified right %d, both right %d (%.1f %%)%n",
        pages,
        publishedRight,
        modifiedRight,
        bothRight,
        100 * accuracy);
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    assertTrue(accuracy >= FLOOR, "date accuracy " + accuracy + " under " + FLOOR + ": " + wrong);
  }
}
