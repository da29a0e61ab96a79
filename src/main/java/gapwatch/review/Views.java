package gapwatch.review;

import gapwatch.claims.GapClaim;
import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import gapwatch.report.ReportRenderer;
import gapwatch.store.AuditEntry;
import gapwatch.store.ClaimFields;
import gapwatch.store.ReviewState;
import gapwatch.store.ReviewedClaim;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the templates show, as plain records of strings: every value here is text that the templates
 * escape. Built from store records; nothing here touches the database.
 */
final class Views {

  private Views() {}

  /** A row of the queue list. */
  record Row(
      long id,
      boolean selected,
      String status,
      String subject,
      String relation,
      String reference,
      String gap,
      String domain,
      String speaker,
      String confidence,
      String href) {}

  static Row row(ReviewedClaim c, boolean selected, String href) {
    GapClaim e = c.effective().claim();
    return new Row(
        c.id(),
        selected,
        c.review().status().label(),
        e.subject(),
        e.relation().label(),
        e.reference(),
        ReportRenderer.gap(e.gap()),
        Objects.requireNonNullElse(e.domain(), ""),
        e.speaker() == null ? "(newsroom)" : e.speaker().name(),
        String.format(Locale.ROOT, "%.2f", e.confidence()),
        href);
  }

  /** One field of a claim: what was extracted, what is in force, whether a curator changed it. */
  record Field(String name, String extracted, String inForce, boolean changed) {}

  /** An option of a select box. */
  record Option(String value, String label, boolean selected) {}

  /** A history line. */
  record History(String at, String actor, String action, String outcome, String detail) {}

  /** The values of the edit form. */
  record EditValues(
      String subject,
      String reference,
      List<Option> relations,
      String gapMin,
      String gapMax,
      String domain,
      String speaker,
      String affiliation) {}

  /** The selected claim, in full. */
  record Panel(
      long id,
      int version,
      String status,
      boolean rereview,
      @Nullable String title,
      @Nullable String articleHref,
      String articleUrl,
      String published,
      String source,
      String language,
      String confidence,
      boolean lowConfidence,
      EvidenceParagraph paragraph,
      List<Field> fields,
      EditValues edit,
      boolean editOpen,
      @Nullable String curator,
      @Nullable String decidedAt,
      @Nullable String reason,
      @Nullable Long duplicateOf,
      List<History> history) {}

  static Panel panel(
      ReviewedClaim c, String articleText, List<AuditEntry> audit, @Nullable EditValues submitted) {
    ReviewState r = c.review();
    GapClaim x = c.extracted().claim();
    return new Panel(
        c.id(),
        r.version(),
        r.status().label(),
        r.rereview(),
        c.extracted().articleTitle(),
        safeHref(c.extracted().articleUrl()),
        c.extracted().articleUrl(),
        Objects.requireNonNullElse(c.extracted().published(), "date unknown"),
        Objects.requireNonNullElse(c.source(), ""),
        Objects.requireNonNullElse(c.extracted().language(), "?"),
        String.format(Locale.ROOT, "%.2f", x.confidence()),
        c.extracted().needsReview(),
        EvidenceParagraph.of(articleText, x.evidence()),
        fields(ClaimFields.of(x), c.fields()),
        submitted != null ? submitted : editValues(c.fields()),
        submitted != null,
        r.curator(),
        r.decidedAt(),
        r.reason(),
        r.duplicateOf(),
        audit.stream().map(Views::history).toList());
  }

  /** The article link, only for http and https URLs; anything else is shown as text. */
  static @Nullable String safeHref(String url) {
    try {
      String scheme = URI.create(url).getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          ? url
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<Field> fields(ClaimFields x, ClaimFields f) {
    List<Field> out = new ArrayList<>();
    add(out, "subject", x.subject(), f.subject());
    add(out, "relation", x.relation().label(), f.relation().label());
    add(out, "reference", x.reference(), f.reference());
    add(out, "gap (months)", range(x.gap()), range(f.gap()));
    add(out, "domain", x.domain(), f.domain());
    add(out, "speaker", x.speaker(), f.speaker());
    add(out, "affiliation", x.affiliation(), f.affiliation());
    return out;
  }

  private static void add(
      List<Field> out, String name, @Nullable String extracted, @Nullable String inForce) {
    String a = Objects.requireNonNullElse(extracted, "");
    String b = Objects.requireNonNullElse(inForce, "");
    out.add(new Field(name, a, b, !a.equals(b)));
  }

  static String range(@Nullable MonthRange m) {
    if (m == null) {
      return "";
    }
    String lo = m.min() == null ? "" : ReportRenderer.months(m.min());
    String hi = m.max() == null ? "" : ReportRenderer.months(m.max());
    return lo.equals(hi) ? lo : lo + "–" + hi;
  }

  static EditValues editValues(ClaimFields f) {
    return new EditValues(
        f.subject(),
        f.reference(),
        relations(f.relation().label()),
        f.gap() == null || f.gap().min() == null ? "" : ReportRenderer.months(f.gap().min()),
        f.gap() == null || f.gap().max() == null ? "" : ReportRenderer.months(f.gap().max()),
        Objects.requireNonNullElse(f.domain(), ""),
        Objects.requireNonNullElse(f.speaker(), ""),
        Objects.requireNonNullElse(f.affiliation(), ""));
  }

  /** The edit form as the curator submitted it, to show again with an error. */
  static EditValues submitted(Map<String, List<String>> form) {
    return new EditValues(
        first(form, "subject"),
        first(form, "reference"),
        relations(first(form, "relation")),
        first(form, "gap_min"),
        first(form, "gap_max"),
        first(form, "domain"),
        first(form, "speaker"),
        first(form, "affiliation"));
  }

  static String first(Map<String, List<String>> form, String key) {
    List<String> v = form.get(key);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  private static List<Option> relations(String selected) {
    List<Option> out = new ArrayList<>();
    for (Relation r : Relation.values()) {
      out.add(new Option(r.label(), r.label(), r.label().equals(selected)));
    }
    return out;
  }

  static List<Option> options(List<String> values, String selected) {
    return values.stream().map(v -> new Option(v, v, v.equals(selected))).toList();
  }

  private static History history(AuditEntry e) {
    return new History(
        e.at(), e.actor(), e.action(), e.outcome(), Objects.requireNonNullElse(e.detail(), ""));
  }
}
