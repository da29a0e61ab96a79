package gapwatch.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds one regular expression that finds any of several phrases, each a regular expression that
 * starts with a literal character. A plain alternation {@code (a|b|c...)} tried with {@code find()}
 * tests every alternative at every position of the text, which made the furniture checks the most
 * expensive part of extraction; here a phrase starting with a letter is tried only where a word
 * starts, and phrases are grouped by their first character so that a position is turned down after
 * one test per group. Anchored phrases ({@code ^...}) are tried at the start only. Meant for {@code
 * find()} as a yes-or-no test: the groups of the phrases are not numbered as written. Stateless.
 */
final class Phrases {

  /** Not after a letter or digit: where {@code \\b} holds before a word's first letter. */
  private static final String WORD_START = "(?<![\\p{L}\\p{N}])";

  private Phrases() {}

  /**
   * A pattern that finds any alternative of {@code alternation} ({@code "ads?|ad
   * (slot|unit)|menu"}) as whole words, case as given: the alternative must start and end at word
   * boundaries.
   */
  static Pattern wholeWords(String alternation) {
    return any(0, alternatives(alternation).stream().map(a -> a + "\\b").toArray(String[]::new));
  }

  /**
   * A pattern that finds any of the phrases.
   *
   * @param flags {@link Pattern} flags
   * @param phrases regular expressions, each starting with {@code ^}, an escaped character or a
   *     literal one
   */
  static Pattern any(int flags, String... phrases) {
    Map<String, List<String>> byStart = new TreeMap<>();
    for (String p : phrases) {
      int cut = p.startsWith("\\") ? 2 : p.offsetByCodePoints(0, 1);
      byStart.computeIfAbsent(p.substring(0, cut), k -> new ArrayList<>()).add(p.substring(cut));
    }
    StringJoiner anchored = new StringJoiner("|");
    StringJoiner words = new StringJoiner("|");
    StringJoiner others = new StringJoiner("|");
    for (Map.Entry<String, List<String>> e : byStart.entrySet()) {
      String start = e.getKey();
      String group = start + "(?:" + String.join("|", e.getValue()) + ")";
      if (start.equals("^")) {
        anchored.add(group);
      } else if (Character.isLetter(start.codePointAt(0))) {
        words.add(group);
      } else {
        others.add(group);
      }
    }
    StringJoiner all = new StringJoiner("|", "(?:", ")");
    all.setEmptyValue("(?!)");
    if (anchored.length() > 0) {
      all.add(anchored.toString());
    }
    if (words.length() > 0) {
      all.add(WORD_START + "(?:" + words + ")");
    }
    if (others.length() > 0) {
      all.add(others.toString());
    }
    return Pattern.compile(all.toString(), flags);
  }

  /** The top-level alternatives of an alternation: bars inside groups and classes stay. */
  private static List<String> alternatives(String alternation) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int from = 0;
    for (int i = 0; i < alternation.length(); i++) {
      char c = alternation.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(alternation.substring(from, i));
        from = i + 1;
      }
    }
    out.add(alternation.substring(from));
    return out;
  }
}
