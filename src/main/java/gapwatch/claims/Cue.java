package gapwatch.claims;

/**
 * Standing language found in a sentence: the words that make a claim, where they are, and what they
 * assert of the actor before them relative to the actor after them.
 *
 * @param relation what the cue asserts of the left actor relative to the right one
 * @param start offset of the cue in the sentence
 * @param end offset just past the cue
 * @param shape how the cue's actors are arranged around it
 */
record Cue(Relation relation, int start, int end, Shape shape) {

  /** Where a cue's actors stand. */
  enum Shape {
    /** "X lags Y", "X is ahead of Y": subject before, reference after (or from context). */
    SUBJECT_CUE_REFERENCE,
    /** "the gap between X and Y", "X and Y are on par": both actors together, order unknown. */
    PAIR
  }
}
