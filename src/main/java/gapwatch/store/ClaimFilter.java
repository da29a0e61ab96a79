package gapwatch.store;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which claims to list, and in what order. Text criteria match the fields in force (curator
 * corrections applied); null criteria match everything.
 *
 * @param actor a claim mentions this actor as subject or reference (exact, case-insensitive)
 * @param otherActor with {@code actor}: the claim is about exactly this pair, either way round
 * @param domain the domain contains this text (case-insensitive)
 * @param speaker the speaker's name contains this text (case-insensitive)
 * @param source the crawl source's name
 * @param language the article's language code
 * @param from the article was published on or after this day
 * @param to the article was published on or before this day
 * @param minConfidence the extractor's confidence is at least this
 * @param maxConfidence the extractor's confidence is at most this
 * @param statuses the review statuses to include; empty means all
 * @param order the order of the list
 */
public record ClaimFilter(
    @Nullable String actor,
    @Nullable String otherActor,
    @Nullable String domain,
    @Nullable String speaker,
    @Nullable String source,
    @Nullable String language,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable Double minConfidence,
    @Nullable Double maxConfidence,
    Set<ReviewStatus> statuses,
    Order order) {

  /** The order of a claim list. */
  public enum Order {
    /** Oldest article first, then by claim id. */
    OLDEST,
    /** Least confident extraction first, then oldest. */
    LOWEST_CONFIDENCE,
    /** By stable claim id: the order of exports, the same every time. */
    ID,
    /** The latest stored claims first (by stable claim id, descending). */
    NEWEST,
    /** Whatever order is fastest: for aggregates, where order does not matter. */
    ANY
  }

  public ClaimFilter {
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    Objects.requireNonNull(order, "order");
    if (otherActor != null && actor == null) {
      throw new IllegalArgumentException("a second actor needs a first one");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("the date range " + from + "…" + to + " is empty");
    }
  }

  /** Every claim, oldest first. */
  public static ClaimFilter all() {
    return new ClaimFilter(
        null, null, null, null, null, null, null, null, null, null, Set.of(), Order.OLDEST);
  }

  /** The claims still to review, oldest first. */
  public static ClaimFilter pending() {
    return all().withStatuses(Set.of(ReviewStatus.PENDING));
  }

  /** This filter in another order. */
  public ClaimFilter withOrder(Order o) {
    return with(actor, otherActor, statuses, o);
  }

  /** This filter for claims about exactly these two actors, either way round. */
  public ClaimFilter withPair(String a, String b) {
    return with(a, b, statuses, order);
  }

  /** This filter with other statuses. */
  public ClaimFilter withStatuses(Set<ReviewStatus> s) {
    return with(actor, otherActor, s, order);
  }

  private ClaimFilter with(@Nullable String a, @Nullable String b, Set<ReviewStatus> s, Order o) {
    return new ClaimFilter(
        a, b, domain, speaker, source, language, from, to, minConfidence, maxConfidence, s, o);
  }
}
