package gapwatch.claims;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How far apart a claim puts its actors, as the text says it.
 *
 * @param months the amount in months, or null when it is vague ("years") or not a time ("a
 *     generation", "30% faster")
 * @param text the amount exactly as written
 * @param approximate whether it is hedged ("about", "at least") or vague
 */
public record GapAmount(@Nullable MonthRange months, String text, boolean approximate) {
  public GapAmount {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("an amount needs its text");
    }
  }
}
