package gapwatch.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A set of phrases, each a regular expression, and a fast test of whether a text contains any of
 * them. A phrase starting with an ASCII letter matches only where a word starts; one starting with
 * {@code ^} only at the start of the text; any other anywhere.
 *
 * <p>Why not one alternation: {@code find()} on {@code (a|b|c...)} tries every alternative at every
 * position of the text, which made the furniture checks the most expensive part of extraction. Here
 * a word phrase is tried only at word starts, and its expression is run only where the literal text
 * it starts with is found. Immutable and thread-safe.
 */
final class Phrases {

  /**
   * A phrase: the literal text it starts with, and the expression for the rest, run only where the
   * literal text is found; none when the phrase is the literal text, or the literal text ending a
   * word.
   */
  private record Phrase(String literal, @Nullable Pattern pattern, boolean wordEnd) {
    static Phrase of(String phrase) {
      String literal = literalStart(phrase);
      String rest = phrase.substring(literal.length());
      return rest.isEmpty() || rest.equals("\\b")
          ? new Phrase(literal, null, !rest.isEmpty())
          : new Phrase(literal, Pattern.compile(phrase), false);
    }

    boolean at(String text, int i) {
      if (!text.startsWith(literal, i)) {
        return false;
      }
      if (pattern != null) {
        return pattern
            .matcher(text)
            .region(i, text.length())
            .useTransparentBounds(true)
            .useAnchoringBounds(false)
            .lookingAt();
      }
      int end = i + literal.length();
      return !wordEnd || end == text.length() || !isWordChar(text.charAt(end));
    }
  }

  private static final Phrase[] NONE = {};

  /** The word phrases by their first character (ASCII letters only). */
  private final Phrase[][] words = new Phrase[128][];

  private final @Nullable Pattern anchored;
  private final @Nullable Pattern others;

  private Phrases(List<String> phrases) {
    List<String> anchoredRest = new ArrayList<>();
    List<String> otherPhrases = new ArrayList<>();
    for (String p : phrases) {
      String phrase = p.startsWith("\\b") ? p.substring(2) : p;
      if (phrase.startsWith("^")) {
        anchoredRest.add(phrase.substring(1));
      } else if (isAsciiLetter(phrase.charAt(0))) {
        Phrase[] row = words[phrase.charAt(0)] == null ? NONE : words[phrase.charAt(0)];
        row = Arrays.copyOf(row, row.length + 1);
        row[row.length - 1] = Phrase.of(phrase);
        words[phrase.charAt(0)] = row;
      } else {
        otherPhrases.add(phrase);
      }
    }
    this.anchored = anchoredRest.isEmpty() ? null : alternation(anchoredRest);
    this.others = otherPhrases.isEmpty() ? null : alternation(otherPhrases);
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
  boolean in(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && words[c] != null && isWordStart(text, i)) {
        for (Phrase p : words[c]) {
          if (p.at(text, i)) {
            return true;
          }
        }
      }
    }
    return (anchored != null && anchored.matcher(text).lookingAt())
        || (others != null && others.matcher(text).find());
  }

  private static boolean isWordStart(String text, int i) {
    return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  /** A character of a word as {@code \\b} sees it. */
  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /**
   * The literal text a phrase starts with: up to its first special character, without a last
   * character that a quantifier makes optional.
   */
  private static String literalStart(String phrase) {
    int end = 0;
    while (end < phrase.length() && "\\()[]{}?*+|.^$".indexOf(phrase.charAt(end)) < 0) {
      end++;
    }
    if (end < phrase.length() && "?*{".indexOf(phrase.charAt(end)) >= 0) {
      end--;
    }
    return phrase.substring(0, Math.max(end, 0));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static Pattern alternation(List<String> alternatives) {
    return Pattern.compile(String.join("|", alternatives));
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
