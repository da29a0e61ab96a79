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

  /** The main text's blocks, read destructively from {@code doc}. */
  List<Block> extract(Document doc, @Nullable String title) {
    Element body = doc.body();
    PagePruner.removeNeverText(body);
    PagePruner.removeFurniture(body, TextMeasure.of(body));
    TextMeasure m = TextMeasure.of(body);
    BodyFinder.Body region = BodyFinder.find(body, m);
    BodyCleaner.clean(region, m);
    List<Block> out = new ArrayList<>();
    String normalizedTitle = title == null ? "" : normalize(title);
    for (Block b : BlockReader.read(region.elements())) {
      if (!normalizedTitle.isEmpty() && normalize(b.text()).equals(normalizedTitle)) {
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

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
