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

  private static @Nullable Number number(@Nullable Double d) {
    if (d == null) {
      return null;
    }
    return d == Math.rint(d) ? (Number) d.longValue() : (Number) d;
  }
}
