package gapwatch.report;

import gapwatch.claims.Relation;

/**
 * A claim's orientation-free key: "X behind Y" and "Y ahead of X" are the same (laggard, leader)
 * pair; parity pairs are ordered by name.
 *
 * @param laggard the actor behind (or the first of a parity pair)
 * @param leader the actor ahead (or the second of a parity pair)
 * @param parity whether the claims say the two are level
 * @param domain the claim's domain group
 */
public record PairKey(String laggard, String leader, boolean parity, String domain) {

  /** The key of "{@code subject} {@code relation} {@code reference} in {@code domain}". */
  public static PairKey of(String subject, String reference, Relation relation, String domain) {
    if (relation == Relation.PARITY) {
      boolean ordered = subject.compareTo(reference) <= 0;
      return new PairKey(
          ordered ? subject : reference, ordered ? reference : subject, true, domain);
    }
    return relation == Relation.BEHIND
        ? new PairKey(subject, reference, false, domain)
        : new PairKey(reference, subject, false, domain);
  }
}
