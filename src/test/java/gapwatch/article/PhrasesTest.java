package gapwatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Phrases} finds what the equivalent alternation finds, at word starts only. */
class PhrasesTest {

  private static final Phrases PROMOTION =
      Phrases.of(
          "sign up (for (our|the|a) \\S+ newsletter|here|now|today)",
          "newsletters?\\b",
          "don'?t miss",
          "^read (more|next)\\b",
          "^(share|more)$",
          "\\(reporting by",
          "\\(ap\\)$",
          "\\dmin(ute)? read$",
          "click here");

  @Test
  void findsPhrasesAtWordStartsOnly() {
    assertTrue(PROMOTION.in("please sign up here for more"));
    assertTrue(PROMOTION.in("(sign up today)"));
    assertFalse(PROMOTION.in("a design up here"), "inside a word");
    assertTrue(PROMOTION.in("our newsletter."));
    assertFalse(PROMOTION.in("the newsletterish look"), "newsletters?\\b needs a word end");
    assertTrue(PROMOTION.in("dont miss it"));
    assertTrue(PROMOTION.in("don't miss it"));
    assertTrue(PROMOTION.in("then click here"));
  }

  @Test
  void triesAnchoredPhrasesAtTheStartOnly() {
    assertTrue(PROMOTION.in("read more about it"));
    assertFalse(PROMOTION.in("you can read more"));
    assertTrue(PROMOTION.in("share"));
    assertFalse(PROMOTION.in("share this"), "^(share|more)$ is the whole text");
  }

  @Test
  void findsOtherPhrasesAnywhere() {
    assertTrue(PROMOTION.in("the minister said (reporting by jane doe)"));
    assertTrue(PROMOTION.in("chicago (ap)"));
    assertFalse(PROMOTION.in("chicago (ap) — the city"), "\\(ap\\)$ ends the text");
    assertTrue(PROMOTION.in("a 5min read"));
  }

  @Test
  void matchesWholeWordsOfClassNames() {
    Phrases furniture =
        Phrases.wholeWords("ads?|ad (slot|unit)|comments?|menu\\w*|most (read|viewed)");
    for (String yes : List.of("ads", "top ad slot", "comment list", "menu item", "most read box")) {
      assertTrue(furniture.in(yes), yes);
    }
    for (String no : List.of("adder", "read", "commentary", "most popular", "lead")) {
      assertFalse(furniture.in(no), no);
    }
  }

  @Test
  void agreesWithTheAlternationOnWordBoundedTexts() {
    String alternation = "ads?|ad (slot|unit)|comments?|menu\\w*|most (read|viewed)";
    Phrases phrases = Phrases.wholeWords(alternation);
    Pattern regex = Pattern.compile("\\b(" + alternation + ")\\b");
    String[] words = {
      "ad",
      "ads",
      "slot",
      "unit",
      "comment",
      "comments",
      "menu",
      "menus",
      "most",
      "read",
      "viewed",
      "x",
      "adx",
      "2ad"
    };
    for (String a : words) {
      for (String b : words) {
        for (String c : words) {
          String text = a + " " + b + " " + c;
          boolean expected = regex.matcher(text).find();
          assertEquals(expected, phrases.in(text), text);
        }
      }
    }
  }
}
