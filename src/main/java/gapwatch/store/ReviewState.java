package gapwatch.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A claim's current standing with the curators: the state its latest decision produced.
 *
 * @param claimId the claim's stable id
 * @param version how many decisions the claim has had; a decision must name the version it saw
 *     (optimistic locking), 0 when it has had none
 * @param status pending, accepted, rejected or duplicate
 * @param edits the curator's corrected fields, or null when the extracted ones stand
 * @param reason why it was rejected, if it was
 * @param duplicateOf the claim it duplicates, if marked so
 * @param curator who made the latest decision, if any
 * @param decidedAt when (ISO-8601 UTC), if any
 * @param rereview whether re-extraction changed the claim's fields after the latest decision, so a
 *     curator should look again (the decision stays in force meanwhile)
 */
public record ReviewState(
    long claimId,
    int version,
    ReviewStatus status,
    @Nullable ClaimFields edits,
    @Nullable String reason,
    @Nullable Long duplicateOf,
    @Nullable String curator,
    @Nullable String decidedAt,
    boolean rereview) {

  public ReviewState {
    Objects.requireNonNull(status, "status");
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative, was " + version);
    }
  }

  /** The state of a claim nobody has decided on. */
  public static ReviewState undecided(long claimId) {
    return new ReviewState(claimId, 0, ReviewStatus.PENDING, null, null, null, null, null, false);
  }

  /** This state with the re-review flag set as given. */
  public ReviewState rereview(boolean flag) {
    return new ReviewState(
        claimId, version, status, edits, reason, duplicateOf, curator, decidedAt, flag);
  }
}
