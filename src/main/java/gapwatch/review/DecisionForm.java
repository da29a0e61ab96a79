package gapwatch.review;

import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import gapwatch.store.ClaimFields;
import gapwatch.store.DecisionRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a posted decision form into a {@link DecisionRequest}, checking every field. */
final class DecisionForm {

  private DecisionForm() {}

  /**
   * The request the form asks for.
   *
   * @throws IllegalArgumentException saying which field is wrong and how
   */
  static DecisionRequest parse(Map<String, List<String>> form) {
    String action = Views.first(form, "action");
    return switch (action) {
      case "accept" -> new DecisionRequest.Accept();
      case "reject" -> new DecisionRequest.Reject(Views.first(form, "reason"));
      case "edit" -> new DecisionRequest.Edit(fields(form));
      case "duplicate" -> new DecisionRequest.Duplicate(claimNumber(Views.first(form, "original")));
      default ->
          throw new IllegalArgumentException(
              "unknown action '" + action + "'; use accept, reject, edit or duplicate");
    };
  }

  /** The version the form was rendered with. */
  static int version(Map<String, List<String>> form) {
    try {
      return Integer.parseInt(Views.first(form, "version").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the form has no claim version; reload the page");
    }
  }

  private static ClaimFields fields(Map<String, List<String>> form) {
    Relation relation;
    try {
      relation = Relation.fromLabel(Views.first(form, "relation"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("relation must be behind, ahead or parity");
    }
    Double min = months("gap from", Views.first(form, "gap_min"));
    Double max = months("gap to", Views.first(form, "gap_max"));
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException(
          "gap: from "
              + Views.first(form, "gap_min").strip()
              + " is more than to "
              + Views.first(form, "gap_max").strip()
              + "; put the smaller number of months first");
    }
    MonthRange gap = min == null && max == null ? null : new MonthRange(min, max);
    return new ClaimFields(
        Views.first(form, "subject"),
        Views.first(form, "reference"),
        relation,
        gap,
        Views.first(form, "domain"),
        Views.first(form, "speaker"),
        Views.first(form, "affiliation"));
  }

  private static @Nullable Double months(String name, String value) {
    String v = value.strip().replace(',', '.');
    if (v.isEmpty()) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d) || d < 0 || d > 1200) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + ": '" + value + "' is not a number of months between 0 and 1200");
    }
  }

  private static long claimNumber(String value) {
    try {
      return Long.parseLong(value.strip().replace("#", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "duplicate of: '" + value + "' is not a claim number; type the other claim's #");
    }
  }
}
