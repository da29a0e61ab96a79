package gapwatch.store;

import gapwatch.claims.GapClaim;
import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a claim that a curator may correct. Valid by construction: two different, non-blank
 * actors; a gap whose bounds are non-negative and ordered; short single-line texts.
 *
 * @param subject the actor the claim is about
 * @param reference the actor it is compared with
 * @param relation behind, ahead or parity
 * @param gap the gap in months, if the claim states one
 * @param domain the technology, if stated
 * @param speaker who said it, if named
 * @param affiliation the speaker's organisation or title, if any (only with a speaker)
 */
public record ClaimFields(
    String subject,
    String reference,
    Relation relation,
    @Nullable MonthRange gap,
    @Nullable String domain,
    @Nullable String speaker,
    @Nullable String affiliation) {

  /** The longest text a field may hold. */
  public static final int MAX_LENGTH = 200;

  public ClaimFields {
    subject = required("subject", subject);
    reference = required("reference", reference);
    Objects.requireNonNull(relation, "relation");
    domain = optional("domain", domain);
    speaker = optional("speaker", speaker);
    affiliation = optional("affiliation", affiliation);
    if (subject.equalsIgnoreCase(reference)) {
      throw new IllegalArgumentException(
          "subject and reference are both '" + subject + "'; a claim compares two actors");
    }
    if (affiliation != null && speaker == null) {
      throw new IllegalArgumentException("an affiliation needs a speaker; name the speaker too");
    }
  }

  /**
   * The fields of an extracted claim. The extractor's texts are made fit for fields (see {@link
   * #fit}), so that every stored claim can be shown, edited and decided on.
   */
  public static ClaimFields of(GapClaim c) {
    return new ClaimFields(
        fit(c.subject()),
        fit(c.reference()),
        c.relation(),
        c.gap() == null ? null : c.gap().months(),
        fit(c.domain()),
        c.speaker() == null ? null : fit(c.speaker().name()),
        c.speaker() == null ? null : fit(c.speaker().affiliation()));
  }

  /**
   * An extracted text as a field may hold it: control characters become spaces and a text longer
   * than {@value #MAX_LENGTH} characters is cut, ending in "…". A curator's own text is refused
   * instead (see the constructor).
   */
  static @Nullable String fit(@Nullable String text) {
    if (text == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    String t = b.toString().strip();
    if (t.length() <= MAX_LENGTH) {
      return t;
    }
    int cut = MAX_LENGTH - 1;
    if (Character.isHighSurrogate(t.charAt(cut - 1))) {
      cut--; // never half a character
    }
    return t.substring(0, cut).stripTrailing() + "…";
  }

  private static String required(String name, @Nullable String value) {
    String v = optional(name, value);
    if (v == null) {
      throw new IllegalArgumentException(name + " is empty; name an actor");
    }
    return v;
  }

  private static @Nullable String optional(String name, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          name + " is " + v.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
    }
    if (v.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(name + " contains a control character or line break");
    }
    return v;
  }
}
