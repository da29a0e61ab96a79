package gapwatch.claims;

import java.util.Objects;

/**
 * The sentence stating a claim and where it stands in the text it came from.
 *
 * @param sentence the sentence, verbatim
 * @param start offset of its first character in the text
 * @param end offset just past its last character; {@code text.substring(start, end)} is the
 *     sentence
 */
public record Evidence(String sentence, int start, int end) {
  public Evidence {
    Objects.requireNonNull(sentence, "sentence");
    if (start < 0 || end < start || end - start != sentence.length()) {
      throw new IllegalArgumentException(
          "offsets " + start + "–" + end + " do not fit a sentence of " + sentence.length());
    }
  }
}
