package gapwatch.claims;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of a claim used by {@code gapwatch claims} and the golden files: the fields of the
 * annotation guidelines, in their order. Whole months are written as integers.
 */
public final class ClaimJson {

  private ClaimJson() {}

  /** The claim as an ordered map ready for a JSON writer. */
  public static Map<String, @Nullable Object> toMap(GapClaim c) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("subject", c.subject());
    m.put("reference", c.reference());
    m.put("relation", c.relation().label());
    MonthRange months = c.gap() == null ? null : c.gap().months();
    m.put("gap_min_months", months == null ? null : number(months.min()));
    m.put("gap_max_months", months == null ? null : number(months.max()));
    m.put("gap_text", c.gap() == null ? null : c.gap().text());
    m.put("approximate", c.gap() == null ? null : c.gap().approximate());
    m.put("domain", c.domain());
    m.put("speaker", c.speaker() == null ? null : c.speaker().name());
    m.put("speaker_affiliation", c.speaker() == null ? null : c.speaker().affiliation());
    m.put("evidence", c.evidence().sentence());
    m.put("start", c.evidence().start());
    m.put("end", c.evidence().end());
    m.put("confidence", Math.round(c.confidence() * 100) / 100.0);
    return m;
  }

  /**
   * A claim from its JSON form (a gold file's or {@code gapwatch claims}' output), with the
   * evidence located in {@code text}.
   *
   * @throws IllegalArgumentException when a field is missing or invalid; the message names it
   */
  public static GapClaim fromMap(Map<String, ?> m, String text) {
    String evidence = string(m, "evidence");
    int start = evidence == null ? -1 : text.indexOf(evidence);
    Evidence ev =
        evidence == null
            ? new Evidence("", 0, 0)
            : start >= 0
                ? new Evidence(evidence, start, start + evidence.length())
                : new Evidence(evidence, 0, evidence.length());
    Double min = decimal(m.get("gap_min_months"));
    Double max = decimal(m.get("gap_max_months"));
    String gapText = string(m, "gap_text");
    GapAmount gap =
        gapText == null
            ? null
            : new GapAmount(
                min == null && max == null ? null : new MonthRange(min, max),
                gapText,
                Boolean.TRUE.equals(m.get("approximate")));
    String speaker = string(m, "speaker");
    String subject = string(m, "subject");
    String reference = string(m, "reference");
    String relation = string(m, "relation");
    if (subject == null || reference == null || relation == null) {
      throw new IllegalArgumentException("a claim needs subject, reference and relation: " + m);
    }
    Object confidence = m.get("confidence");
    return new GapClaim(
        subject,
        reference,
        Relation.fromLabel(relation),
        gap,
        string(m, "domain"),
        speaker == null ? null : new Speaker(speaker, string(m, "speaker_affiliation")),
        ev,
        confidence instanceof Number n ? n.doubleValue() : 1.0);
  }

  private static @Nullable String string(Map<String, ?> m, String key) {
    Object v = m.get(key);
    return v == null ? null : v.toString();
  }

  private static @Nullable Double decimal(@Nullable Object v) {
    return v instanceof Number n ? n.doubleValue() : null;
  }

  private static @Nullable Number number(@Nullable Double d) {
    if (d == null) {
      return null;
    }
    return d == Math.rint(d) ? (Number) d.longValue() : (Number) d;
  }
}
