package gapwatch.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the date strings pages carry (ISO-8601 variants, RFC 1123, dates in URLs) to ISO-8601,
 * keeping the precision and offset the page gave. Stateless.
 */
final class DateNormalizer {

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|$)");
  private static final Pattern ISO_DATE_PREFIX =
      Pattern.compile("^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");

  private DateNormalizer() {}

  /** The ISO-8601 form of a machine-readable date string, or empty when it is not one. */
  static Optional<String> normalize(String raw) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    // "2024-09-13 08:00:00+08:00" and "...+0800" are common non-ISO spellings.
    String iso = s.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2");
    iso = iso.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
    try {
      return Optional.of(OffsetDateTime.parse(iso).toString());
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(iso).toOffsetDateTime().toString());
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(iso).toString());
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(LocalDate.parse(iso).toString());
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
              .toOffsetDateTime()
              .toString());
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    Matcher m = ISO_DATE_PREFIX.matcher(s);
    if (m.find()) {
      return valid(m.group(1), m.group(2), m.group(3));
    }
    return Optional.empty();
  }

  /** A date in a URL path such as {@code /2024/09/13/slug}. */
  static Optional<String> fromUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? valid(m.group(1), m.group(2), m.group(3)) : Optional.empty();
  }

  private static Optional<String> valid(String y, String mo, String d) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
