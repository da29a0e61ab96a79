package gapwatch.report;

import org.jspecify.annotations.Nullable;

/**
 * Makes text safe to put in a CSV cell that a spreadsheet will open: a cell starting with a
 * character that spreadsheets read as a formula ({@code = + - @}, tab or carriage return) gets a
 * leading apostrophe, as OWASP advises; quoting is left to the CSV writer.
 */
public final class CsvCells {

  private CsvCells() {}

  /** The text, with a leading {@code '} when it could start a formula. */
  public static @Nullable String defang(@Nullable String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
