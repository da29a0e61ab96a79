package gapwatch.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Reads elements as the reader sees them: a list of text blocks (paragraphs, subheadings, list
 * items, quotes, table rows) in document order, each with the share of its text inside links.
 * Inline elements flow into the block around them; {@code <br>} becomes a line break. Not
 * thread-safe; one per reading.
 */
final class BlockReader implements NodeFilter {

  /**
   * A block of text as read.
   *
   * @param text the text, inner line breaks kept
   * @param tag the tag of the innermost block element holding it
   * @param linkChars characters inside links, whitespace not counted
   * @param chars all characters, whitespace not counted
   * @param element the innermost block element holding it, if read from markup
   */
  record Block(String text, String tag, int linkChars, int chars, @Nullable Element element) {
    double linkDensity() {
      return chars == 0 ? 0 : linkChars / (double) chars;
    }

    boolean heading() {
      return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
  }

  static final Set<String> BLOCK_TAGS =
      Set.of(
          ("address article aside blockquote dd div dl dt fieldset figcaption figure footer "
                  + "form h1 h2 h3 h4 h5 h6 header hr li main ol p pre section table tr td th ul "
                  + "center details summary caption tbody thead tfoot body html")
              .split(" "));

  private static final Set<String> SKIPPED =
      Set.of(
          ("button select textarea option input iframe object embed video audio script "
                  + "style noscript template svg canvas")
              .split(" "));

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<Element> openBlocks = new ArrayList<>();
  private int linkDepth;
  private int preDepth;
  private int linkChars;

  private BlockReader() {}

  /** A block of plain text without links. */
  static Block plain(String text) {
    return new Block(text, "p", 0, visibleChars(text), null);
  }

  /** The blocks of these elements, in order. */
  static List<Block> read(List<Element> elements) {
    BlockReader r = new BlockReader();
    for (Element e : elements) {
      NodeTraversor.filter(r, e);
      r.flush();
    }
    return r.blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t);
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (SKIPPED.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        lineBreak();
      } else if (BLOCK_TAGS.contains(tag)) {
        flush();
        openBlocks.add(e);
        if (tag.equals("pre")) {
          preDepth++;
        }
      } else if (tag.equals("a")) {
        linkDepth++;
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        openBlocks.remove(openBlocks.size() - 1);
        if (tag.equals("pre")) {
          preDepth--;
        }
      } else if (tag.equals("a")) {
        linkDepth--;
      }
    }
    return FilterResult.CONTINUE;
  }

  private void append(TextNode t) {
    String s = t.getWholeText();
    if (preDepth > 0) {
      text.append(s);
    } else {
      appendCollapsed(s);
    }
    if (linkDepth > 0) {
      linkChars += visibleChars(s);
    }
  }

  /** One {@code <br>} breaks a line; two in a row (spaces between allowed) end a paragraph. */
  private void lineBreak() {
    int i = text.length() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i >= 0 && text.charAt(i) == '\n') {
      flush();
    } else {
      text.append('\n');
    }
  }

  /** Appends with runs of white space made one space, and none at the start of a line. */
  private void appendCollapsed(String s) {
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && !isSpace(s.charAt(i))) {
        i++;
      }
      text.append(s, start, i);
      if (i < s.length()) {
        if (!text.isEmpty() && !endsWithSpace()) {
          text.append(' ');
        }
        while (i < s.length() && isSpace(s.charAt(i))) {
          i++;
        }
      }
    }
  }

  private static boolean isSpace(char c) {
    return TextMeasure.isWhitespace(c) || c == '\u00a0';
  }

  private boolean endsWithSpace() {
    char c = text.charAt(text.length() - 1);
    return c == ' ' || c == '\n';
  }

  private void flush() {
    String s = preDepth > 0 ? text.toString().strip() : clean(text);
    if (!s.isEmpty()) {
      Element e = openBlocks.isEmpty() ? null : openBlocks.get(openBlocks.size() - 1);
      String tag = e == null ? "div" : e.normalName();
      int chars = visibleChars(s);
      blocks.add(new Block(s, tag, Math.min(linkChars, chars), chars, e));
    }
    text.setLength(0);
    linkChars = 0;
  }

  /** The text stripped, each run of spaces and line breaks that holds a line break made one. */
  private static String clean(CharSequence raw) {
    String s = raw.toString();
    if (s.indexOf('\n') < 0) {
      return s.strip();
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int j = i;
      boolean lineBreak = false;
      while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\n')) {
        lineBreak |= s.charAt(j) == '\n';
        j++;
      }
      if (j == i) {
        out.append(s.charAt(i));
        i++;
      } else {
        out.append(lineBreak ? "\n" : s.substring(i, j));
        i = j;
      }
    }
    return out.toString().strip();
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!TextMeasure.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
