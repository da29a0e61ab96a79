package gapwatch.store;

import gapwatch.claims.Relation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields in force that a report groups a claim by. Immutable.
 *
 * @param subject the actor the claim is about
 * @param reference the actor it is compared with
 * @param relation behind, ahead or parity
 * @param domain the domain as written, if stated
 */
public record ClaimKey(
    String subject, String reference, Relation relation, @Nullable String domain) {

  public ClaimKey {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(relation, "relation");
  }
}
