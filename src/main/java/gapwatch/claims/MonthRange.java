package gapwatch.claims;

import org.jspecify.annotations.Nullable;

/**
 * A gap in months, as a closed range; an open bound is null ("at least two years" → 24–null, "up to
 * a year" → null–12). At least one bound is present and {@code min <= max}.
 */
public record MonthRange(@Nullable Double min, @Nullable Double max) {

  public MonthRange {
    if (min == null && max == null) {
      throw new IllegalArgumentException("a month range needs at least one bound");
    }
    if ((min != null && (min < 0 || min.isNaN())) || (max != null && (max < 0 || max.isNaN()))) {
      throw new IllegalArgumentException("months must not be negative: " + min + "–" + max);
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }
  }

  /** A single value: min = max. */
  public static MonthRange exactly(double months) {
    return new MonthRange(months, months);
  }

  /** Multiplies both bounds, e.g. to turn years into months. */
  MonthRange times(double factor) {
    return new MonthRange(min == null ? null : min * factor, max == null ? null : max * factor);
  }
}
