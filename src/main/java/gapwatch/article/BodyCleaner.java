package gapwatch.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes what sits inside an article's body without being part of it: the headline, captions, link
 * lists, image galleries, embedded players and containers whose class says furniture, judged on
 * their text, links, paragraphs and images (Readability's "clean conditionally"). Stateless.
 */
final class BodyCleaner {

  private static final Set<String> CONTAINERS =
      Set.of(
          ("div section ul ol dl table form fieldset aside header footer figure details")
              .split(" "));

  private static final Evaluator QUOTE_OR_PARAGRAPH = QueryParser.parse("blockquote, p");
  private static final Evaluator FIGURE = QueryParser.parse("figure");

  private BodyCleaner() {}

  /** Cleans each element's subtree in place. */
  static void clean(BodyFinder.Body body, TextMeasure m) {
    List<Element> doomed = new ArrayList<>();
    for (Element root : body.elements()) {
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof Element e && e != root && shouldRemove(e, body, m)) {
                doomed.add(e);
                return FilterResult.SKIP_ENTIRELY;
              }
              return FilterResult.CONTINUE;
            }
          },
          root);
    }
    doomed.forEach(Element::remove);
  }

  private static boolean shouldRemove(Element e, BodyFinder.Body body, TextMeasure m) {
    String tag = e.normalName();
    if (tag.equals("h1") || tag.equals("figcaption") || tag.equals("caption")) {
      return true;
    }
    if ((tag.equals("h2") || tag.equals("h3")) && Markers.weight(e) < 0) {
      return true;
    }
    if (!CONTAINERS.contains(tag) || PagePruner.isQuote(e, m)) {
      return false;
    }
    if (tag.equals("figure")) {
      return e.selectFirst(QUOTE_OR_PARAGRAPH) == null;
    }
    int weight = Markers.weight(e);
    if (weight + body.score(e) < 0) {
      return true;
    }
    if (m.commas(e) >= 10) {
      return false;
    }
    return looksLikeFurniture(e, tag, weight, m);
  }

  private static boolean looksLikeFurniture(Element e, String tag, int weight, TextMeasure m) {
    int p = m.paragraphs(e);
    int img = m.images(e);
    int li = m.listItems(e) - 100;
    int chars = m.chars(e);
    double ld = m.linkDensity(e);
    boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
    boolean form = tag.equals("form") || tag.equals("fieldset");
    return (img > 1 && p / (double) img < 0.5 && e.closest(FIGURE) == null)
        || (!list && li > p)
        || (form && m.inputs(e) > p / 3)
        || (!list && chars < 25 && (img == 0 || img > 2) && ld > 0)
        || (!list && weight < 25 && ld > 0.2)
        || (weight >= 25 && ld > 0.5);
  }
}
