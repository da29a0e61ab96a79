package gapwatch.review;

import gapwatch.store.ClaimFilter;
import gapwatch.store.ReviewStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The queue's URL parameters: the filter, the order, the selected claim and the page offset. Parsed
 * leniently (blank means "any"), written back canonically, so a link or redirect built from them
 * carries nothing but known keys.
 */
record QueueParams(Map<String, String> values, @Nullable Long claim, int offset) {

  /** The filter keys, in the order they are written. */
  static final List<String> KEYS =
      List.of(
          "status", "order", "actor", "other", "domain", "speaker", "source", "lang", "from", "to",
          "minconf", "maxconf");

  QueueParams {
    values = Map.copyOf(values);
  }

  /** Reads the known keys from a query or form map; unknown keys are dropped. */
  static QueueParams of(Map<String, List<String>> query) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String k : KEYS) {
      List<String> given = query.get(k);
      if (given != null && !given.isEmpty() && !given.get(0).isBlank()) {
        v.put(k, given.get(0).strip());
      }
    }
    Long claim = number(query.get("claim"));
    Long offset = number(query.get("offset"));
    return new QueueParams(v, claim, offset == null ? 0 : (int) Math.min(offset, 1_000_000));
  }

  private static @Nullable Long number(@Nullable List<String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    try {
      long n = Long.parseLong(values.get(0).strip());
      return n >= 0 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  String get(String key) {
    return values.getOrDefault(key, "");
  }

  /** The status filter: "pending" unless another (or "all") was chosen. */
  String status() {
    return values.getOrDefault("status", "pending");
  }

  /**
   * The filter these parameters describe.
   *
   * @throws IllegalArgumentException naming the parameter that is wrong
   */
  ClaimFilter filter() {
    Set<ReviewStatus> statuses =
        status().equals("all") ? Set.of() : Set.of(ReviewStatus.fromLabel(status()));
    ClaimFilter.Order order =
        get("order").equals("confidence")
            ? ClaimFilter.Order.LOWEST_CONFIDENCE
            : ClaimFilter.Order.OLDEST;
    String actor = blankToNull(get("actor"));
    String other = blankToNull(get("other"));
    return new ClaimFilter(
        actor != null ? actor : other,
        actor != null ? other : null,
        blankToNull(get("domain")),
        blankToNull(get("speaker")),
        blankToNull(get("source")),
        blankToNull(get("lang")),
        date("from"),
        date("to"),
        confidence("minconf"),
        confidence("maxconf"),
        statuses,
        order);
  }

  private @Nullable LocalDate date(String key) {
    String v = get(key);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + ": '" + v + "' is not a date like 2024-09-30");
    }
  }

  private @Nullable Double confidence(String key) {
    String v = get(key);
    if (v.isEmpty()) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (d < 0 || d > 1) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": '" + v + "' is not a confidence from 0 to 1");
    }
  }

  private static @Nullable String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }

  /** The query string (without "?") selecting {@code claimId} under the same filter. */
  String query(@Nullable Long claimId) {
    List<String> parts = new ArrayList<>();
    for (String k : KEYS) {
      if (values.containsKey(k)) {
        parts.add(k + "=" + URLEncoder.encode(values.get(k), StandardCharsets.UTF_8));
      }
    }
    if (claimId != null) {
      parts.add("claim=" + claimId);
    }
    if (offset > 0) {
      parts.add("offset=" + offset);
    }
    return String.join("&", parts);
  }

  /** The same filter at another offset, with no claim selected. */
  QueueParams atOffset(int newOffset) {
    return new QueueParams(values, null, Math.max(0, newOffset));
  }
}
