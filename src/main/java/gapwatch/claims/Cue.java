package gapwatch.claims;

/**
 * Standing language found in a sentence: the words that make a claim, where they are, what they
 * assert of the actor before them relative to the actor after them, and where that other actor is
 * looked for.
 *
 * @param relation what the cue asserts of the subject relative to the reference
 * @param start offset of the cue in the sentence
 * @param end offset just past the cue
 * @param frame how the cue's actors are arranged around it
 * @param fallback where the reference may come from when the text leaves it out
 * @param verbs when not empty, the cue is a verb: one of its words must be tagged a verb with one
 *     of these lemmas ("its rival Samsung", "the leading supplier" are not the verbs)
 */
record Cue(
    Relation relation,
    int start,
    int end,
    Frame frame,
    Fallback fallback,
    java.util.Set<String> verbs) {

  /** Where a cue's actors stand. */
  enum Frame {
    /** "X lags Y", "X is ahead of Y", "X has an edge over Y": the reference follows the cue. */
    OBJECT,
    /** "the gap between X and Y", "no gap between X and Y": both actors together. */
    PAIR
  }

  /** Where an omitted reference may be found. */
  enum Fallback {
    /** Nowhere: without a named reference there is no claim ("X beats" needs an object). */
    NONE,
    /** Another actor of the same sentence: "X leads in A, while Y leads in B". */
    SENTENCE,
    /** The same sentence, then the sentences around it: "China is a year behind". */
    CONTEXT
  }
}
