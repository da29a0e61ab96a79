package gapwatch.store;

import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a claim an aggregate needs, in force (curator corrections applied): small enough to
 * stream millions of them.
 *
 * @param id the claim's stable id
 * @param subject the actor the claim is about
 * @param reference the actor it is compared with
 * @param relation behind, ahead or parity
 * @param gap the gap in months, if stated as a number
 * @param domain the domain, if stated
 * @param speaker the speaker's name, if any
 * @param articleUrl the article's canonical (else fetched) URL
 * @param published the article's date, if known
 * @param status the review status
 */
public record ClaimSummary(
    long id,
    String subject,
    String reference,
    Relation relation,
    @Nullable MonthRange gap,
    @Nullable String domain,
    @Nullable String speaker,
    String articleUrl,
    @Nullable String published,
    ReviewStatus status) {

  public ClaimSummary {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(status, "status");
  }

  /** The summary of a reviewed claim. */
  public static ClaimSummary of(ReviewedClaim rc) {
    StoredClaim e = rc.effective();
    return new ClaimSummary(
        rc.id(),
        e.claim().subject(),
        e.claim().reference(),
        e.claim().relation(),
        e.claim().gap() == null ? null : e.claim().gap().months(),
        e.claim().domain(),
        e.claim().speaker() == null ? null : e.claim().speaker().name(),
        e.articleUrl(),
        e.published(),
        rc.review().status());
  }
}
