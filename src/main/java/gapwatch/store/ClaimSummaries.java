package gapwatch.store;

import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Streams the claims matching a filter as {@link ClaimSummary summaries}, for aggregates over
 * millions of claims: one query, read through the covering indexes {@code claims_report} and {@code
 * articles_report} in claim-id order, with as few columns per row as the figures need. What repeats
 * is read once: a claim's key once per distinct key, an article's date and URL once per run of its
 * claims. Thread-safe.
 */
public final class ClaimSummaries {

  private static final String SOURCE_JOINS =
      " JOIN fetches f ON f.id = a.fetch_id JOIN urls u ON u.id = f.url_id"
          + " LEFT JOIN sources s ON s.id = u.source_id";

  /** Separates subject, reference and relation in the joined key text. */
  private static final char FIELD = '\u001f';

  /** Comes before the domain in the joined key text. */
  private static final char DOMAIN = '\u001e';

  private static final String ARTICLES = " JOIN articles a ON ";

  /**
   * The articles through their narrow index: SQLite's planner prefers the table's own key, which
   * reads a page of article text per article.
   */
  private static final String ARTICLES_BY_INDEX = " JOIN articles a INDEXED BY articles_report ON ";

  /**
   * {@link ReviewStore#LATEST} with one index lookup, not two, for a claim without decisions: most
   * claims, in most databases.
   */
  private static final String LATEST =
      "NOT EXISTS (SELECT 1 FROM decisions x WHERE x.claim_id = d.claim_id AND x.seq > d.seq)";

  private static final ReviewStatus[] STATUSES = ReviewStatus.values();

  private final Database db;

  public ClaimSummaries(Database db) {
    this.db = db;
  }

  /**
   * Streams the claims matching {@code filter} to {@code sink} in one read transaction (one
   * snapshot), and returns how many there were. Memory grows with the distinct keys and article
   * URLs, never with the number of claims.
   */
  public int read(ClaimFilter filter, Consumer<ClaimSummary> sink) {
    ClaimQuery q = ClaimQuery.of(filter);
    String sql = query(filter, q) + q.orderBy();
    Sources sources = new Sources();
    return db.read(
        h ->
            q.bind(h.createQuery(sql))
                .scanResultSet((rows, ctx) -> new Decoder(rows.get(), sources).drain(sink)));
  }

  /**
   * Reads as {@link #read} does, with the claims split into {@code parts} ranges of stable ids read
   * at the same time, each on its own thread and connection into its own sink from {@code sinks};
   * returns the sinks, one per range, to be merged by the caller. Source numbers are the same
   * across the sinks. Each range is one snapshot; a crawl writing meanwhile may be seen by some
   * ranges and not others, but no claim is read twice. The order is none.
   */
  public <S extends Consumer<ClaimSummary>> List<S> readInParts(
      ClaimFilter filter, int parts, Supplier<S> sinks) {
    long[] ids = db.read(h -> h.createQuery(ID_RANGE).map((rs, ctx) -> range(rs)).one());
    ClaimFilter any = filter.withOrder(ClaimFilter.Order.ANY);
    ClaimQuery q = ClaimQuery.of(any);
    String sql = query(any, q) + " AND c.lineage_id BETWEEN ? AND ?";
    Sources sources = new Sources();
    long width = (ids[1] - ids[0]) / parts + 1;
    List<S> out = new ArrayList<>();
    List<Callable<Integer>> reads = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      S sink = sinks.get();
      out.add(sink);
      long from = ids[0] + i * width;
      long to = i == parts - 1 ? ids[1] : from + width - 1;
      reads.add(
          () ->
              db.read(
                  h ->
                      q.bind(h.createQuery(sql), from, to)
                          .scanResultSet(
                              (rows, ctx) -> new Decoder(rows.get(), sources).drain(sink))));
    }
    runAll(reads);
    return out;
  }

  private static final String ID_RANGE =
      "SELECT MIN(lineage_id), MAX(lineage_id) FROM claims WHERE superseded_at IS NULL";

  private static long[] range(ResultSet rs) throws SQLException {
    long min = rs.getLong(1);
    return rs.wasNull() ? new long[] {0, -1} : new long[] {min, rs.getLong(2)};
  }

  /** Runs the reads on threads of their own; the first failure is rethrown here. */
  private static void runAll(List<Callable<Integer>> reads) {
    ExecutorService pool = Executors.newFixedThreadPool(reads.size());
    try {
      for (Future<Integer> f : pool.invokeAll(reads)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading claims", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("reading claims failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** SQLite's plan for the query of {@code filter}, one line per step. */
  public List<String> queryPlan(ClaimFilter filter) {
    ClaimQuery q = ClaimQuery.of(filter);
    String sql = "EXPLAIN QUERY PLAN " + query(filter, q) + q.orderBy();
    return db.read(h -> q.bind(h.createQuery(sql)).map((rs, ctx) -> rs.getString(4)).list());
  }

  /**
   * The query without its order. Columns: 1 the key fields in one text, {@code
   * subject␟reference␟relation␞domain} (␞domain only when there is one), which tells keys apart
   * without reading four columns, 2 the status's ordinal, 3–4 the gap bounds (-1 for none), 5 the
   * speaker, 6–8 the article's id, date and URL, 9–12 the key fields one by one. The crawl source's
   * tables are joined only when the filter names a source.
   */
  static String query(ClaimFilter filter, ClaimQuery q) {
    String from =
        (filter.source() == null
                ? ReviewStore.from(filter).replace(SOURCE_JOINS, "")
                : ReviewStore.from(filter))
            .replace(ARTICLES, ARTICLES_BY_INDEX)
            .replace(ReviewStore.LATEST, LATEST);
    String subject = ClaimQuery.effective("subject");
    String reference = ClaimQuery.effective("reference");
    String relation = ClaimQuery.effective("relation");
    String domain = ClaimQuery.effective("domain");
    String status =
        IntStream.range(0, STATUSES.length)
            .mapToObj(i -> " WHEN '" + STATUSES[i].label() + "' THEN " + i)
            .collect(Collectors.joining("", "CASE COALESCE(d.status, 'pending')", " END"));
    return "SELECT "
        + String.join(" || char(" + (int) FIELD + ") || ", subject, reference, relation)
        + " || IFNULL(char("
        + (int) DOMAIN
        + ") || "
        + domain
        + ", ''), a.id * "
        + STATUSES.length
        + " + "
        + status
        + ", IFNULL("
        + ClaimQuery.effective("gap_min_months")
        + ", -1), IFNULL("
        + ClaimQuery.effective("gap_max_months")
        + ", -1), "
        + ClaimQuery.effective("speaker")
        + ", a.published, COALESCE(a.canonical_url, a.url), "
        + String.join(", ", subject, reference, relation, domain)
        + from
        + q.where();
  }

  /**
   * Whether a joined key text can only come from fields free of separators: exactly two {@link
   * #FIELD}s, then at most one {@link #DOMAIN}. (A relation is one of three words.) Such a text
   * stands for one key; a field holding a separator always yields a text that fails this test.
   */
  static boolean unambiguous(String joined) {
    int first = joined.indexOf(FIELD);
    int second = first < 0 ? -1 : joined.indexOf(FIELD, first + 1);
    int domain = joined.indexOf(DOMAIN);
    return second > 0
        && joined.indexOf(FIELD, second + 1) < 0
        && (domain < 0 || (domain > second && joined.indexOf(DOMAIN, domain + 1) < 0));
  }

  /** Numbers article URLs: one number per URL. Thread-safe: one per read, shared by its parts. */
  private static final class Sources {
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int number(String url) {
      return numbers.computeIfAbsent(url, u -> next.getAndIncrement());
    }
  }

  /** Turns rows into summaries, remembering what repeats. Not thread-safe; one per thread. */
  private static final class Decoder {
    private final ResultSet rs;
    private final Map<String, ClaimKey> keys = new HashMap<>();
    private final Map<ClaimKey, ClaimKey> oddKeys = new HashMap<>();
    private final Sources sources;
    private long article = -1;
    private @Nullable String published;
    private int source;

    Decoder(ResultSet rs, Sources sources) {
      this.rs = rs;
      this.sources = sources;
    }

    int drain(Consumer<ClaimSummary> sink) throws SQLException {
      int n = 0;
      while (rs.next()) {
        sink.accept(summary());
        n++;
      }
      return n;
    }

    private ClaimSummary summary() throws SQLException {
      ClaimKey key = key(rs.getString(1));
      long articleAndStatus = rs.getLong(2);
      ReviewStatus status = STATUSES[(int) (articleAndStatus % STATUSES.length)];
      long articleId = articleAndStatus / STATUSES.length;
      if (articleId != article) {
        article = articleId;
        published = rs.getString(6);
        source = sources.number(rs.getString(7));
      }
      if (status == ReviewStatus.REJECTED || status == ReviewStatus.DUPLICATE) {
        return new ClaimSummary(key, status, null, null, source, published); // no figures
      }
      double min = rs.getDouble(3);
      double max = rs.getDouble(4);
      MonthRange gap =
          min < 0 && max < 0 ? null : new MonthRange(min < 0 ? null : min, max < 0 ? null : max);
      return new ClaimSummary(key, status, gap, rs.getString(5), source, published);
    }

    /**
     * The key of a joined key text: looked up, or read column by column the first time. A text only
     * stands for its key when no field holds a separator; other keys are always read column by
     * column.
     */
    private ClaimKey key(String joined) throws SQLException {
      ClaimKey known = keys.get(joined);
      if (known != null) {
        return known;
      }
      ClaimKey k =
          new ClaimKey(
              rs.getString(8),
              rs.getString(9),
              Relation.fromLabel(rs.getString(10)),
              rs.getString(11));
      if (unambiguous(joined)) {
        keys.put(joined, k);
        return k;
      }
      return oddKeys.computeIfAbsent(k, x -> x);
    }
  }
}
