package gapwatch.claims;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One gap claim: {@code subject} stands {@code relation} {@code reference} in {@code domain}, by
 * {@code gap}, according to {@code speaker}. Actor names are canonical (see {@link ActorTable}).
 *
 * @param confidence between 0 and 1; claims under the review threshold are stored and flagged, not
 *     dropped
 */
public record GapClaim(
    String subject,
    String reference,
    Relation relation,
    @Nullable GapAmount gap,
    @Nullable String domain,
    @Nullable Speaker speaker,
    Evidence evidence,
    double confidence) {

  public GapClaim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(evidence, "evidence");
    if (subject.equals(reference)) {
      throw new IllegalArgumentException("a claim needs two actors, got " + subject + " twice");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
    }
  }

  /** The same claim about {@code newDomain}, found in its context. */
  public GapClaim withDomain(@Nullable String newDomain) {
    return new GapClaim(
        subject, reference, relation, gap, newDomain, speaker, evidence, confidence);
  }
}
