package gapwatch.report;

import gapwatch.claims.GapClaim;
import gapwatch.claims.Relation;
import java.util.Locale;

/**
 * A claim's orientation-free key: "X behind Y" and "Y ahead of X" are the same (laggard, leader)
 * pair; parity pairs are ordered by name.
 *
 * @param laggard the actor behind (or the first of a parity pair)
 * @param leader the actor ahead (or the second of a parity pair)
 * @param parity whether the claims say the two are level
 * @param domain the claim's domain, lightly normalised
 */
public record PairKey(String laggard, String leader, boolean parity, String domain) {

  /** The key of a claim. */
  public static PairKey of(GapClaim c) {
    String domain = normalizeDomain(c.domain());
    if (c.relation() == Relation.PARITY) {
      boolean ordered = c.subject().compareTo(c.reference()) <= 0;
      return new PairKey(
          ordered ? c.subject() : c.reference(),
          ordered ? c.reference() : c.subject(),
          true,
          domain);
    }
    return c.relation() == Relation.BEHIND
        ? new PairKey(c.subject(), c.reference(), false, domain)
        : new PairKey(c.reference(), c.subject(), false, domain);
  }

  static String normalizeDomain(String domain) {
    if (domain == null || domain.isBlank()) {
      return "(unspecified)";
    }
    return domain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
