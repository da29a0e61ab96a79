package gapwatch.claims;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who a claim is attributed to: a person, or an organisation when no person is named.
 *
 * @param name as named in the text
 * @param affiliation the organisation or title given with the name, if any
 */
public record Speaker(String name, @Nullable String affiliation) {
  public Speaker {
    Objects.requireNonNull(name, "name");
  }
}
