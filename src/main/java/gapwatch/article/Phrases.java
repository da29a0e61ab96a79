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
 * a word phrase is tried only at word starts, and a phrase's expression is run only where the
 * literal text it starts with is found. Immutable and thread-safe.
 */
final class Phrases {

  private static final Phrase[] NONE = {};

  /**
   * The word phrases by their first ASCII letter, then by the second character of their literal
   * start ({@code [c0][c1]}); those whose literal start is one character long sit at {@code
   * [c0][0]}.
   */
  private final Phrase[][][] words = new Phrase[128][][];

  private final List<Phrase> anchored = new ArrayList<>();
  private final List<Phrase> others = new ArrayList<>();

  private Phrases(List<String> phrases) {
    for (String p : phrases) {
      String phrase = p.startsWith("\\b") ? p.substring(2) : p;
      if (phrase.startsWith("^")) {
        anchored.add(Phrase.of(phrase.substring(1)));
      } else if (isAsciiLetter(phrase.charAt(0))) {
        addWordPhrase(Phrase.of(phrase));
      } else {
        others.add(Phrase.of(phrase));
      }
    }
  }

  private void addWordPhrase(Phrase p) {
    char first = p.literal().charAt(0);
    char second = p.literal().length() > 1 ? p.literal().charAt(1) : 0;
    int slot = second < 128 ? second : 0;
    if (words[first] == null) {
      words[first] = new Phrase[128][];
    }
    Phrase[] bucket = words[first][slot] == null ? NONE : words[first][slot];
    bucket = Arrays.copyOf(bucket, bucket.length + 1);
    bucket[bucket.length - 1] = p;
    words[first][slot] = bucket;
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
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (anyAt(words[c][0], text, i) || (next < 128 && anyAt(words[c][next], text, i))) {
          return true;
        }
      }
    }
    for (Phrase p : anchored) {
      if (p.at(text, 0)) {
        return true;
      }
    }
    for (Phrase p : others) {
      if (p.anywhere(text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyAt(Phrase @Nullable [] bucket, String text, int i) {
    if (bucket != null) {
      for (Phrase p : bucket) {
        if (p.at(text, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A phrase: the literal text it starts with, and its expression, run only where the literal text
   * is found; none when the phrase is just the literal text, or the literal text ending a word.
   */
  private record Phrase(String literal, @Nullable Pattern pattern, boolean wordEnd) {

    private static final String SPECIAL = "\\()[]{}?*+|.^$";

    static Phrase of(String phrase) {
      StringBuilder literal = new StringBuilder();
      int i = 0;
      while (i < phrase.length()) {
        char c = phrase.charAt(i);
        boolean escaped =
            c == '\\' && i + 1 < phrase.length() && SPECIAL.indexOf(phrase.charAt(i + 1)) >= 0;
        if (!escaped && SPECIAL.indexOf(c) >= 0) {
          break;
        }
        int next = escaped ? i + 2 : i + 1;
        if (next < phrase.length() && "?*{".indexOf(phrase.charAt(next)) >= 0) {
          break; // the character is optional
        }
        literal.append(escaped ? phrase.charAt(i + 1) : c);
        i = next;
      }
      String rest = phrase.substring(i);
      return rest.isEmpty() || rest.equals("\\b")
          ? new Phrase(literal.toString(), null, !rest.isEmpty())
          : new Phrase(literal.toString(), Pattern.compile(phrase), false);
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

    boolean anywhere(String text) {
      if (literal.isEmpty()) {
        return pattern == null || pattern.matcher(text).find();
      }
      for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
        if (at(text, i)) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean isWordStart(String text, int i) {
    return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  /** A character of a word as {@code \b} sees it. */
  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
