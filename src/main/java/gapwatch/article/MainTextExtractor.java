package gapwatch.article;

import gapwatch.article.BlockReader.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's main text: drops what is never article text (scripts, navigation, comments, share
 * widgets, cookie banners, captions), scores the remaining containers by the prose they hold, and
 * reads the best one's blocks — paragraphs, subheadings, list items, quotes — in order, separated
 * by blank lines. Stateless; it changes the document it reads.
 */
final class MainTextExtractor {

  /** Below this many characters of text, the whole page's text is kept to classify the page. */
  private static final int SHORT_PAGE_CHARS = 3_000;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * What was read from a page.
   *
   * @param blocks the main text's blocks
   * @param pageText all text a reader can see on the page, when asked for or when the main text is
   *     short (to tell a consent or block page)
   * @param headlineLinks links inside subheadings of the body: many make a list of teasers
   */
  record Reading(List<Block> blocks, @Nullable String pageText, int headlineLinks) {}

  /**
   * Reads the main text destructively from {@code doc}.
   *
   * @param title the headline, left out of the text
   * @param keepPageText whether to keep the text of the whole page, to check declared text against
   */
  Reading extract(
      Document doc, @Nullable String title, @Nullable String summary, boolean keepPageText) {
    Element body = doc.body();
    TextMeasure m = PagePruner.prune(body);
    String pageText = keepPageText || m.chars(body) < SHORT_PAGE_CHARS ? body.text() : null;
    BodyFinder.Body region = BodyFinder.find(body, m);
    int headlineLinks = 0;
    for (Element e : region.elements()) {
      headlineLinks += headlineLinks(e);
    }
    BodyCleaner.clean(region, m);
    List<Block> blocks = keep(BlockReader.read(region.elements()), title, summary);
    return new Reading(blocks, pageText, headlineLinks);
  }

  /** The links inside h2–h4 subheadings under {@code root}, root included. */
  private static int headlineLinks(Element root) {
    int[] links = {0};
    int[] headings = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              if (isSubheading(e)) {
                headings[0]++;
              } else if (headings[0] > 0 && e.nameIs("a") && e.hasAttr("href")) {
                links[0]++;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && isSubheading(e)) {
              headings[0]--;
            }
          }
        },
        root);
    return links[0];
  }

  private static boolean isSubheading(Element e) {
    return e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4");
  }

  /**
   * The blocks that are article text: not the headline, not the summary shown above the text (the
   * page's description, when one of the first blocks repeats it), not link lists, not furniture.
   */
  static List<Block> keep(List<Block> blocks, @Nullable String title, @Nullable String summary) {
    List<Block> out = new ArrayList<>();
    String normalizedTitle = title == null ? "" : normalize(title);
    long titleWordChars = normalizedTitle.codePoints().filter(c -> c != ' ').count();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (repeats(b, normalizedTitle, titleWordChars)) {
        continue;
      }
      if (i < 2 && isSummary(b, summary)) {
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

  /**
   * A summary above the text: marked as one and close to the page's description (any words when the
   * page has none), or a heading or weakly marked block that repeats the description.
   */
  private static boolean isSummary(Block b, @Nullable String description) {
    int marked = b.element() == null ? 0 : Markers.summary(b.element());
    if (marked == 0 && !b.heading()) {
      return false;
    }
    if (description == null) {
      return marked == 2;
    }
    double overlap = wordOverlap(b.text(), description);
    return marked == 2 ? overlap >= 0.5 : overlap >= 0.8;
  }

  /** The share of the words of {@code a} that also occur in {@code b}, case ignored. */
  private static double wordOverlap(String a, String b) {
    Set<String> inB = new HashSet<>(List.of(normalize(b).split(" ")));
    String[] words = normalize(a).split(" ");
    int found = 0;
    for (String w : words) {
      if (inB.contains(w)) {
        found++;
      }
    }
    return words.length == 0 ? 0 : found / (double) words.length;
  }

  /**
   * Whether the block is the headline again. Comparing the counts of letters and digits first
   * spares normalizing most blocks: normalizing keeps exactly those.
   */
  private static boolean repeats(Block b, String normalized, long normalizedWordChars) {
    return !normalized.isEmpty()
        && b.text().length() <= normalized.length() * 2 + 20
        && b.text().codePoints().filter(MainTextExtractor::isLetterOrNumber).count()
            == normalizedWordChars
        && normalize(b.text()).equals(normalized);
  }

  /** {@code \p{L}} or {@code \p{N}}. */
  private static boolean isLetterOrNumber(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static String normalize(String s) {
    return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
