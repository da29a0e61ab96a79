package gapwatch.claims;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A company's usual name from the formal one wire copy uses: "Toyota Motor Corp." → Toyota,
 * "Alibaba Group Holding Ltd" → Alibaba, "ASML Holding NV" → ASML, "Cambricon Technologies Corp" →
 * Cambricon (guidelines: "a specific company keeps its usual name"). A separately named firm keeps
 * its name: "Samsung Biologics Co" → Samsung Biologics, not Samsung. Stateless.
 */
final class CompanyName {

  /** Legal forms, and the holding words that come with them. */
  static final String LEGAL_FORMS =
      "(?:Inc|Corp|Co|Ltd|LLC|L\\.P|plc|PLC|AG|SE|NV|N\\.V|SA|S\\.A|SpA|GmbH|KK|K\\.K|Bhd|Berhad"
          + "|Tbk|JSC|Oyj|ASA|Corporation|Incorporated|Limited|Company|Holdings?|Group|\\(Group\\)"
          + "|and\\s+Co)";

  /** Words that describe what a known firm does, not which firm it is: "Samsung Electronics". */
  static final String DESCRIPTORS =
      "(?:Motors?|Electronics|Technology|Technologies|Group|Holdings?|International|Industries"
          + "|Industrial|Manufacturing|Device|Devices)";

  /** Legal forms at the end of a name. */
  private static final Pattern LEGAL_FORM = Pattern.compile("(?:,?\\s+" + LEGAL_FORMS + "\\.?)+$");

  private static final Pattern DESCRIPTOR = Pattern.compile("(?:\\s+" + DESCRIPTORS + ")+$");

  private CompanyName() {}

  /** The name without its legal form; the name itself when it has none. */
  static String withoutLegalForm(String name) {
    String bare = LEGAL_FORM.matcher(name).replaceFirst("");
    return bare.isBlank() ? name : bare;
  }

  /**
   * The actor a formal company name stands for: the table's canonical name for the name without its
   * legal form or descriptors, else the name without its legal form (and, when it had one, without
   * a trailing "Technologies" or "Holdings").
   */
  static String usual(String name, ActorTable table) {
    String bare = withoutLegalForm(name);
    Optional<String> known = table.canonical(bare);
    if (known.isPresent()) {
      return known.get();
    }
    String core = DESCRIPTOR.matcher(bare).replaceFirst("");
    if (!core.isBlank()) {
      known = table.canonical(core);
      if (known.isPresent()) {
        return known.get();
      }
      if (!bare.equals(name)) {
        return core; // "Cambricon Technologies Corp": formal style, so the descriptor goes too
      }
    }
    return bare;
  }
}
