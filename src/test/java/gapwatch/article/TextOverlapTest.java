package gapwatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Shingles are those of the words {@code \w+} finds under {@code UNICODE_CHARACTER_CLASS}. */
class TextOverlapTest {

  private static final Pattern WORD = Pattern.compile("\\w", Pattern.UNICODE_CHARACTER_CLASS);

  @Test
  void wordCharactersAreThoseOfTheUnicodeWordClass() {
    int differ = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (TextOverlap.isWordChar(cp) != WORD.matcher(Character.toString(cp)).matches()) {
        differ++;
      }
    }
    assertEquals(0, differ);
  }

  @Test
  void shinglesAreTheRegularExpressionsShingles() {
    for (String text :
        List.of(
            "",
            "one two three",
            "The chip, the fab and the plan: all four words here, and then some more words.",
            "Tiếng Việt có dấu: công nghệ bán dẫn của Việt Nam đang phát triển nhanh",
            "中国 人工智能 落后 美国 大约 一年 左右",
            "emoji 😀 between words_with_underscores and digits 2024 ٣٤ here")) {
      Set<Long> expected = reference(text);
      TextOverlap.Shingles actual = TextOverlap.shingles(text);
      assertEquals(expected.size(), actual.size(), text);
      for (long h : expected) {
        assertTrue(actual.contains(h), text);
      }
    }
  }

  @Test
  void holdsThousandsOfShinglesIncludingZero() {
    TextOverlap.Shingles many = new TextOverlap.Shingles(1);
    for (long h = -5_000; h < 5_000; h++) {
      many.add(h);
      many.add(h);
    }
    assertEquals(10_000, many.size());
    assertTrue(many.contains(0) && many.contains(-5_000) && many.contains(4_999));
    assertTrue(!many.contains(5_000));
  }

  @Test
  void coverageIsTheShareOfThePartFoundInTheWhole() {
    TextOverlap.Shingles part = TextOverlap.shingles("a b c d e f");
    TextOverlap.Shingles whole = TextOverlap.shingles("x a b c d e y");
    assertEquals(2 / 3.0, TextOverlap.coverage(part, whole), 1e-9);
    assertEquals(0, TextOverlap.coverage(TextOverlap.shingles("too short"), whole));
  }

  /** The definition: hashes of runs of four {@code \w+} words, sorted, each once. */
  private static Set<Long> reference(String text) {
    Matcher m = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
    List<Integer> hashes = new java.util.ArrayList<>();
    while (m.find()) {
      hashes.add(m.group().hashCode());
    }
    Set<Long> out = new HashSet<>();
    for (int i = 3; i < hashes.size(); i++) {
      long h = 17;
      for (int k = i - 3; k <= i; k++) {
        h = h * 1_000_003L + hashes.get(k);
      }
      out.add(h);
    }
    return out;
  }
}
