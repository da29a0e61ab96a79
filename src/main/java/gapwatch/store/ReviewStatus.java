package gapwatch.store;

import java.util.Locale;

/** Where a claim stands with the curators. */
public enum ReviewStatus {
  /** Not decided yet (or its decisions were undone). */
  PENDING,
  /** A curator confirmed it, possibly with corrected fields. */
  ACCEPTED,
  /** A curator rejected it, with a reason. */
  REJECTED,
  /** A curator marked it as saying the same as another claim. */
  DUPLICATE;

  /** The lower-case name used in the database, URLs and exports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status named by {@code label}, case-insensitive.
   *
   * @throws IllegalArgumentException naming the known labels
   */
  public static ReviewStatus fromLabel(String label) {
    for (ReviewStatus s : values()) {
      if (s.label().equalsIgnoreCase(label.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown review status '" + label + "'; use pending, accepted, rejected or duplicate");
  }
}
