package gapwatch.store;

import gapwatch.claims.MonthRange;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One claim as an aggregate counts it, with the fields in force (curator corrections applied).
 * {@link ClaimSummaries} makes millions of these, so a summary holds no text of its own: within one
 * read, claims with equal keys share one {@link ClaimKey}, the claims of one article share its date
 * string, and the article's URL is a number. Immutable.
 *
 * @param key subject, reference, relation and domain
 * @param status the review status
 * @param gap the gap in months, if stated as a number
 * @param speaker the speaker's name, if any
 * @param source the article's canonical (else fetched) URL as a number: within one read, claims
 *     from the same URL have the same number, claims from different URLs different numbers
 * @param published the article's date, if known
 */
public record ClaimSummary(
    ClaimKey key,
    ReviewStatus status,
    @Nullable MonthRange gap,
    @Nullable String speaker,
    int source,
    @Nullable String published) {

  public ClaimSummary {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
  }

  /** Whether the claim enters a report's figures: it is neither rejected nor a duplicate. */
  public boolean stands() {
    return status == ReviewStatus.PENDING || status == ReviewStatus.ACCEPTED;
  }
}
