package gapwatch.article;

import gapwatch.article.BlockReader.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's main text: drops what is never article text (scripts, navigation, comments, share
 * widgets, cookie banners, captions), scores the remaining containers by the prose they hold, and
 * reads the best one's blocks — paragraphs, subheadings, list items, quotes — in order, separated
 * by blank lines. Stateless; it changes the document it reads.
 */
final class MainTextExtractor {

  /**
   * What was read from a page.
   *
   * @param blocks the main text's blocks
   * @param pageText all text a reader can see on the page, when asked for
   */
  record Reading(List<Block> blocks, @Nullable String pageText) {}

  /**
   * Reads the main text destructively from {@code doc}.
   *
   * @param title the headline, left out of the text
   * @param keepPageText whether to keep the text of the whole page, to check declared text against
   */
  Reading extract(
      Document doc, @Nullable String title, @Nullable String summary, boolean keepPageText) {
    Element body = doc.body();
    PagePruner.removeNeverText(body);
    PagePruner.removeFurniture(body, TextMeasure.of(body));
    String pageText = keepPageText ? body.text() : null;
    TextMeasure m = TextMeasure.of(body);
    BodyFinder.Body region = BodyFinder.find(body, m);
    BodyCleaner.clean(region, m);
    return new Reading(keep(BlockReader.read(region.elements()), title, summary), pageText);
  }

  /**
   * The blocks that are article text: not the headline, not the summary shown above the text (the
   * page's description, when one of the first blocks repeats it), not link lists, not furniture.
   */
  static List<Block> keep(List<Block> blocks, @Nullable String title, @Nullable String summary) {
    List<Block> out = new ArrayList<>();
    String normalizedTitle = title == null ? "" : normalize(title);
    String normalizedSummary = summary == null ? "" : normalize(summary);
    for (Block b : blocks) {
      if (repeats(b, normalizedTitle)) {
        continue;
      }
      if (out.size() < 2
          && (b.heading() || (b.element() != null && Markers.summary(b.element())))
          && repeats(b, normalizedSummary)) {
        continue;
      }
      if (b.linkDensity() > 0.5 && (b.tag().equals("li") || b.chars() < 80)) {
        continue;
      }
      if (BlockFilter.isFurniture(b)) {
        continue;
      }
      out.add(b);
    }
    return out;
  }

  static String join(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (!sb.isEmpty()) {
        sb.append("\n\n");
      }
      sb.append(b.text());
    }
    return sb.toString();
  }

  private static boolean repeats(Block b, String normalized) {
    return !normalized.isEmpty()
        && b.text().length() <= normalized.length() * 2 + 20
        && normalize(b.text()).equals(normalized);
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
