package gapwatch.claims;

/**
 * A token of an analysed sentence, offsets relative to the sentence. Lemmas are not here: the
 * lemmatizer is the costliest stage, so it runs only for the few tokens that need one (see {@link
 * TextAnalyzer#lemma(Token)}).
 *
 * @param text the token as written
 * @param start offset of its first character
 * @param end offset just past it
 * @param pos its Universal Dependencies part-of-speech tag (PROPN, VERB, ADP...)
 */
record Token(String text, int start, int end, String pos) {

  /** Whether the token is {@code lower}, ignoring case. */
  boolean is(String lower) {
    return text.equalsIgnoreCase(lower);
  }
}
