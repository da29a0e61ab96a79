package gapwatch.claims;

/**
 * An amount found in a sentence, with its character span.
 *
 * @param amount the parsed amount
 * @param start offset of its first character in the sentence
 * @param end offset just past its last character
 * @param kind what the amount measures: time can become months, the others cannot
 */
record AmountMention(GapAmount amount, int start, int end, Kind kind) {

  enum Kind {
    /** A time span: months are known, or it is vague ("years"). */
    TIME,
    /** Not a time: generations, process nodes, percentages, figures of speech. */
    OTHER
  }
}
