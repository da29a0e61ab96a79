package gapwatch.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the append-only audit log.
 *
 * @param id the row id, in the order written (0 before it is written)
 * @param at when (ISO-8601 UTC)
 * @param actor the curator's name, or {@code gapwatch} for the program's own actions
 * @param action what was attempted: accept, reject, edit, duplicate, undo, export, reextract...
 * @param outcome ok, conflict (someone else changed the claim first) or refused
 * @param claimId the claim concerned, if any
 * @param before the claim's review state before, as JSON, if any
 * @param after the claim's review state after, as JSON, if any
 * @param detail a message or summary, if any
 */
public record AuditEntry(
    long id,
    String at,
    String actor,
    String action,
    String outcome,
    @Nullable Long claimId,
    @Nullable String before,
    @Nullable String after,
    @Nullable String detail) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
  }
}
