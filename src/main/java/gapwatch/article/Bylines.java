package gapwatch.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The people credited with an article: JSON-LD authors of type Person, author meta tags, microdata,
 * author links and bylines, cleaned of what bylines wrap names in ("By", job titles, dates, "Email
 * the author", share links) and of organisations. Stateless.
 */
final class Bylines {

  private static final Pattern PREFIX =
      Pattern.compile(
          "(?iu)^\\s*(written by|posted by|words by|story by|reported by|text by|by|von|par|por"
              + "|di|bởi|автор|texto)\\s*:?\\s+");

  /** Where a name ends in a byline: a job title, a date, a separator, a call to action. */
  private static final Pattern TAIL =
      Pattern.compile(
          "(?iu)(\\s+[|•·–—]\\s+|\\s+-\\s+|,\\s*(?=\\p{Ll})|\\s*\\(|\\s+(updated|published|posted"
              + "|on|at)\\s+|\\s+(email|e-mail|follow|twitter|contact|view all|more from|see all"
              + "|read more)\\b|,?\\s*(the\\s+)?(senior|staff|chief|special|contributing|deputy"
              + "|associate|executive|managing|political|business|technology|tech|science"
              + "|foreign|china|asia|europe|us|u\\.s\\.)?\\s*(reporter|correspondent|writer"
              + "|editor|journalist|columnist|contributor|producer|analyst|photographer"
              + "|anchor|intern|fellow)s?\\b).*$");

  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|&|\\band\\b|\\bund\\b|\\be\\b|\\bet\\b|\\by\\b|\\bvà\\b)\\s*");

  private static final Set<String> NOT_NAMES =
      Set.of(
          ("staff admin administrator editor editors editorial reuters ap afp newsroom "
                  + "associated press bloomberg xinhua guest anonymous unknown team desk "
                  + "share facebook twitter linkedin email print comments wires news")
              .split(" "));

  private static final Phrases COMMENTS = Phrases.wholeWords("comments?|replies|reply");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

  private Bylines() {}

  static List<String> authors(PageFacts facts, Optional<JsonNode> ld) {
    Set<String> names = new LinkedHashSet<>();
    ld.ifPresent(n -> fromJsonLd(n.get("author"), names));
    if (names.isEmpty()) {
      for (String key :
          List.of(
              "author",
              "article:author",
              "parsely-author",
              "sailthru.author",
              "dc.creator",
              "byl")) {
        for (String v : facts.metaAll(key)) {
          if (!v.startsWith("http")) {
            addAll(v, names);
          }
        }
      }
    }
    if (names.isEmpty()) {
      for (Element e : facts.microdata) {
        if (e.attr("itemprop").equalsIgnoreCase("author") && !e.nameIs("meta") && !inComments(e)) {
          Element name = e.selectFirst(ITEMPROP_NAME);
          addAll(name != null ? name.text() : e.text(), names);
        }
      }
    }
    if (names.isEmpty()) {
      facts.authorLinks.forEach(a -> addAll(a.text(), names));
    }
    if (names.isEmpty()) {
      for (Element e : facts.bylinesAndDates) {
        String words = Markers.words(e.className() + " " + e.id());
        if ((words.contains("author") || words.contains("byline")) && e.text().length() < 200) {
          addAll(e.text(), names);
          if (!names.isEmpty()) {
            break;
          }
        }
      }
    }
    return new ArrayList<>(names);
  }

  /** Whether the element sits in a comment thread, whose authors are readers. */
  private static boolean inComments(Element e) {
    int depth = 0;
    for (Element p = e; p != null && depth < 12; p = p.parent(), depth++) {
      if ((p.hasAttr("class") || p.hasAttr("id"))
          && COMMENTS.in(Markers.words(p.className() + " " + p.id()))) {
        return true;
      }
    }
    return false;
  }

  private static void fromJsonLd(JsonNode author, Set<String> names) {
    if (author == null) {
      return;
    }
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      if (a.isTextual()) {
        addAll(a.asText(), names);
      } else if (a.isObject()) {
        String type = a.path("@type").asText("Person");
        if (!type.equalsIgnoreCase("Organization")
            && !type.equalsIgnoreCase("NewsMediaOrganization")) {
          addAll(a.path("name").asText(""), names);
        }
      }
    }
  }

  /** Adds each name a byline holds ("By A, B and C"). */
  static void addAll(String byline, Set<String> names) {
    String s = byline.replace('\u00a0', ' ').strip();
    s = PREFIX.matcher(s).replaceFirst("");
    s = TAIL.matcher(s).replaceFirst("");
    for (String part : SPLIT.split(s)) {
      String name = PREFIX.matcher(part.strip()).replaceFirst("").strip();
      if (isName(name)) {
        names.add(name);
      }
    }
  }

  private static boolean isName(String name) {
    if (name.length() < 3 || name.length() > 60 || name.contains("@") || name.contains("http")) {
      return false;
    }
    if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String[] words = SPACES.split(name);
    if (words.length > 5) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    return Character.isLetter(name.codePointAt(0)) && !Character.isLowerCase(name.codePointAt(0));
  }
}
