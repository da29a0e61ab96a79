package gapwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * Curators' decisions on claims, kept apart from the extracted claims: each decision is a new row
 * of {@code decisions} (never an update), written with an audit row in one transaction. A decision
 * names the claim version it was made on; if another curator decided in between, it is refused as a
 * {@link DecisionOutcome.Conflict} rather than silently overwriting (optimistic locking). Reads
 * apply the latest decision to each claim. Thread-safe.
 */
public final class ReviewStore {

  /** The longest curator name accepted. */
  public static final int MAX_CURATOR = 80;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String DECISION_COLUMNS =
      "seq, status, edited, subject, reference, relation, gap_min_months, gap_max_months,"
          + " domain, speaker, speaker_affiliation, reason, duplicate_of, curator, decided_at";

  /** The condition that makes {@code d} a claim's latest decision. */
  static final String LATEST =
      "d.seq = (SELECT MAX(x.seq) FROM decisions x WHERE x.claim_id = c.lineage_id)";

  private static final String CLAIMS_THEN_ARTICLES = " FROM claims c JOIN articles a";

  /**
   * Current claim versions with their article and source, each claim's latest decision as {@code
   * d}, and the version that decision was made on as {@code p}.
   */
  static final String FROM =
      CLAIMS_THEN_ARTICLES
          + " ON a.id = c.article_id"
          + " JOIN fetches f ON f.id = a.fetch_id JOIN urls u ON u.id = f.url_id"
          + " LEFT JOIN sources s ON s.id = u.source_id"
          + " LEFT JOIN decisions d ON d.claim_id = c.lineage_id AND "
          + LATEST
          + " LEFT JOIN claims p ON p.id = d.prediction_id";

  /** The columns of the fields a curator may correct, in claims and in decisions. */
  static final List<String> FIELD_COLUMNS =
      List.of(
          "subject",
          "reference",
          "relation",
          "gap_min_months",
          "gap_max_months",
          "domain",
          "speaker",
          "speaker_affiliation");

  /**
   * {@link #FROM}, with an inner join on decisions when the filter wants decided claims only, so
   * SQLite can start from the decisions' status index instead of scanning every claim.
   */
  static String from(ClaimFilter filter) {
    boolean decidedOnly =
        !filter.statuses().isEmpty() && !filter.statuses().contains(ReviewStatus.PENDING);
    return decidedOnly ? FROM.replace(" LEFT JOIN decisions d ", " JOIN decisions d ") : FROM;
  }

  /** Whether re-extraction changed the fields since the latest decision was made. */
  static final String REREVIEW =
      "(d.prediction_id IS NOT NULL AND d.prediction_id <> c.id AND ("
          + FIELD_COLUMNS.stream()
              .map(f -> "p." + f + " IS NOT c." + f)
              .collect(Collectors.joining(" OR "))
          + "))";

  private static final String SELECT =
      "SELECT "
          + ClaimStore.COLUMNS
          + ", s.name, d."
          + DECISION_COLUMNS.replace(", ", ", d.")
          + ", "
          + REREVIEW
          + FROM;

  private final Database db;

  public ReviewStore(Database db) {
    this.db = db;
  }

  /**
   * A page of a filtered claim list and the size of the whole list, counted up to a limit.
   *
   * @param total how many claims match, or the count limit when more do
   * @param more whether more than {@code total} claims match (the count stopped at its limit)
   */
  public record ClaimPage(List<ReviewedClaim> claims, int total, boolean more) {
    public ClaimPage {
      claims = List.copyOf(claims);
    }
  }

  /** One claim with its review state, if it exists. */
  public Optional<ReviewedClaim> get(long claimId) {
    return db.read(
        h ->
            h.createQuery(SELECT + " WHERE c.lineage_id = ? AND c.superseded_at IS NULL")
                .bind(0, claimId)
                .map((rs, ctx) -> reviewed(rs))
                .findOne());
  }

  /** Up to {@code limit} claims matching {@code filter} from {@code offset}, in its order. */
  public ClaimPage list(ClaimFilter filter, int limit, int offset) {
    return list(filter, limit, offset, Integer.MAX_VALUE - 1);
  }

  /**
   * Up to {@code limit} claims matching {@code filter} from {@code offset}, in its order, with the
   * matching claims counted up to {@code countLimit}: an exact count reads every matching claim,
   * which over a million claims costs seconds, while a page in the filter's order reads its own
   * rows only (the indexes of migration V007 give both queue orders).
   */
  public ClaimPage list(ClaimFilter filter, int limit, int offset, int countLimit) {
    ClaimQuery q = ClaimQuery.of(filter);
    return db.read(
        h -> {
          int counted =
              q.bind(
                      h.createQuery(
                          "SELECT COUNT(*) FROM (SELECT 1"
                              + from(filter)
                              + q.where()
                              + " LIMIT ?)"),
                      (long) countLimit + 1)
                  .mapTo(Integer.class)
                  .one();
          List<ReviewedClaim> page =
              counted <= offset
                  ? List.of() // nothing to read: the count passed every claim already
                  : q.bind(h.createQuery(pageSql(filter, q, counted > countLimit)), limit, offset)
                      .map((rs, ctx) -> reviewed(rs))
                      .list();
          return new ClaimPage(page, Math.min(counted, countLimit), counted > countLimit);
        });
  }

  /**
   * A page's query. For a long list in the queue's two orders it reads the table that leads the
   * order first, through the index that holds that order (migration V007), so a page reads its own
   * rows and stops; SQLite's planner, left to choose, may start elsewhere and sort every match (it
   * did on a database without statistics for these indexes). A short list is left to the planner:
   * sorting a few matches is cheap, while the ordered read would pass every claim to find them
   * (decided claims, for one, are found from the decisions' status index).
   */
  private static String pageSql(ClaimFilter filter, ClaimQuery q, boolean longList) {
    if (!longList) {
      return SELECT.replace(FROM, from(filter)) + q.where() + q.orderBy() + " LIMIT ? OFFSET ?";
    }
    String from =
        switch (filter.order()) {
          case OLDEST -> " FROM articles a INDEXED BY articles_oldest CROSS JOIN claims c";
          case LOWEST_CONFIDENCE ->
              " FROM claims c INDEXED BY claims_confidence CROSS JOIN articles a";
          case ID, NEWEST, ANY -> CLAIMS_THEN_ARTICLES;
        };
    return SELECT.replace(CLAIMS_THEN_ARTICLES + " ON ", from + " ON ")
        + q.where()
        + q.orderBy()
        + " LIMIT ? OFFSET ?";
  }

  /**
   * SQLite's plan for a page of {@code filter} in a long list, one line per step: to check an index
   * is used.
   */
  public List<String> pageQueryPlan(ClaimFilter filter) {
    ClaimQuery q = ClaimQuery.of(filter);
    return db.read(
        h ->
            q.bind(h.createQuery("EXPLAIN QUERY PLAN " + pageSql(filter, q, true)), 100, 0)
                .map((rs, ctx) -> rs.getString("detail"))
                .list());
  }

  /** The ids of up to {@code limit} claims matching {@code filter}, in its order. */
  public List<Long> ids(ClaimFilter filter, int limit) {
    ClaimQuery q = ClaimQuery.of(filter);
    return db.read(
        h ->
            q.bind(
                    h.createQuery(
                        "SELECT c.lineage_id" + FROM + q.where() + q.orderBy() + " LIMIT ?"),
                    limit)
                .mapTo(Long.class)
                .list());
  }

  /**
   * Where a claim version came from, for datasets.
   *
   * @param versionId the claims row of this version
   * @param fetchedAt when the page was fetched
   * @param contentSha256 SHA-256 of the raw page as fetched
   * @param textSha256 SHA-256 of the extracted article text
   * @param claimExtractor the claim extractor version that produced this version
   * @param articleExtractor the article extractor version that produced its article
   */
  public record Provenance(
      long versionId,
      String fetchedAt,
      String contentSha256,
      String textSha256,
      String claimExtractor,
      String articleExtractor) {}

  /** A claim with its provenance. */
  public record ProvenancedClaim(ReviewedClaim claim, Provenance provenance) {}

  /**
   * Runs {@code work} on a lazy stream of the claims matching {@code filter}, in its order, in one
   * read transaction; the stream is valid only inside {@code work}. With {@link
   * ClaimFilter.Order#ID} the first claims come at once, however many match.
   */
  public <T> T stream(ClaimFilter filter, Function<Stream<ReviewedClaim>, T> work) {
    ClaimQuery q = ClaimQuery.of(filter);
    String sql = SELECT + q.where() + q.orderBy();
    return db.read(
        h -> {
          try (Stream<ReviewedClaim> rows =
              q.bind(h.createQuery(sql)).map((rs, ctx) -> reviewed(rs)).stream()) {
            return work.apply(rows);
          }
        });
  }

  /**
   * Runs {@code work} on the number of claims matching {@code filter} and a stream of them, both
   * read in one transaction: one consistent snapshot while a crawl writes. The stream is lazy (rows
   * are read as it is consumed) and valid only inside {@code work}.
   */
  public <T> T snapshot(ClaimFilter filter, BiFunction<Integer, Stream<ProvenancedClaim>, T> work) {
    ClaimQuery q = ClaimQuery.of(filter);
    return db.read(
        h -> {
          int total =
              q.bind(h.createQuery("SELECT COUNT(*)" + FROM + q.where()))
                  .mapTo(Integer.class)
                  .one();
          String sql =
              SELECT.replace(
                      FROM,
                      ", c.id, f.fetched_at, f.body_sha256, a.text_sha256, c.extractor_version,"
                          + " a.extractor_version"
                          + from(filter))
                  + q.where()
                  + q.orderBy();
          try (Stream<ProvenancedClaim> rows =
              q.bind(h.createQuery(sql)).map((rs, ctx) -> provenanced(rs)).stream()) {
            return work.apply(total, rows);
          }
        });
  }

  private static ProvenancedClaim provenanced(ResultSet rs) throws SQLException {
    return new ProvenancedClaim(
        reviewed(rs),
        new Provenance(
            rs.getLong(38),
            rs.getString(39),
            rs.getString(40),
            rs.getString(41),
            rs.getString(42),
            rs.getString(43)));
  }

  /** The names of the crawl sources, sorted. */
  public List<String> sources() {
    return db.read(
        h -> h.createQuery("SELECT name FROM sources ORDER BY name").mapTo(String.class).list());
  }

  /** The main text of the article a claim came from, if the claim exists. */
  public Optional<String> articleText(long claimId) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT a.text FROM claims c JOIN articles a ON a.id = c.article_id"
                        + " WHERE c.lineage_id = ? AND c.superseded_at IS NULL")
                .bind(0, claimId)
                .mapTo(String.class)
                .findOne());
  }

  /**
   * Checks a curator's name: 1 to {@value #MAX_CURATOR} characters, no control characters.
   *
   * @return the name, stripped
   * @throws IllegalArgumentException saying what is wrong
   */
  public static String curator(@Nullable String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new IllegalArgumentException("no curator name; say who is deciding");
    }
    if (n.length() > MAX_CURATOR || n.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a curator name is one line of at most " + MAX_CURATOR + " characters");
    }
    return n;
  }

  /**
   * Stores a curator's decision on a claim, if the claim is still at {@code expectedVersion}. Every
   * attempt, applied or not, is written to the audit log.
   *
   * @param curator who decides (see {@link #curator})
   */
  public DecisionOutcome decide(
      long claimId, int expectedVersion, String curator, DecisionRequest request, Instant now) {
    String who = curator(curator);
    return db.write(
        h -> {
          Optional<Current> claim = current(h, claimId);
          if (claim.isEmpty()) {
            return new DecisionOutcome.Refused("there is no current claim " + claimId);
          }
          ClaimFields extracted = ClaimFields.of(claim.get().claim().claim());
          List<int[]> history = history(h, claimId);
          ReviewState head = stateAt(h, claimId, history.size());
          if (head.version() != expectedVersion) {
            String msg = conflict(head, expectedVersion);
            audit(h, now, who, request, "conflict", head, extracted, null, msg);
            return new DecisionOutcome.Conflict(head, msg);
          }
          Transition t = Transition.of(h, this, claimId, head, history, request);
          if (t.refusal() != null) {
            audit(h, now, who, request, "refused", head, extracted, null, t.refusal());
            return new DecisionOutcome.Refused(t.refusal());
          }
          ReviewState next = t.apply(head, who, now);
          insert(h, next, t.basedOn(), request.action(), claim.get().versionId());
          audit(h, now, who, request, "ok", head, extracted, next, null);
          return new DecisionOutcome.Applied(next);
        });
  }

  /** How a request changes a claim's state, or why it cannot. */
  private record Transition(
      ReviewStatus status,
      @Nullable ClaimFields edits,
      @Nullable String reason,
      @Nullable Long duplicateOf,
      int basedOn,
      @Nullable String refusal) {

    static Transition refuse(String why) {
      return new Transition(ReviewStatus.PENDING, null, null, null, 0, why);
    }

    static Transition of(
        Handle h,
        ReviewStore store,
        long claimId,
        ReviewState head,
        List<int[]> history,
        DecisionRequest request) {
      int v = head.version();
      ClaimFields e = head.edits();
      if (request instanceof DecisionRequest.Accept) {
        return new Transition(ReviewStatus.ACCEPTED, e, null, null, v, null);
      } else if (request instanceof DecisionRequest.Reject r) {
        return new Transition(ReviewStatus.REJECTED, e, r.reason(), null, v, null);
      } else if (request instanceof DecisionRequest.Edit ed) {
        return new Transition(ReviewStatus.ACCEPTED, ed.fields(), null, null, v, null);
      } else if (request instanceof DecisionRequest.Duplicate d) {
        String why = store.duplicateRefusal(h, claimId, d.original());
        return why != null
            ? refuse(why)
            : new Transition(ReviewStatus.DUPLICATE, e, null, d.original(), v, null);
      }
      return undo(h, claimId, history);
    }

    /** Restores the state before the latest decision that has not been undone. */
    private static Transition undo(Handle h, long claimId, List<int[]> history) {
      int seq = history.size();
      while (seq > 0 && history.get(seq - 1)[1] == 1) {
        seq = history.get(seq - 1)[0];
      }
      if (seq == 0) {
        return refuse("claim " + claimId + " has no decision left to undo");
      }
      int target = history.get(seq - 1)[0];
      ReviewState restored = stateAt(h, claimId, target);
      return new Transition(
          restored.status(),
          restored.edits(),
          restored.reason(),
          restored.duplicateOf(),
          target,
          null);
    }

    ReviewState apply(ReviewState head, String curator, Instant now) {
      return new ReviewState(
          head.claimId(),
          head.version() + 1,
          status,
          edits,
          reason,
          duplicateOf,
          curator,
          now.toString(),
          false);
    }
  }

  private @Nullable String duplicateRefusal(Handle h, long claimId, long original) {
    if (original == claimId) {
      return "a claim cannot duplicate itself";
    }
    if (current(h, original).isEmpty()) {
      return "there is no claim " + original + " to be a duplicate of";
    }
    ReviewState other = stateAt(h, original, history(h, original).size());
    if (other.status() == ReviewStatus.DUPLICATE) {
      return "claim "
          + original
          + " is itself a duplicate of claim "
          + other.duplicateOf()
          + "; mark this one a duplicate of that claim";
    }
    return null;
  }

  private static String conflict(ReviewState head, int expected) {
    return "claim "
        + head.claimId()
        + " was changed by "
        + head.curator()
        + " at "
        + head.decidedAt()
        + " (now "
        + head.status().label()
        + ", version "
        + head.version()
        + ") after you loaded version "
        + expected
        + "; nothing was saved. Look at the claim again and decide anew.";
  }

  /** A claim's current version and that version's row id. */
  private record Current(StoredClaim claim, long versionId) {}

  private static Optional<Current> current(Handle h, long claimId) {
    return h.createQuery(
            "SELECT "
                + ClaimStore.COLUMNS
                + ", c.id FROM claims c JOIN articles a"
                + " ON a.id = c.article_id WHERE c.lineage_id = ? AND c.superseded_at IS NULL")
        .bind(0, claimId)
        .map((rs, ctx) -> new Current(ClaimStore.row(rs), rs.getLong(21)))
        .findOne();
  }

  /** Per decision, in seq order: {based_on, 1 if it is an undo else 0}. */
  private static List<int[]> history(Handle h, long claimId) {
    return h.createQuery(
            "SELECT based_on, action = 'undo' FROM decisions WHERE claim_id = ? ORDER BY seq")
        .bind(0, claimId)
        .map((rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2)})
        .list();
  }

  private static ReviewState stateAt(Handle h, long claimId, int seq) {
    if (seq == 0) {
      return ReviewState.undecided(claimId);
    }
    return h.createQuery(
            "SELECT " + DECISION_COLUMNS + " FROM decisions WHERE claim_id = ? AND seq = ?")
        .bind(0, claimId)
        .bind(1, seq)
        .map((rs, ctx) -> state(rs, 1, claimId))
        .one();
  }

  private static void insert(Handle h, ReviewState s, int basedOn, String action, long version) {
    ClaimFields f = s.edits();
    MonthRange gap = f == null ? null : f.gap();
    h.createUpdate(
            "INSERT INTO decisions (claim_id, seq, based_on, action, status, edited, subject,"
                + " reference, relation, gap_min_months, gap_max_months, domain, speaker,"
                + " speaker_affiliation, reason, duplicate_of, prediction_id, curator, decided_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, s.claimId())
        .bind(1, s.version())
        .bind(2, basedOn)
        .bind(3, action)
        .bind(4, s.status().label())
        .bind(5, f != null)
        .bind(6, f == null ? null : f.subject())
        .bind(7, f == null ? null : f.reference())
        .bind(8, f == null ? null : f.relation().label())
        .bind(9, gap == null ? null : gap.min())
        .bind(10, gap == null ? null : gap.max())
        .bind(11, f == null ? null : f.domain())
        .bind(12, f == null ? null : f.speaker())
        .bind(13, f == null ? null : f.affiliation())
        .bind(14, s.reason())
        .bind(15, s.duplicateOf())
        .bind(16, version)
        .bind(17, s.curator())
        .bind(18, s.decidedAt())
        .execute();
  }

  private static void audit(
      Handle h,
      Instant now,
      String who,
      DecisionRequest request,
      String outcome,
      ReviewState before,
      ClaimFields extracted,
      @Nullable ReviewState after,
      @Nullable String detail) {
    AuditLog.append(
        h,
        new AuditEntry(
            0,
            now.toString(),
            who,
            request.action(),
            outcome,
            before.claimId(),
            json(before, extracted),
            after == null ? null : json(after, extracted),
            detail));
  }

  /** A review state as JSON for the audit log: status, the fields in force, reason, duplicate. */
  static String json(ReviewState s, ClaimFields extracted) {
    ClaimFields f = s.edits() != null ? s.edits() : extracted;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", s.version());
    m.put("status", s.status().label());
    m.put("edited", s.edits() != null);
    m.put("subject", f.subject());
    m.put("reference", f.reference());
    m.put("relation", f.relation().label());
    m.put("gap_min_months", f.gap() == null ? null : f.gap().min());
    m.put("gap_max_months", f.gap() == null ? null : f.gap().max());
    m.put("domain", f.domain());
    m.put("speaker", f.speaker());
    m.put("affiliation", f.affiliation());
    m.put("reason", s.reason());
    m.put("duplicate_of", s.duplicateOf());
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers is always serialisable", e);
    }
  }

  private static ReviewedClaim reviewed(ResultSet rs) throws SQLException {
    StoredClaim c = ClaimStore.row(rs);
    String source = rs.getString(21);
    rs.getInt(22);
    ReviewState review =
        rs.wasNull()
            ? ReviewState.undecided(c.id())
            : state(rs, 22, c.id()).rereview(rs.getBoolean(37));
    return new ReviewedClaim(c, review, source);
  }

  /** The review state in the {@link #DECISION_COLUMNS} starting at column {@code col}. */
  static ReviewState state(ResultSet rs, int col, long claimId) throws SQLException {
    ClaimFields edits = rs.getBoolean(col + 2) ? fields(rs, col + 3) : null;
    long dup = rs.getLong(col + 12);
    Long duplicateOf = rs.wasNull() ? null : dup;
    return new ReviewState(
        claimId,
        rs.getInt(col),
        ReviewStatus.fromLabel(rs.getString(col + 1)),
        edits,
        rs.getString(col + 11),
        duplicateOf,
        rs.getString(col + 13),
        rs.getString(col + 14),
        false);
  }

  private static ClaimFields fields(ResultSet rs, int col) throws SQLException {
    Double min = ClaimStore.nullableDouble(rs, col + 3);
    Double max = ClaimStore.nullableDouble(rs, col + 4);
    return new ClaimFields(
        rs.getString(col),
        rs.getString(col + 1),
        Relation.fromLabel(rs.getString(col + 2)),
        min == null && max == null ? null : new MonthRange(min, max),
        rs.getString(col + 5),
        rs.getString(col + 6),
        rs.getString(col + 7));
  }
}
