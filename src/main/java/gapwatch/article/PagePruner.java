package gapwatch.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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
   * Removes hidden elements and furniture-marked containers under {@code root}, keeping the measure
   * up to date; an element holding much of the page's prose is never removed, whatever its class
   * says (a "sticky-sidebar" plug-in wrapping the article).
   */
  static void removeFurniture(Element root, TextMeasure measure) {
    int totalProse = measure.prose(root);
    int total = measure.chars(root);
    List<Element> doomed = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          private int verbatim; // depth inside tables and code, whose classes mean layout

          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || e == root) {
              return FilterResult.CONTINUE;
            }
            if (isHidden(e)
                || (verbatim == 0 && isFurniture(e) && !holdsTheProse(e) && !isQuote(e, measure))) {
              doomed.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            if (e.nameIs("table") || e.nameIs("code")) {
              verbatim++;
            }
            return FilterResult.CONTINUE;
          }

          private boolean holdsTheProse(Element e) {
            return totalProse >= 400
                ? measure.prose(e) >= totalProse * 0.4
                : measure.chars(e) > total / 2;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e
                && (e.nameIs("table") || e.nameIs("code"))
                && (doomed.isEmpty() || doomed.get(doomed.size() - 1) != e)) {
              verbatim--;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    measure.remove(doomed);
  }

  /**
   * Whether the element mostly wraps a quotation: embedded posts (a tweet is a blockquote inside a
   * "social-embed" container) are part of the story.
   */
  static boolean isQuote(Element e, TextMeasure measure) {
    return measure.chars(e) > 0 && measure.quoted(e) * 2 >= measure.chars(e);
  }

  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
      return !e.nameIs("a") && !e.nameIs("span");
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  static boolean isFurniture(Element e) {
    if (e.nameIs("a") || e.nameIs("article") || e.nameIs("main") || e.nameIs("body")) {
      return false;
    }
    if (FURNITURE_TAGS.contains(e.normalName())) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role)) {
      return true;
    }
    return Markers.furniture(e);
  }
}
