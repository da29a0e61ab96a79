package gapwatch.store;

import gapwatch.claims.Evidence;
import gapwatch.claims.GapAmount;
import gapwatch.claims.GapClaim;
import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import gapwatch.claims.Speaker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads stored claims with their articles. */
public final class ClaimStore {

  /**
   * The 20 columns {@link #row} reads, from {@code claims c} and {@code articles a}; the first is
   * the claim's stable id (its lineage), which every version of it shares.
   */
  static final String COLUMNS =
      "c.lineage_id, c.subject, c.reference, c.relation, c.gap_min_months, c.gap_max_months,"
          + " c.gap_text, c.approximate, c.domain, c.speaker, c.speaker_affiliation, c.evidence,"
          + " c.evidence_start, c.evidence_end, c.confidence, c.needs_review,"
          + " COALESCE(a.canonical_url, a.url), a.title, a.published, a.lang";

  private static final String SELECT =
      "SELECT " + COLUMNS + " FROM claims c JOIN articles a ON a.id = c.article_id";

  private final Database db;

  public ClaimStore(Database db) {
    this.db = db;
  }

  /** Every current claim (re-extraction's superseded versions left out), oldest article first. */
  public List<StoredClaim> all() {
    return db.read(
        h ->
            h.createQuery(
                    SELECT
                        + " WHERE c.superseded_at IS NULL"
                        + " ORDER BY a.published, a.id, c.evidence_start, c.id")
                .map((rs, ctx) -> row(rs))
                .list());
  }

  static @Nullable Double nullableDouble(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  /** The claim in columns 1–20 of {@link #COLUMNS}. */
  static StoredClaim row(ResultSet rs) throws SQLException {
    Double min = nullableDouble(rs, 5);
    Double max = nullableDouble(rs, 6);
    String gapText = rs.getString(7);
    GapAmount gap =
        gapText == null
            ? null
            : new GapAmount(
                min == null && max == null ? null : new MonthRange(min, max),
                gapText,
                rs.getBoolean(8));
    String speaker = rs.getString(10);
    GapClaim claim =
        new GapClaim(
            rs.getString(2),
            rs.getString(3),
            Relation.fromLabel(rs.getString(4)),
            gap,
            rs.getString(9),
            speaker == null ? null : new Speaker(speaker, rs.getString(11)),
            new Evidence(rs.getString(12), rs.getInt(13), rs.getInt(14)),
            rs.getDouble(15));
    return new StoredClaim(
        rs.getLong(1),
        claim,
        rs.getBoolean(16),
        rs.getString(17),
        rs.getString(18),
        rs.getString(19),
        rs.getString(20));
  }
}
