package gapwatch.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalises the date strings pages carry to ISO-8601, keeping the precision and offset the page
 * gave: machine-readable values (ISO-8601 variants, RFC 1123, epoch seconds), dates in URLs, and
 * dates written for readers ("Sept. 13, 2024, 8:30 a.m. ET", "13 September 2024 08:30 BST",
 * "13/09/2024 08:30 (GMT+7)", "2024年9月13日"). Stateless.
 */
final class DateNormalizer {

  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_]|$)"
              + "|/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|$)");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}(\\d{3})?");
  private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
  private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern UTC_NAME = Pattern.compile(" ?UTC$|GMT$");
  private static final Pattern ISO_DATE_PREFIX =
      Pattern.compile("^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");

  /** Month names in the languages of the feeds we read, English abbreviations included. */
  private static final Map<String, Integer> MONTHS = monthNames();

  private static final String MONTH =
      "(" + String.join("|", longestFirst(MONTHS.keySet())) + ")\\.?";
  private static final String TIME =
      "(?:[,\\s•|·–-]+(?:at\\s+|um\\s+|à\\s+|às\\s+|alle\\s+|a las\\s+)?(\\d{1,2})[:.h](\\d{2})"
          + "(?::(\\d{2}))?\\s*([ap]\\.?\\s?m\\.?)?)?";
  private static final String ZONE =
      "(?:\\s*\\(?\\s*((?:gmt|utc)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[a-z]{2,4}t|gmt|utc|et|pt|ct|mt|z)"
          + "\\b\\)?)?";

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})" + TIME + ZONE,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?"
              + MONTH
              + ",?\\s+(?:de\\s+)?((?:19|20)\\d{2})"
              + TIME
              + ZONE,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC =
      Pattern.compile(
          "\\b(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{2,4})\\b" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
  private static final Pattern CJK =
      Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

  /** Zone abbreviations newsrooms print; ambiguous ones (IST, CST) take the common news sense. */
  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("z", "+00:00"),
          Map.entry("gmt", "+00:00"),
          Map.entry("utc", "+00:00"),
          Map.entry("bst", "+01:00"),
          Map.entry("cet", "+01:00"),
          Map.entry("cest", "+02:00"),
          Map.entry("eet", "+02:00"),
          Map.entry("msk", "+03:00"),
          Map.entry("ist", "+05:30"),
          Map.entry("ict", "+07:00"),
          Map.entry("wib", "+07:00"),
          Map.entry("hkt", "+08:00"),
          Map.entry("sgt", "+08:00"),
          Map.entry("awst", "+08:00"),
          Map.entry("pht", "+08:00"),
          Map.entry("jst", "+09:00"),
          Map.entry("kst", "+09:00"),
          Map.entry("aest", "+10:00"),
          Map.entry("aedt", "+11:00"),
          Map.entry("nzst", "+12:00"),
          Map.entry("est", "-05:00"),
          Map.entry("edt", "-04:00"),
          Map.entry("cst", "-06:00"),
          Map.entry("cdt", "-05:00"),
          Map.entry("mst", "-07:00"),
          Map.entry("mdt", "-06:00"),
          Map.entry("pst", "-08:00"),
          Map.entry("pdt", "-07:00"));

  /** "ET" and its kind follow daylight saving time, so their offset depends on the date. */
  private static final Map<String, ZoneId> US_ZONES =
      Map.of(
          "et", ZoneId.of("America/New_York"),
          "ct", ZoneId.of("America/Chicago"),
          "mt", ZoneId.of("America/Denver"),
          "pt", ZoneId.of("America/Los_Angeles"));

  private static final Pattern GMT_OFFSET =
      Pattern.compile("(?:gmt|utc)([+-])(\\d{1,2})(?::?(\\d{2}))?");

  private DateNormalizer() {}

  /** The ISO-8601 form of a machine-readable date string, or empty when it is not one. */
  static Optional<String> normalize(String raw) {
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 64) {
      return Optional.empty();
    }
    if (EPOCH.matcher(s).matches()) {
      long seconds = Long.parseLong(s.substring(0, 10));
      return Optional.of(
          OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC).toString());
    }
    // "2024-09-13 08:00:00+08:00" and "...+0800" are common non-ISO spellings.
    String iso = SPACE_BEFORE_TIME.matcher(s).replaceFirst("$1T$2");
    iso = OFFSET_WITHOUT_COLON.matcher(iso).replaceFirst("$1:$2");
    iso = UTC_NAME.matcher(iso).replaceFirst("Z");
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

  /** A date in a URL path such as {@code /2024/09/13/slug} or {@code /20240913/}. */
  static Optional<String> fromUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    return m.group(1) != null
        ? valid(m.group(1), m.group(2), m.group(3))
        : valid(m.group(4), m.group(5), m.group(6));
  }

  /**
   * The first date written for readers in a short text, with its time and zone when given.
   *
   * @param monthFirst whether an all-numeric date reads month first (American English)
   */
  static Optional<String> fromText(String text, boolean monthFirst) {
    if (text.length() > 300) {
      text = text.substring(0, 300);
    }
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return compose(m.group(3), month(m.group(1)), m.group(2), m, 4);
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return compose(m.group(3), month(m.group(2)), m.group(1), m, 4);
    }
    m = CJK.matcher(text);
    if (m.find()) {
      return valid(m.group(1), m.group(2), m.group(3));
    }
    m = NUMERIC.matcher(text);
    while (m.find()) {
      Optional<String> d = numeric(m, monthFirst);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> numeric(Matcher m, boolean monthFirst) {
    String a = m.group(1);
    String b = m.group(2);
    String c = m.group(3);
    if (a.length() == 4) {
      return compose(a, Integer.parseInt(b), c, m, 4);
    }
    if (c.length() != 4) {
      return Optional.empty();
    }
    int first = Integer.parseInt(a);
    int second = Integer.parseInt(b);
    boolean dayFirst = first > 12 || (second <= 12 && !monthFirst);
    return dayFirst ? compose(c, second, a, m, 4) : compose(c, first, b, m, 4);
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    Integer m = MONTHS.get(n);
    return m != null ? m : MONTHS.getOrDefault(n.substring(0, Math.min(3, n.length())), 0);
  }

  private static Map<String, Integer> monthNames() {
    String[] lists = {
      "january february march april may june july august september october november december",
      "jan feb mar apr may jun jul aug sep oct nov dec",
      "sept",
      "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
      "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
      "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
      "januar februar märz april mai juni juli august september oktober november dezember",
      "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre"
          + " dicembre"
    };
    Map<String, Integer> out = new java.util.HashMap<>();
    for (String list : lists) {
      String[] names = list.split(" ");
      for (int i = 0; i < names.length; i++) {
        out.putIfAbsent(names[i], names.length == 1 ? 9 : i + 1);
      }
    }
    out.put("setiembre", 9);
    return Map.copyOf(out);
  }

  private static List<String> longestFirst(java.util.Collection<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort((a, b) -> b.length() - a.length());
    return sorted;
  }

  /** A date, with the time and zone of groups {@code timeGroup..timeGroup+4} when present. */
  private static Optional<String> compose(String y, int month, String d, Matcher m, int timeGroup) {
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(y), month, Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    if (m.group(timeGroup) == null) {
      return Optional.of(date.toString());
    }
    int hour = Integer.parseInt(m.group(timeGroup));
    int minute = Integer.parseInt(m.group(timeGroup + 1));
    String ampm = m.group(timeGroup + 3);
    if (ampm != null) {
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.of(date, LocalTime.of(hour, minute));
    } catch (DateTimeException e) {
      return Optional.of(date.toString());
    }
    String zone = m.group(timeGroup + 4);
    if (zone == null) {
      return Optional.of(local.toString());
    }
    ZoneId region = US_ZONES.get(zone.toLowerCase(Locale.ROOT));
    if (region != null) {
      return Optional.of(local.atZone(region).toOffsetDateTime().toString());
    }
    ZoneOffset offset = offset(zone);
    return Optional.of(offset == null ? local.toString() : local.atOffset(offset).toString());
  }

  private static @Nullable ZoneOffset offset(String zone) {
    String z = zone.toLowerCase(Locale.ROOT).replace(" ", "");
    String known = ZONES.get(z);
    if (known != null) {
      return ZoneOffset.of(known);
    }
    Matcher m = GMT_OFFSET.matcher(z);
    if (!m.matches()) {
      return null;
    }
    try {
      int hours = Integer.parseInt(m.group(2));
      int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int sign = m.group(1).equals("-") ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Optional<String> valid(String y, String mo, String d) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
