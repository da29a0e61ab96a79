package gapwatch.article;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text, linked text and commas every element under a root holds, and how many paragraphs,
 * list items, images and form fields it contains, measured in one iterative pass so that scoring a
 * page is linear in its size (jsoup's {@code text()} per element would be quadratic, and recursive
 * code would overflow on deeply nested pages). Characters are counted without whitespace. A
 * snapshot: later changes to the tree are not reflected, except removals made through {@link
 * #remove}. Not thread-safe; one per extraction.
 */
final class TextMeasure {

  private static final int CHARS = 0;
  private static final int LINK_CHARS = 1;
  private static final int COMMAS = 2;
  private static final int PARAGRAPHS = 3;
  private static final int LIST_ITEMS = 4;
  private static final int IMAGES = 5;
  private static final int INPUTS = 6;
  private static final int PROSE = 7;
  private static final int QUOTED = 8;
  private static final int OWN_CHARS = 9; // in the element's own text nodes; not summed upwards
  private static final int BLOCK_CHILDREN = 10; // not summed upwards
  private static final int FIELDS = 11;

  /** A paragraph this long, with few links, is prose rather than a teaser or a label. */
  private static final int PROSE_CHARS = 80;

  /** Sized for a typical page (about a thousand elements), to spare most rehashing. */
  private final Map<Element, int[]> counts = new IdentityHashMap<>(1024);

  private final Element root;

  private TextMeasure(Element root) {
    this.root = root;
  }

  static TextMeasure of(Element root) {
    TextMeasure m = new TextMeasure(root);
    NodeTraversor.traverse(m.new Counter(), root);
    return m;
  }

  /**
   * A measure of {@code root} still to be filled by its {@link #counter()}, for a caller that walks
   * the page for its own reasons too.
   */
  static TextMeasure unfilled(Element root) {
    return new TextMeasure(root);
  }

  /**
   * The visitor that fills this measure: it must be shown, head and tail, every node under the root
   * that stays in the tree, in document order.
   */
  NodeVisitor counter() {
    return new Counter();
  }

  /**
   * Removes elements from the tree and brings the counts of their ancestors up to date. Only the
   * ancestors are counted again, from their children's counts and their own text, so that pruning a
   * page costs far less than measuring it anew.
   */
  void remove(List<Element> elements) {
    Set<Element> stale = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : elements) {
      for (Element p = e.parent(); p != null && stale.add(p) && p != root; p = p.parent()) {
        // an ancestor already marked has its own ancestors marked too
      }
      e.remove();
    }
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            return node instanceof Element e && stale.contains(e)
                ? FilterResult.CONTINUE
                : FilterResult.SKIP_ENTIRELY;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
              recount(e);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
  }

  /** Counts an element again from its children's counts and its own text nodes. */
  private void recount(Element e) {
    int[] own = new int[FIELDS];
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        countText(t.getWholeText(), own);
      } else if (child instanceof Element c) {
        addChild(c, counts.get(c), own);
      }
    }
    countTag(e, own);
    counts.put(e, own);
  }

  int chars(Element e) {
    return get(e, CHARS);
  }

  int linkChars(Element e) {
    return get(e, LINK_CHARS);
  }

  int commas(Element e) {
    return get(e, COMMAS);
  }

  /** Descendant {@code p} elements. */
  int paragraphs(Element e) {
    return get(e, PARAGRAPHS);
  }

  /** Descendant {@code li} elements. */
  int listItems(Element e) {
    return get(e, LIST_ITEMS);
  }

  /** Descendant {@code img} elements. */
  int images(Element e) {
    return get(e, IMAGES);
  }

  /** Descendant form fields. */
  int inputs(Element e) {
    return get(e, INPUTS);
  }

  /** Characters in descendant paragraphs of prose: long, and mostly not links. */
  int prose(Element e) {
    return get(e, PROSE);
  }

  /** Characters inside descendant (or self) blockquotes. */
  int quoted(Element e) {
    return get(e, QUOTED);
  }

  /** Share of the element's text that sits inside links, 0 for an element without text. */
  double linkDensity(Element e) {
    int chars = chars(e);
    return chars == 0 ? 0 : Math.min(1.0, linkChars(e) / (double) chars);
  }

  private int get(Element e, int field) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[field];
  }

  /**
   * Adds each text node to its parent, and each finished element to its parent. The counts of the
   * open elements are kept on a stack, the parent's on top, to spare a map lookup per node.
   */
  private final class Counter implements NodeVisitor {
    private final Deque<int[]> open = new ArrayDeque<>();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        int[] own = new int[FIELDS];
        counts.put(e, own);
        open.push(own);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (!open.isEmpty()) {
          countText(t.getWholeText(), open.peek());
        }
      } else if (node instanceof Element e) {
        int[] own = open.pop();
        countTag(e, own);
        if (!open.isEmpty()) {
          addChild(e, own, open.peek());
        }
      }
    }
  }

  private static void addChild(Element child, int[] childCounts, int[] parent) {
    for (int i = 0; i < OWN_CHARS; i++) {
      parent[i] += childCounts[i];
    }
    if (BlockReader.BLOCK_TAGS.contains(child.normalName())) {
      parent[BLOCK_CHILDREN]++;
    }
  }

  /** Counts the element itself: a paragraph (or a div written as one) is prose when long. */
  private static void countTag(Element e, int[] own) {
    switch (e.normalName()) {
      case "a" -> own[LINK_CHARS] = own[CHARS];
      case "p" -> {
        own[PARAGRAPHS]++;
        if (own[CHARS] >= PROSE_CHARS && own[LINK_CHARS] * 3 < own[CHARS]) {
          own[PROSE] = own[CHARS];
        }
      }
      case "div", "section", "article", "td", "blockquote" -> {
        // Without block children it is a paragraph written without <p>; with them, its own text
        // between the blocks may be (paragraphs separated by <br>).
        if (e.nameIs("blockquote")) {
          own[QUOTED] = own[CHARS];
        }
        int text = own[BLOCK_CHILDREN] == 0 ? own[CHARS] : own[OWN_CHARS];
        if (text >= 25) {
          own[PARAGRAPHS]++;
        }
        if (text >= PROSE_CHARS && own[LINK_CHARS] * 3 < own[CHARS]) {
          own[PROSE] = own[BLOCK_CHILDREN] == 0 ? text : own[PROSE] + text;
        }
      }
      case "li" -> own[LIST_ITEMS]++;
      case "img", "picture" -> own[IMAGES]++;
      case "input", "select", "textarea", "button" -> own[INPUTS]++;
      default -> {
        // other tags only carry text
      }
    }
  }

  /**
   * {@link Character#isWhitespace(char)}, answered without a table lookup outside U+1680–U+3000,
   * where all its non-ASCII white space lies.
   */
  static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }
    return c >= 0x1680 && c <= 0x3000 && Character.isWhitespace(c);
  }

  private static void countText(String s, int[] c) {
    int commas = 0;
    int chars = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        // most text is ASCII, where everything above the space is visible
        if (ch > ' ') {
          chars++;
          commas += ch == ',' ? 1 : 0;
        } else if (!isWhitespace(ch)) {
          chars++;
        }
      } else {
        if (ch == '，' || ch == '、') {
          commas++;
        }
        if (!isWhitespace(ch) && ch != '\u00a0') {
          chars++;
        }
      }
    }
    c[COMMAS] += commas;
    c[CHARS] += chars;
    c[OWN_CHARS] += chars;
  }
}
