package gapwatch.claims;

/**
 * A token of an analysed sentence, offsets relative to the sentence.
 *
 * @param text the token as written
 * @param start offset of its first character
 * @param end offset just past it
 * @param pos its Universal Dependencies part-of-speech tag (PROPN, VERB, ADP...)
 * @param lemma its lemma, lower case
 */
record Token(String text, int start, int end, String pos, String lemma) {

  boolean is(String lowerLemma) {
    return lemma.equals(lowerLemma);
  }
}
