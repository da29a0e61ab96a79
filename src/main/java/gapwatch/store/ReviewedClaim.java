package gapwatch.store;

import gapwatch.claims.GapAmount;
import gapwatch.claims.GapClaim;
import gapwatch.claims.Speaker;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored claim with its review state: what the extractor found and what the curators decided,
 * kept apart. {@link #effective()} is the claim as it should be used: the curator's corrections
 * where there are any, the extracted values elsewhere.
 *
 * @param extracted the claim as the extractor stored it
 * @param review its current review state
 * @param source the name of the crawl source the article came from, if known
 */
public record ReviewedClaim(StoredClaim extracted, ReviewState review, @Nullable String source) {

  public ReviewedClaim {
    Objects.requireNonNull(extracted, "extracted");
    Objects.requireNonNull(review, "review");
  }

  /** The claim's stable id. */
  public long id() {
    return extracted.id();
  }

  /** The fields in force: the curator's if corrected, else the extracted ones. */
  public ClaimFields fields() {
    return review.edits() != null ? review.edits() : ClaimFields.of(extracted.claim());
  }

  /** The claim with the curator's corrections applied, with its article. */
  public StoredClaim effective() {
    if (review.edits() == null) {
      return extracted;
    }
    GapClaim c = extracted.claim();
    ClaimFields f = review.edits();
    GapAmount gap = correctedGap(c.gap(), f);
    GapClaim corrected =
        new GapClaim(
            f.subject(),
            f.reference(),
            f.relation(),
            gap,
            f.domain(),
            f.speaker() == null ? null : new Speaker(f.speaker(), f.affiliation()),
            c.evidence(),
            c.confidence());
    return new StoredClaim(
        extracted.id(),
        corrected,
        extracted.needsReview(),
        extracted.articleUrl(),
        extracted.articleTitle(),
        extracted.published(),
        extracted.language());
  }

  private static @Nullable GapAmount correctedGap(@Nullable GapAmount extracted, ClaimFields f) {
    if (f.gap() == null) {
      return extracted != null && extracted.months() == null ? extracted : null;
    }
    if (extracted != null && f.gap().equals(extracted.months())) {
      return extracted;
    }
    String text = extracted != null ? extracted.text() : "(set by curator)";
    return new GapAmount(f.gap(), text, extracted != null && extracted.approximate());
  }
}
