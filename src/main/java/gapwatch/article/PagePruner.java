package gapwatch.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Removes from a page what is never article text: scripts and embedded objects, hidden elements,
 * forms, navigation, and containers whose class, id or role marks them as page furniture (menus,
 * share widgets, cookie banners, comments, related links, advertising). A marked container that
 * also looks like content ("article-sidebar" vs. "sidebar") is kept: the scorer decides. Stateless.
 */
final class PagePruner {

  private static final Set<String> NEVER_TEXT =
      Set.of("script", "style", "noscript", "template", "svg", "canvas", "link", "meta", "title");

  /** Tags of page furniture, whatever their class. */
  private static final Set<String> FURNITURE_TAGS =
      Set.of("nav", "aside", "footer", "menu", "dialog");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private static final List<String> FURNITURE_ROLES =
      List.of(
          "navigation",
          "menu",
          "menubar",
          "complementary",
          "alert",
          "alertdialog",
          "dialog",
          "banner",
          "contentinfo",
          "search");

  private PagePruner() {}

  /** Removes never-text elements and comments from the tree under {@code root}, in place. */
  static void removeNeverText(Element root) {
    NodeTraversor.filter(
        (node, depth) ->
            node != root
                    && (node instanceof Comment
                        || (node instanceof Element e && NEVER_TEXT.contains(e.normalName())))
                ? NodeFilter.FilterResult.REMOVE
                : NodeFilter.FilterResult.CONTINUE,
        root);
  }

  /**
   * Removes what is never text, hidden elements and furniture-marked containers under {@code root},
   * and returns the measure of what is left; an element holding much of the page's prose is never
   * removed, whatever its class says (a "sticky-sidebar" plug-in wrapping the article). One walk
   * over the page removes, measures and finds the furniture; which furniture goes is decided after
   * it, when the page's prose is known.
   */
  static TextMeasure prune(Element root) {
    TextMeasure measure = TextMeasure.unfilled(root);
    FurnitureFinder finder = new FurnitureFinder(root, measure.counter());
    NodeTraversor.filter(finder, root);
    measure.remove(finder.doomed(measure));
    return measure;
  }

  /** Whether the element is hidden or marked as furniture, where it is looked for. */
  private record Candidate(Element element, boolean hidden, int start, int[] end) {}

  /**
   * Removes never-text nodes and comments, shows every other node to the measure's counter, and
   * notes furniture candidates with the span of their subtree in document order.
   */
  private static final class FurnitureFinder implements NodeFilter {
    private final Element root;
    private final NodeVisitor counter;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Deque<Candidate> open = new ArrayDeque<>();
    private final Map<String, Boolean> furnitureNames = new HashMap<>();
    private int verbatim; // depth inside tables and code, whose classes mean layout
    private int index; // of the node in document order

    FurnitureFinder(Element root, NodeVisitor counter) {
      this.root = root;
      this.counter = counter;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node != root
          && (node instanceof Comment
              || (node instanceof Element e && NEVER_TEXT.contains(e.normalName())))) {
        return FilterResult.REMOVE;
      }
      index++;
      if (node instanceof Element e && e != root) {
        Marks marks = Marks.of(e);
        boolean hidden = marks.hide(e);
        if (hidden || (verbatim == 0 && isFurniture(e, marks))) {
          Candidate c = new Candidate(e, hidden, index, new int[1]);
          candidates.add(c);
          open.push(c);
        }
        if (isVerbatim(e)) {
          verbatim++;
        }
      }
      counter.head(node, depth);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      counter.tail(node, depth);
      if (node instanceof Element e && e != root) {
        if (isVerbatim(e)) {
          verbatim--;
        }
        if (!open.isEmpty() && open.peek().element() == e) {
          open.pop().end()[0] = index;
        }
      }
      return FilterResult.CONTINUE;
    }

    /** Furniture by tag or role, else by class and id (remembered: pages repeat their names). */
    private boolean isFurniture(Element e, Marks marks) {
      Boolean byTag = furnitureByTag(e, marks.role());
      if (byTag != null) {
        return byTag;
      }
      String cls = marks.cls();
      String id = marks.id();
      if (cls.isEmpty() && id.isEmpty()) {
        return false;
      }
      // the words of "class id" are those of either alone when the other is empty
      String name = id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
      return furnitureNames.computeIfAbsent(name, Markers::furniture);
    }

    /** The outermost candidates to remove: hidden, or neither holding the prose nor a quote. */
    List<Element> doomed(TextMeasure measure) {
      int totalProse = measure.prose(root);
      int total = measure.chars(root);
      List<Element> doomed = new ArrayList<>();
      int doomedUntil = -1;
      for (Candidate c : candidates) {
        if (c.start() <= doomedUntil) {
          continue; // inside an element already removed
        }
        Element e = c.element();
        boolean holdsTheProse =
            totalProse >= 400 ? measure.prose(e) >= totalProse * 0.4 : measure.chars(e) > total / 2;
        if (c.hidden() || (!holdsTheProse && !isQuote(e, measure))) {
          doomed.add(e);
          doomedUntil = c.end()[0];
        }
      }
      return doomed;
    }
  }

  private static boolean isVerbatim(Element e) {
    return e.nameIs("table") || e.nameIs("code");
  }

  /**
   * Whether the element mostly wraps a quotation: embedded posts (a tweet is a blockquote inside a
   * "social-embed" container) are part of the story.
   */
  static boolean isQuote(Element e, TextMeasure measure) {
    return measure.chars(e) > 0 && measure.quoted(e) * 2 >= measure.chars(e);
  }

  /**
   * The attributes that mark an element hidden or as furniture, read in one pass over its
   * attributes.
   */
  private record Marks(String cls, String id, String role, String style, boolean hidden) {
    static final Marks NONE = new Marks("", "", "", "", false);

    static Marks of(Element e) {
      if (e.attributesSize() == 0) {
        return NONE;
      }
      String cls = "";
      String id = "";
      String role = "";
      String style = "";
      boolean hidden = false;
      for (Attribute a : e.attributes()) {
        switch (a.getKey()) {
          case "class" -> cls = a.getValue().trim();
          case "id" -> id = a.getValue();
          case "role" -> role = a.getValue();
          case "style" -> style = a.getValue();
          case "hidden" -> hidden = true;
          case "aria-hidden" -> hidden |= a.getValue().equals("true");
          default -> {
            // not a mark
          }
        }
      }
      return new Marks(cls, id, role, style, hidden);
    }

    /** Whether the element is hidden from readers (links and spans hidden for screens stay). */
    boolean hide(Element e) {
      if (hidden) {
        return !e.nameIs("a") && !e.nameIs("span");
      }
      return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }
  }

  /**
   * Whether the element's tag or role make it furniture (true), or its tag never (false); {@code
   * null} when its class and id decide.
   */
  private static @Nullable Boolean furnitureByTag(Element e, String roleAttribute) {
    if (e.nameIs("a") || e.nameIs("article") || e.nameIs("main") || e.nameIs("body")) {
      return false;
    }
    if (FURNITURE_TAGS.contains(e.normalName())) {
      return true;
    }
    String role = roleAttribute.toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role)) {
      return true;
    }
    return null;
  }
}
