package gapwatch.claims;

/**
 * A sentence of the text being read.
 *
 * @param text the sentence, verbatim
 * @param start offset of its first character in the whole text
 * @param index its position among the text's sentences
 * @param paragraph the index of the paragraph (line block) it belongs to
 */
record Sentence(String text, int start, int index, int paragraph) {

  int end() {
    return start + text.length();
  }

  Evidence evidence() {
    return new Evidence(text, start, end());
  }
}
