package gapwatch.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Finds the elements that hold an article's body, the way Mozilla's Readability does: every
 * paragraph votes for its parent and, less, for its further ancestors; the votes are weighed by
 * class names and link density; the best-scored element wins, and those of its siblings that also
 * look like content join it (bodies split by advertising slots). Stateless.
 */
final class BodyFinder {

  /** Elements that can hold a body but are never a paragraph themselves. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          ("address article aside blockquote dd div dl dt fieldset figure footer form h1 h2 "
                  + "h3 h4 h5 h6 header hr li main ol p pre section table tbody thead tr td th ul")
              .split(" "));

  private static final Set<String> DIV_LIKE =
      Set.of(("div section article main center font span").split(" "));

  private static final int MIN_PARAGRAPH_CHARS = 20;

  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

  /** How much a character of other text costs against one of prose when widening the body. */
  private static final double PROSE_NOISE_WEIGHT = 4;

  private BodyFinder() {}

  /**
   * The body found.
   *
   * @param elements the winner and the siblings that join it, in document order; empty when no
   *     element holds a paragraph
   * @param scores the content score of every element that received votes
   */
  record Body(List<Element> elements, Map<Element, Double> scores) {
    double score(Element e) {
      return scores.getOrDefault(e, 0.0);
    }
  }

  static Body find(Element root, TextMeasure m) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : root.getAllElements()) {
      int chars = paragraphChars(e, m);
      if (chars >= MIN_PARAGRAPH_CHARS) {
        vote(e, paragraphScore(e, chars, m), scores, root);
      }
    }
    Element top = best(scores, m);
    if (top == null) {
      return new Body(List.of(), scores);
    }
    top = widen(top, scores, m);
    return new Body(withSiblings(top, scores, m), scores);
  }

  /** The characters an element contributes as a paragraph, or 0 when it is not one. */
  private static int paragraphChars(Element e, TextMeasure m) {
    String tag = e.normalName();
    if (tag.equals("p") || tag.equals("pre") || tag.equals("td")) {
      return m.chars(e);
    }
    if (!DIV_LIKE.contains(tag)) {
      return 0;
    }
    if (tag.equals("span") || !hasBlockChild(e)) {
      // A div without block children is a paragraph written without <p>.
      return tag.equals("span") ? 0 : m.chars(e);
    }
    return ownTextChars(e); // text between blocks, e.g. paragraphs separated by <br>
  }

  private static boolean hasBlockChild(Element e) {
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof Element c && BLOCK_TAGS.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** The characters of the element's own text as a reader sees them (no-break space is space). */
  private static int ownTextChars(Element e) {
    int n = 0;
    for (int k = 0; k < e.childNodeSize(); k++) {
      if (e.childNode(k) instanceof TextNode t) {
        String s = t.getWholeText();
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (!TextMeasure.isWhitespace(c) && c != '\u00a0' && c != '\u200b' && c != '\u00ad') {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static double paragraphScore(Element e, int chars, TextMeasure m) {
    int commas = hasBlockChild(e) ? 0 : m.commas(e);
    return 1 + commas + Math.min(3, chars / 80.0);
  }

  /** A paragraph's score goes to its ancestors, divided more the further up they are. */
  private static void vote(Element p, double score, Map<Element, Double> scores, Element root) {
    boolean mixed = hasBlockChild(p) && DIV_LIKE.contains(p.normalName());
    Element a = mixed ? p : p.parent();
    for (int level = 0; a != null && level < 5 && !a.nameIs("html"); level++, a = a.parent()) {
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores.put(a, scores.computeIfAbsent(a, BodyFinder::initialScore) + score / divider);
      if (a == root) {
        break;
      }
    }
  }

  private static double initialScore(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return s + Markers.weight(e);
  }

  private static @Nullable Element best(Map<Element, Double> scores, TextMeasure m) {
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - m.linkDensity(e.getKey()));
      e.setValue(s);
      if (s > topScore) {
        topScore = s;
        top = e.getKey();
      }
    }
    return top;
  }

  /**
   * Moves up from the winner when several near-winners share an ancestor with it (a body split in
   * sibling blocks), or when its parent scores higher still.
   */
  private static Element widen(Element top, Map<Element, Double> scores, TextMeasure m) {
    double topScore = scores.get(top);
    List<Element> alternatives = new ArrayList<>();
    scores.entrySet().stream()
        .filter(e -> e.getKey() != top && e.getValue() >= topScore * 0.75)
        .sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
        .limit(5)
        .forEach(e -> alternatives.add(e.getKey()));
    Element chosen = top;
    if (alternatives.size() >= 3) {
      for (Element p = top.parent(); p != null && !p.nameIs("body"); p = p.parent()) {
        int containing = 0;
        for (Element alt : alternatives) {
          if (isAncestor(p, alt)) {
            containing++;
          }
        }
        if (containing >= 3) {
          chosen = p;
          break;
        }
      }
    }
    double last = scores.getOrDefault(chosen, 0.0);
    for (Element p = chosen.parent(); p != null && !p.nameIs("body"); p = p.parent()) {
      Double ps = scores.get(p);
      if (ps == null) {
        continue;
      }
      if (ps < last / 3) {
        break;
      }
      if (ps > last) {
        chosen = p;
        last = ps;
      }
    }
    while (chosen.parent() != null
        && !chosen.parent().nameIs("body")
        && chosen.parent().childrenSize() == 1) {
      chosen = chosen.parent();
    }
    return gatherProse(chosen, m);
  }

  /**
   * Moves up to the ancestor that holds the most prose for the least other text: a body split into
   * chunks by advertising rails sits in cousins of the winner, not in its siblings.
   */
  private static Element gatherProse(Element chosen, TextMeasure m) {
    Element best = chosen;
    double bestValue = proseValue(chosen, m);
    for (Element p = chosen.parent(); p != null && !p.nameIs("body"); p = p.parent()) {
      double v = proseValue(p, m);
      if (v > bestValue) {
        best = p;
        bestValue = v;
      }
    }
    return best;
  }

  private static double proseValue(Element e, TextMeasure m) {
    int prose = m.prose(e);
    return prose - PROSE_NOISE_WEIGHT * (m.chars(e) - prose);
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The winner with those of its siblings that look like more of the same body. */
  private static List<Element> withSiblings(
      Element top, Map<Element, Double> scores, TextMeasure m) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? topScore * 0.2
              : 0;
      Double s = scores.get(sibling);
      if (s != null && s + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.nameIs("p")) {
        int chars = m.chars(sibling);
        double ld = m.linkDensity(sibling);
        if ((chars > 65 && ld < 0.25)
            || (chars > 0
                && chars <= 65
                && ld == 0
                && SENTENCE_END.matcher(sibling.text()).find())) {
          out.add(sibling);
        }
      }
    }
    return out;
  }
}
