package gapwatch.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link ClaimFilter} as SQL over {@link ReviewStore#FROM}: a WHERE clause with positional
 * parameters (values are always bound, never spliced) and an ORDER BY.
 */
record ClaimQuery(String where, String orderBy, List<Object> params) {

  ClaimQuery {
    params = List.copyOf(params);
  }

  /** A field in force: the curator's correction when the latest decision edited it. */
  static String effective(String column) {
    return "(CASE WHEN d.edited = 1 THEN d." + column + " ELSE c." + column + " END)";
  }

  static ClaimQuery of(ClaimFilter f) {
    List<String> terms = new ArrayList<>(List.of("c.superseded_at IS NULL"));
    List<Object> params = new ArrayList<>();
    actors(f, terms, params);
    contains(effective("domain"), f.domain(), terms, params);
    contains(effective("speaker"), f.speaker(), terms, params);
    equal("s.name", f.source(), terms, params);
    equal("a.lang", f.language(), terms, params);
    if (f.from() != null) {
      terms.add("substr(a.published, 1, 10) >= ?");
      params.add(f.from().toString());
    }
    if (f.to() != null) {
      terms.add("substr(a.published, 1, 10) <= ?");
      params.add(f.to().toString());
    }
    if (f.minConfidence() != null) {
      terms.add("c.confidence >= ?");
      params.add(f.minConfidence());
    }
    if (f.maxConfidence() != null) {
      terms.add("c.confidence <= ?");
      params.add(f.maxConfidence());
    }
    if (!f.statuses().isEmpty()) {
      String in =
          "COALESCE(d.status, 'pending') IN ("
              + f.statuses().stream().map(s -> "?").collect(Collectors.joining(", "))
              + ")";
      // A claim to look at again after re-extraction counts as pending too.
      boolean pending = f.statuses().contains(ReviewStatus.PENDING);
      terms.add(pending ? "(" + in + " OR " + ReviewStore.REREVIEW + ")" : in);
      f.statuses().stream().map(ReviewStatus::label).sorted().forEach(params::add);
    }
    String where = " WHERE " + String.join(" AND ", terms);
    String oldest = "a.published IS NULL, a.published, c.lineage_id";
    String order =
        switch (f.order()) {
          case LOWEST_CONFIDENCE -> "c.confidence, " + oldest;
          case ID -> "c.lineage_id";
          case NEWEST -> "c.lineage_id DESC";
          case OLDEST -> oldest;
          case ANY -> "";
        };
    return new ClaimQuery(where, order.isEmpty() ? "" : " ORDER BY " + order, params);
  }

  /** Binds the parameters, then {@code more} after them. */
  Query bind(Query q, Object... more) {
    int i = 0;
    for (Object p : params) {
      q.bind(i++, p);
    }
    for (Object p : more) {
      q.bind(i++, p);
    }
    return q;
  }

  private static void actors(ClaimFilter f, List<String> terms, List<Object> params) {
    if (f.actor() == null) {
      return;
    }
    String subject = "lower(" + effective("subject") + ")";
    String reference = "lower(" + effective("reference") + ")";
    String a = f.actor().strip().toLowerCase(Locale.ROOT);
    if (f.otherActor() == null) {
      terms.add("(" + subject + " = ? OR " + reference + " = ?)");
      params.add(a);
      params.add(a);
      return;
    }
    String b = f.otherActor().strip().toLowerCase(Locale.ROOT);
    terms.add(
        "(("
            + subject
            + " = ? AND "
            + reference
            + " = ?) OR ("
            + subject
            + " = ? AND "
            + reference
            + " = ?))");
    params.addAll(List.of(a, b, b, a));
  }

  private static void contains(String expr, String value, List<String> terms, List<Object> params) {
    if (value == null || value.isBlank()) {
      return;
    }
    terms.add("lower(" + expr + ") LIKE ? ESCAPE '\\'");
    params.add("%" + likeEscaped(value.strip().toLowerCase(Locale.ROOT)) + "%");
  }

  private static void equal(String expr, String value, List<String> terms, List<Object> params) {
    if (value == null || value.isBlank()) {
      return;
    }
    terms.add(expr + " = ?");
    params.add(value.strip());
  }

  static String likeEscaped(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
