package gapwatch.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's main text: drops what is never article text (scripts, navigation, comments, share
 * widgets, cookie banners, captions), scores the remaining containers by the prose they hold, and
 * reads the best one's blocks — paragraphs, subheadings, list items, quotes — in order, separated
 * by blank lines.
 */
final class MainTextExtractor {

  private static final String NEVER_TEXT =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, form, button, input,"
          + " select, textarea, nav, footer, aside, figure, figcaption, dialog, menu";

  /** Class or id words that mark boilerplate containers. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)(^|[\\s_-])(comments?|comment-list|respond|cookie|consent|gdpr|share|sharing|social"
              + "|related|recommend(ed|ations)?|newsletter|subscribe|signup|promo|advert\\w*|ads?"
              + "|ad-slot|sponsor\\w*|sidebar|breadcrumbs?|byline|author-bio|tags?|tag-list"
              + "|footer|nav|navbar|menu|popup|modal|masthead|toolbar|pagination|read-more"
              + "|more-stories|trending|most-read|outbrain|taboola|disqus|caption|credit)"
              + "($|[\\s_-])");

  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";

  String extract(Document original) {
    Document doc = original.clone();
    doc.select(NEVER_TEXT).remove();
    removeBoilerplate(doc.body());
    Element best = bestContainer(doc);
    if (best == null) {
      return "";
    }
    return readBlocks(best);
  }

  private static void removeBoilerplate(Element root) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root || e.tagName().equals("article") || e.tagName().equals("main")) {
        continue;
      }
      String marker = e.className() + " " + e.id();
      if (!marker.isBlank() && BOILERPLATE.matcher(marker).find()) {
        doomed.add(e);
      }
      String role = e.attr("role");
      if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")) {
        doomed.add(e);
      }
      if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
        doomed.add(e);
      }
    }
    doomed.forEach(Element::remove);
  }

  /** The element holding the most prose, readability-style: paragraphs vote for ancestors. */
  private static @Nullable Element bestContainer(Document doc) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : doc.body().select("p, pre, td, blockquote, li")) {
      String text = p.text();
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + countCommas(text) + Math.min(3, text.length() / 100.0);
      score *= 1 - linkDensity(p);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      if (s > bestScore) {
        bestScore = s;
        best = e.getKey();
      }
    }
    if (best == null) {
      return doc.body();
    }
    // Prefer a semantic article container enclosing the winner, when it adds no noise.
    Element article = best.closest("article, [itemprop=articleBody], main");
    return article != null ? article : best;
  }

  private static String readBlocks(Element container) {
    List<String> blocks = new ArrayList<>();
    Elements found = container.select(BLOCKS);
    if (found.isEmpty()) {
      String t = container.text().strip();
      return t;
    }
    for (Element b : found) {
      if (hasBlockAncestorWithin(b, container)) {
        continue;
      }
      if (b.tagName().equals("li") && linkDensity(b) > 0.5) {
        continue;
      }
      String text = ownBlockText(b);
      if (!text.isEmpty() && linkDensity(b) < 0.8) {
        blocks.add(text);
      }
    }
    return String.join("\n\n", blocks);
  }

  /** Nested blocks (a p inside a blockquote) are read with their outer block. */
  private static boolean hasBlockAncestorWithin(Element e, Element container) {
    for (Element a = e.parent(); a != null && a != container; a = a.parent()) {
      if (a.is(BLOCKS)) {
        return true;
      }
    }
    return false;
  }

  private static String ownBlockText(Element b) {
    StringBuilder sb = new StringBuilder();
    appendText(b, sb);
    return sb.toString()
        .replaceAll("[ \\t\\x0B\\f\\r\\u00a0]+", " ")
        .replaceAll(" *\n *", "\n")
        .strip();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.getWholeText().replace('\n', ' '));
      } else if (child instanceof Element e) {
        if (e.tagName().equals("br")) {
          sb.append('\n');
        } else if (e.is("p, li, div, h2, h3, h4, h5, h6")) {
          sb.append('\n');
          appendText(e, sb);
          sb.append('\n');
        } else {
          appendText(e, sb);
        }
      }
    }
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, linked / (double) total);
  }

  private static int countCommas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }
}
