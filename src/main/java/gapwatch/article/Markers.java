package gapwatch.article;

import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it. Names are split into lower-case words first ({@code
 * theiaStickySidebar}, {@code post_sidebar-2} → {@code theia sticky sidebar}, {@code post sidebar
 * 2}), so that patterns match whole words and word prefixes, never the middle of a word ({@code
 * PageBuilder-pageRow} is no {@code pager}). Stateless.
 */
final class Markers {

  /** Words of page furniture: containers removed before scoring unless they also say content. */
  private static final Phrases FURNITURE =
      Phrases.wholeWords(
          "ads?|adv|advert\\w*|ad (slot|unit|wrap|container|block|break)|adslot|adunit|banner"
              + "|breadcrumbs?|combx|comments?|comment list|commentlist|community|cookies?|consent"
              + "|disqus|extra|footer\\w*|gdpr|header|masthead|legends|menu\\w*|related\\w*"
              + "|remark|replies|rss|shoutbox|sidebar|skyscraper|social\\w*|sponsor\\w*"
              + "|supplemental|agegate|pagination|pager|popup|modal|newsletter\\w*|signup"
              + "|sign up|subscri\\w*|share\\w*|sharing|outbrain|taboola|trending|most (popular"
              + "|read|viewed|shared)|mostpopular|recommend\\w*|promo\\w*|toolbar|navbar|nav"
              + "|navigation|yom remote|paywall|login|print only|sr only|visually hidden"
              + "|screen reader\\w*|hidden");

  /** Words that make a furniture-marked container possibly content after all. */
  private static final Phrases MAYBE_CONTENT =
      Phrases.wholeWords("and|article\\w*|body|column|content|main|shadow|story|entry|text");

  private static final Phrases POSITIVE =
      Phrases.wholeWords(
          "article\\w*|body|content|entry|hentry|h entry|main|page|pagination|post|text|blog"
              + "|story");

  private static final Phrases NEGATIVE =
      Phrases.wholeWords(
          "ad|ads|hidden|hid|banner|combx|comments?|com|contact|foot|footer|footnote|gdpr"
              + "|masthead|media|meta|outbrain|promo\\w*|related\\w*|scroll|share\\w*|shoutbox"
              + "|sidebar|skyscraper|sponsor\\w*|shopping|tags?|tool\\w*|widget|caption|byline"
              + "|author\\w*|social\\w*|newsletter|subscri\\w*|recommend\\w*|more");

  /** Words of a summary shown between headline and text. */
  private static final Phrases SUMMARY =
      Phrases.wholeWords(
          "summary|standfirst|dek|deck|subtitle|sub ?headline|subhead\\w*|description|excerpt"
              + "|strapline|abstract|sapo|chapo");

  /** Words that mark a summary on some sites and the first paragraph on others. */
  private static final Phrases MAYBE_SUMMARY = Phrases.wholeWords("teaser|lead|lede|intro|kicker");

  private Markers() {}

  /** The words of a class or id: lower case, split at camel humps and non-alphanumerics. */
  static String words(String name) {
    char[] out = new char[name.length() * 2];
    int n = 0;
    char prev = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (prev >= 'a' && prev <= 'z') {
          out[n++] = ' ';
        }
        out[n++] = (char) (c + ('a' - 'A'));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out[n++] = c;
      } else if (n > 0 && out[n - 1] != ' ') {
        out[n++] = ' ';
      }
      prev = c;
    }
    if (n > 0 && out[n - 1] == ' ') {
      n--;
    }
    return new String(out, 0, n);
  }

  /** Whether a class and id ({@code "class id"}) mark page furniture rather than content. */
  static boolean furniture(String classAndId) {
    String w = words(classAndId);
    return !w.isEmpty() && FURNITURE.in(w) && !MAYBE_CONTENT.in(w);
  }

  /**
   * How surely the element or its parent is marked as the summary above an article's text: 2 for
   * "standfirst", "dek", {@code itemprop=description} and the like, 1 for words some sites also use
   * for the first paragraph ("lead", "intro"), 0 for none.
   */
  static int summary(Element e) {
    return Math.max(summaryOf(e), e.parent() == null ? 0 : summaryOf(e.parent()));
  }

  private static int summaryOf(Element e) {
    if (e.attr("itemprop").equals("description")) {
      return 2;
    }
    if (!e.hasAttr("class") && !e.hasAttr("id")) {
      return 0;
    }
    String w = words(e.className() + " " + e.id());
    return SUMMARY.in(w) ? 2 : MAYBE_SUMMARY.in(w) ? 1 : 0;
  }

  /** +25 or -25 for a class, and again for an id, that says content or furniture. */
  static int weight(Element e) {
    return weight(e.className()) + weight(e.id());
  }

  private static int weight(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    String w = words(name);
    if (w.isEmpty()) {
      return 0;
    }
    int weight = 0;
    if (NEGATIVE.in(w)) {
      weight -= 25;
    }
    if (POSITIVE.in(w)) {
      weight += 25;
    }
    return weight;
  }
}
