package gapwatch.claims;

import org.jspecify.annotations.Nullable;

/**
 * A claim found by a language's rules, before speakers, merging and confidence.
 *
 * @param subject canonical subject
 * @param reference canonical reference
 * @param relation the standing asserted
 * @param amount the amount, if any
 * @param domain the domain phrase, if any
 * @param sentence the sentence stating it
 * @param referenceFromContext whether the reference was not named in the sentence
 * @param cueAt offset of the standing language in the sentence
 */
record Candidate(
    String subject,
    String reference,
    Relation relation,
    @Nullable GapAmount amount,
    @Nullable String domain,
    Sentence sentence,
    boolean referenceFromContext,
    int cueAt) {

  /** The same claim restated with another size, cued at {@code at}: "that gap is now ten years". */
  Candidate resized(GapAmount other, int at) {
    return new Candidate(
        subject, reference, relation, other, domain, sentence, referenceFromContext, at);
  }
}
