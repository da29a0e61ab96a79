package gapwatch.export;

import gapwatch.store.ClaimFilter;
import gapwatch.store.ReviewStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What to export.
 *
 * @param format the data file's format
 * @param statuses review statuses to include; empty means all
 * @param since articles published on or after this day
 * @param until articles published on or before this day
 * @param language the articles' language code
 */
public record ExportOptions(
    Format format,
    Set<ReviewStatus> statuses,
    @Nullable LocalDate since,
    @Nullable LocalDate until,
    @Nullable String language) {

  /** The data file's format. */
  public enum Format {
    JSONL("claims.jsonl"),
    CSV("claims.csv");

    private final String fileName;

    Format(String fileName) {
      this.fileName = fileName;
    }

    public String fileName() {
      return fileName;
    }
  }

  public ExportOptions {
    Objects.requireNonNull(format, "format");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** The claims these options select, by stable claim id. */
  public ClaimFilter filter() {
    return new ClaimFilter(
        null,
        null,
        null,
        null,
        null,
        language,
        since,
        until,
        null,
        null,
        statuses,
        ClaimFilter.Order.ID);
  }

  /** The command line that selects the same claims, without the output folder. */
  public String command() {
    StringBuilder b = new StringBuilder("gapwatch export --format ");
    b.append(format.name().toLowerCase(java.util.Locale.ROOT));
    if (!statuses.isEmpty()) {
      b.append(" --status ")
          .append(
              statuses.stream().map(ReviewStatus::label).sorted().collect(Collectors.joining(",")));
    }
    if (since != null) {
      b.append(" --since ").append(since);
    }
    if (until != null) {
      b.append(" --until ").append(until);
    }
    if (language != null) {
      b.append(" --lang ").append(language);
    }
    return b.append(" --out DIR").toString();
  }
}
