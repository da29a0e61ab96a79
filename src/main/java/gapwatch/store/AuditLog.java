package gapwatch.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * The append-only audit log: who did what to which claim, when, with the state before and after.
 * Database triggers refuse updates and deletes. Thread-safe.
 */
public final class AuditLog {

  private static final String SELECT =
      "SELECT id, at, actor, action, outcome, claim_id, before_json, after_json, detail"
          + " FROM audit_log";

  private final Database db;

  public AuditLog(Database db) {
    this.db = db;
  }

  /** Records an action of the program itself (an export, a re-extraction), in its own row. */
  public void record(String action, String detail, Instant at) {
    db.write(
        h -> {
          append(
              h,
              new AuditEntry(0, at.toString(), "gapwatch", action, "ok", null, null, null, detail));
          return null;
        });
  }

  /** Every entry about one claim, oldest first. */
  public List<AuditEntry> forClaim(long claimId) {
    return db.read(
        h ->
            h.createQuery(SELECT + " WHERE claim_id = ? ORDER BY id")
                .bind(0, claimId)
                .map((rs, ctx) -> entry(rs))
                .list());
  }

  /** Every entry, oldest first. */
  public List<AuditEntry> all() {
    return db.read(h -> h.createQuery(SELECT + " ORDER BY id").map((rs, ctx) -> entry(rs)).list());
  }

  /** Appends {@code e} (its id is ignored) as part of the caller's transaction. */
  static long append(Handle h, AuditEntry e) {
    return h.createUpdate(
            "INSERT INTO audit_log (at, actor, action, outcome, claim_id, before_json,"
                + " after_json, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, e.at())
        .bind(1, e.actor())
        .bind(2, e.action())
        .bind(3, e.outcome())
        .bind(4, e.claimId())
        .bind(5, e.before())
        .bind(6, e.after())
        .bind(7, e.detail())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    long claim = rs.getLong(6);
    @Nullable Long claimId = rs.wasNull() ? null : claim;
    return new AuditEntry(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        claimId,
        rs.getString(7),
        rs.getString(8),
        rs.getString(9));
  }
}
