package gapwatch.store;

import gapwatch.claims.GapClaim;
import org.jspecify.annotations.Nullable;

/**
 * A claim as stored, with the article it came from.
 *
 * @param id the claim's row id
 * @param claim the extracted claim
 * @param needsReview whether its confidence is under the review threshold
 * @param articleUrl the article's canonical (else fetched) URL
 * @param articleTitle the article's title
 * @param published when the article was published, if known
 * @param language the article's language
 */
public record StoredClaim(
    long id,
    GapClaim claim,
    boolean needsReview,
    String articleUrl,
    @Nullable String articleTitle,
    @Nullable String published,
    @Nullable String language) {}
