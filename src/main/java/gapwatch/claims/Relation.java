package gapwatch.claims;

import java.util.Locale;

/** The standing a claim asserts of its subject relative to its reference. */
public enum Relation {
  BEHIND,
  AHEAD,
  PARITY;

  /** The lower-case name used in JSON and the database. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The relation named by {@link #label()}. */
  public static Relation fromLabel(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }

  /** The same claim seen from the reference's side. */
  public Relation inverse() {
    return switch (this) {
      case BEHIND -> AHEAD;
      case AHEAD -> BEHIND;
      case PARITY -> PARITY;
    };
  }
}
