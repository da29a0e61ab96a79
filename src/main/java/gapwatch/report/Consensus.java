package gapwatch.report;

import org.jspecify.annotations.Nullable;

/**
 * What the claims about one actor pair and domain say together.
 *
 * @param key the pair and domain
 * @param claims how many claims
 * @param speakers distinct named speakers
 * @param sources distinct articles
 * @param medianMonths median of the claimed gaps (range midpoints), if any gave an amount
 * @param minMonths smallest bound claimed
 * @param maxMonths largest bound claimed
 * @param firstDate earliest article date
 * @param lastDate latest article date
 */
public record Consensus(
    PairKey key,
    int claims,
    int speakers,
    int sources,
    @Nullable Double medianMonths,
    @Nullable Double minMonths,
    @Nullable Double maxMonths,
    @Nullable String firstDate,
    @Nullable String lastDate) {}
