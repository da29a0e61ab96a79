package gapwatch.article;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of phrases, each a regular expression, and a fast test of whether a text contains any of
 * them. A phrase starting with an ASCII letter matches only where a word starts; one starting with
 * {@code ^} only at the start of the text; any other anywhere.
 *
 * <p>Why not one alternation: {@code find()} on {@code (a|b|c...)} tries every alternative at every
 * position of the text, which made the furniture checks the most expensive part of extraction. Here
 * a word phrase is tried only at word starts whose first two letters begin some phrase, and the
 * phrases are grouped by first letter. Immutable and thread-safe.
 */
final class Phrases {

  private final Pattern words;

  /**
   * Which pairs of ASCII characters begin a word phrase, at {@code c0 * 128 + c1}; {@code c1 = 0}
   * for phrases that only fix their first character.
   */
  private final BitSet wordPrefixes = new BitSet(128 * 128);

  private final Pattern anchored;
  private final Pattern others;

  private Phrases(List<String> phrases) {
    Map<String, List<String>> wordsByFirst = new TreeMap<>();
    List<String> anchoredRest = new ArrayList<>();
    List<String> otherPhrases = new ArrayList<>();
    for (String p : phrases) {
      String phrase = p.startsWith("\\b") ? p.substring(2) : p;
      if (phrase.startsWith("^")) {
        anchoredRest.add(phrase.substring(1));
      } else if (isAsciiLetter(phrase.charAt(0))) {
        wordPrefixes.set(prefix(phrase));
        wordsByFirst
            .computeIfAbsent(phrase.substring(0, 1), k -> new ArrayList<>())
            .add(phrase.substring(1));
      } else {
        otherPhrases.add(phrase);
      }
    }
    StringJoiner grouped = new StringJoiner("|");
    wordsByFirst.forEach((first, rests) -> grouped.add(first + alternation(rests)));
    this.words = Pattern.compile(grouped.length() == 0 ? "(?!)" : grouped.toString());
    this.anchored = Pattern.compile(alternation(anchoredRest));
    this.others = Pattern.compile(alternation(otherPhrases));
  }

  /** The phrases given. */
  static Phrases of(String... phrases) {
    return new Phrases(List.of(phrases));
  }

  /**
   * The alternatives of {@code alternation} ({@code "ads?|ad (slot|unit)|menu"}), each matched as
   * whole words: from a word start to a word boundary.
   */
  static Phrases wholeWords(String alternation) {
    return new Phrases(topLevel(alternation).stream().map(a -> a + "\\b").toList());
  }

  /** Whether the text contains any of the phrases. */
  boolean in(CharSequence text) {
    int n = text.length();
    if (n == 0) {
      return false;
    }
    Matcher m = words.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = 0; i < n; i++) {
      if (isWordStart(text, i) && startsPhrase(text, i) && m.region(i, n).lookingAt()) {
        return true;
      }
    }
    return anchored.matcher(text).lookingAt() || others.matcher(text).find();
  }

  private static boolean isWordStart(CharSequence text, int i) {
    return Character.isLetter(text.charAt(i))
        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }

  private boolean startsPhrase(CharSequence text, int i) {
    char first = text.charAt(i);
    if (first >= 128) {
      return false;
    }
    if (wordPrefixes.get(first * 128)) {
      return true;
    }
    char second = i + 1 < text.length() ? text.charAt(i + 1) : 0;
    return second < 128 && wordPrefixes.get(first * 128 + second);
  }

  /** The phrase's first two letters, or only its first when the second is not a plain letter. */
  private static int prefix(String phrase) {
    boolean two =
        phrase.length() >= 2
            && isAsciiLetter(phrase.charAt(1))
            && (phrase.length() == 2 || "?*{".indexOf(phrase.charAt(2)) < 0);
    return phrase.charAt(0) * 128 + (two ? phrase.charAt(1) : 0);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String alternation(List<String> alternatives) {
    return alternatives.isEmpty() ? "(?!)" : "(?:" + String.join("|", alternatives) + ")";
  }

  /** The top-level alternatives of an alternation: bars inside groups and classes stay. */
  private static List<String> topLevel(String alternation) {
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
