package gapwatch.cli;

import gapwatch.store.ReviewStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that select claims for a report or an export: status, dates, language. */
final class ClaimSelection {

  @Option(
      names = "--status",
      description =
          "Review statuses to include, comma-separated (pending, accepted, rejected,"
              + " duplicate), or all.")
  String status = "all";

  @Option(
      names = "--since",
      paramLabel = "DAY",
      converter = DayConverter.class,
      description = "Articles published on or after this day.")
  @Nullable LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "DAY",
      converter = DayConverter.class,
      description = "Articles published on or before this day.")
  @Nullable LocalDate until;

  @Option(names = "--lang", description = "Only articles in this language (ISO 639-1).")
  @Nullable String lang;

  /** The statuses named by {@code --status}; empty means all. */
  Set<ReviewStatus> statuses() throws SettingsException {
    if (status.isBlank() || status.strip().equalsIgnoreCase("all")) {
      return Set.of();
    }
    Set<ReviewStatus> out = EnumSet.noneOf(ReviewStatus.class);
    try {
      for (String s : status.split(",")) {
        out.add(ReviewStatus.fromLabel(s));
      }
    } catch (IllegalArgumentException e) {
      throw new SettingsException("--status: " + e.getMessage());
    }
    return out;
  }
}
