package gapwatch.article;

import java.util.Objects;

/**
 * A date found on a page, with where it came from.
 *
 * @param value ISO-8601: a date ({@code 2024-09-13}) or a date-time with offset ({@code
 *     2024-09-13T08:00:00+08:00}), as precise as the page states it
 * @param source where it was found, e.g. {@code json-ld}, {@code meta}, {@code time}, {@code url}
 */
public record ArticleDate(String value, String source) {
  public ArticleDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
