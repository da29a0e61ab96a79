package gapwatch.store;

import gapwatch.article.Article;
import gapwatch.article.ArticleExtractor;
import gapwatch.article.PageKind;
import gapwatch.claims.ClaimExtractor;
import gapwatch.claims.GapClaim;
import gapwatch.crawl.FetchedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-runs article and claim extraction on the stored raw pages with the current extractors, and
 * stores the result as new versions without losing anything: an article whose extraction changed
 * gets a new row (the old one points at it); each fresh claim is matched to the stored claim it
 * continues ({@link ClaimMatcher}) and keeps that claim's stable id, so curators' decisions carry
 * over; a claim whose fields changed gets a new version and, if it was decided on, is flagged for
 * re-review; a claim no longer found is marked gone, and takes up its stable id again if a later
 * run finds it once more. Nothing is deleted, and a second run over the same pages with the same
 * extractors writes nothing. Each article is one transaction; extraction runs outside it. Not
 * thread-safe: run one at a time.
 */
public final class Reextraction {

  private static final Logger LOG = LoggerFactory.getLogger(Reextraction.class);

  private final Database db;
  private final ArticleExtractor articles;
  private final ClaimExtractor claims;

  public Reextraction(Database db, ArticleExtractor articles, ClaimExtractor claims) {
    this.db = db;
    this.articles = articles;
    this.claims = claims;
  }

  /**
   * What a run did.
   *
   * @param articles pages re-extracted
   * @param articlesChanged pages whose article (text or metadata) came out differently
   * @param claimsNew claims found that match no stored claim
   * @param claimsChanged claims that continue a stored one with different fields
   * @param claimsUnchanged claims that continue a stored one with the same fields
   * @param claimsGone stored claims no longer found
   * @param failures pages that could not be re-extracted, with the reason
   */
  public record Summary(
      int articles,
      int articlesChanged,
      int claimsNew,
      int claimsChanged,
      int claimsUnchanged,
      int claimsGone,
      List<String> failures) {
    public Summary {
      failures = List.copyOf(failures);
    }
  }

  /** A stored page to re-extract: its current article row and the fetch it came from. */
  private record Target(long articleId, long fetchId) {}

  /**
   * Re-extracts the stored pages fetched on or after {@code since} from source {@code source}
   * (null: all).
   */
  public Summary run(@Nullable LocalDate since, @Nullable String source, Instant now) {
    long runId = startRun(since, source, now);
    Counts n = new Counts();
    for (Target t : targets(since, source)) {
      try {
        reextract(t, n, now);
      } catch (RuntimeException e) {
        // One bad page must not stop the run; it is counted, named and logged.
        LOG.warn("re-extraction of article {} failed", t.articleId(), e);
        n.failures.add("article " + t.articleId() + ": " + e);
      }
    }
    Summary s = n.summary();
    finishRun(runId, s);
    return s;
  }

  private static final class Counts {
    int articles;
    int articlesChanged;
    int fresh;
    int changed;
    int unchanged;
    int gone;
    final List<String> failures = new ArrayList<>();

    Summary summary() {
      return new Summary(articles, articlesChanged, fresh, changed, unchanged, gone, failures);
    }
  }

  private List<Target> targets(@Nullable LocalDate since, @Nullable String source) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT a.id, a.fetch_id FROM articles a JOIN fetches f ON f.id = a.fetch_id"
                        + " JOIN urls u ON u.id = f.url_id LEFT JOIN sources s"
                        + " ON s.id = u.source_id WHERE a.superseded_by IS NULL"
                        + " AND a.duplicate_of IS NULL AND (? IS NULL OR f.fetched_at >= ?)"
                        + " AND (? IS NULL OR s.name = ?) ORDER BY a.id")
                .bind(0, since == null ? null : since.toString())
                .bind(1, since == null ? null : since.toString())
                .bind(2, source)
                .bind(3, source)
                .map((rs, ctx) -> new Target(rs.getLong(1), rs.getLong(2)))
                .list());
  }

  private void reextract(Target t, Counts n, Instant now) {
    FetchedPage page = db.read(h -> page(h, t.fetchId()));
    Article article = articles.extract(page);
    boolean isArticle = article.kind() == PageKind.ARTICLE || article.kind() == PageKind.PAYWALLED;
    List<GapClaim> fresh = isArticle ? claims.extract(article) : List.of();
    db.write(
        h -> {
          long articleId = t.articleId();
          if (articleChanged(h, articleId, article)) {
            long newId =
                ArticleStore.insertArticle(
                    h, t.fetchId(), article, Signature.of(article, page.finalUrl()), null, now);
            h.execute("UPDATE articles SET superseded_by = ? WHERE id = ?", newId, articleId);
            articleId = newId;
            n.articlesChanged++;
          }
          List<ClaimMatcher.Stored> gone = new ArrayList<>();
          List<ClaimMatcher.Match> matches =
              revive(
                  ClaimMatcher.match(stored(h, t.articleId(), true), fresh, gone),
                  stored(h, t.articleId(), false));
          for (ClaimMatcher.Match m : matches) {
            store(h, articleId, m, n, now);
          }
          for (ClaimMatcher.Stored g : gone) {
            h.execute(
                "UPDATE claims SET superseded_at = ? WHERE id = ?", now.toString(), g.versionId());
            n.gone++;
          }
          return null;
        });
    n.articles++;
  }

  /**
   * Fresh claims that continue no current claim may continue one that an earlier run found gone
   * (extractors that lost a claim and then found it again): they take up its stable id again, and
   * with it its curators' decisions, instead of coming back as new, undecided claims.
   */
  private static List<ClaimMatcher.Match> revive(
      List<ClaimMatcher.Match> matches, List<ClaimMatcher.Stored> goneEarlier) {
    if (goneEarlier.isEmpty()) {
      return matches;
    }
    List<GapClaim> unmatched =
        matches.stream().filter(m -> m.previous() == null).map(ClaimMatcher.Match::fresh).toList();
    Iterator<ClaimMatcher.Match> again =
        ClaimMatcher.match(goneEarlier, unmatched, new ArrayList<>()).iterator();
    return matches.stream().map(m -> m.previous() == null ? again.next() : m).toList();
  }

  private static void store(Handle h, long articleId, ClaimMatcher.Match m, Counts n, Instant now) {
    ClaimMatcher.Stored old = m.previous();
    if (old == null) {
      ArticleStore.insertClaim(h, articleId, m.fresh(), now);
      n.fresh++;
      return;
    }
    boolean sameRow = articleOf(h, old.versionId()) == articleId;
    if (old.current() && sameRow && ClaimMatcher.identical(old.claim(), m.fresh())) {
      n.unchanged++;
      return;
    }
    ArticleStore.insertClaim(h, articleId, m.fresh(), now);
    long id = h.createQuery("SELECT last_insert_rowid()").mapTo(Long.class).one();
    h.execute("UPDATE claims SET lineage_id = ? WHERE id = ?", old.lineageId(), id);
    h.execute(
        "UPDATE claims SET superseded_at = COALESCE(superseded_at, ?), superseded_by = ?"
            + " WHERE id = ?",
        now.toString(),
        id,
        old.versionId());
    if (old.current() && ClaimMatcher.sameFields(old.claim(), m.fresh())) {
      n.unchanged++;
    } else {
      n.changed++;
    }
  }

  private static long articleOf(Handle h, long claimVersion) {
    return h.createQuery("SELECT article_id FROM claims WHERE id = ?")
        .bind(0, claimVersion)
        .mapTo(Long.class)
        .one();
  }

  /**
   * The claims of an article (whatever article version they point at): the current versions, or
   * (when {@code current} is false) the last versions of claims found gone and not found since.
   */
  private static List<ClaimMatcher.Stored> stored(Handle h, long firstArticleId, boolean current) {
    return h.createQuery(
            "SELECT "
                + ClaimStore.COLUMNS
                + ", c.id FROM claims c JOIN articles a ON a.id = c.article_id"
                + " WHERE a.fetch_id = (SELECT fetch_id FROM articles WHERE id = ?)"
                + (current ? " AND c.superseded_at IS NULL" : GONE)
                + " ORDER BY c.evidence_start, c.id")
        .bind(0, firstArticleId)
        .map(
            (rs, ctx) -> {
              StoredClaim c = ClaimStore.row(rs);
              return new ClaimMatcher.Stored(rs.getLong(21), c.id(), c.claim(), current);
            })
        .list();
  }

  /** A claim version marked gone (superseded by nothing) whose claim has no current version. */
  private static final String GONE =
      " AND c.superseded_at IS NOT NULL AND c.superseded_by IS NULL AND NOT EXISTS"
          + " (SELECT 1 FROM claims y WHERE y.lineage_id = c.lineage_id"
          + " AND y.superseded_at IS NULL)";

  private static boolean articleChanged(Handle h, long articleId, Article a) {
    return h.createQuery(
            "SELECT text, title, published, lang, kind, canonical_url FROM articles WHERE id = ?")
        .bind(0, articleId)
        .map(
            (rs, ctx) ->
                !(rs.getString(1).equals(a.text())
                    && Objects.equals(rs.getString(2), a.title())
                    && Objects.equals(
                        rs.getString(3), a.published() == null ? null : a.published().value())
                    && Objects.equals(rs.getString(4), a.language())
                    && rs.getString(5).equals(a.kind().name())
                    && Objects.equals(rs.getString(6), a.canonicalUrl())))
        .one();
  }

  private static FetchedPage page(Handle h, long fetchId) {
    return h.createQuery(
            "SELECT u.url, f.final_url, f.status_code, f.content_type, f.body_gzip, f.etag,"
                + " f.last_modified, f.fetched_at FROM fetches f JOIN urls u ON u.id = f.url_id"
                + " WHERE f.id = ?")
        .bind(0, fetchId)
        .map(
            (rs, ctx) ->
                new FetchedPage(
                    URI.create(rs.getString(1)),
                    URI.create(rs.getString(2)),
                    rs.getInt(3),
                    rs.getString(4),
                    gunzip(rs.getBytes(5)),
                    rs.getString(6),
                    rs.getString(7),
                    Instant.parse(rs.getString(8))))
        .one();
  }

  static byte[] gunzip(byte[] gz) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("stored page body is not valid gzip", e);
    }
  }

  private long startRun(@Nullable LocalDate since, @Nullable String source, Instant now) {
    return db.write(
        h ->
            h.createUpdate(
                    "INSERT INTO reextract_runs (started_at, article_extractor, claim_extractor,"
                        + " since, source) VALUES (?, ?, ?, ?, ?)")
                .bind(0, now.toString())
                .bind(1, ArticleExtractor.VERSION)
                .bind(2, ClaimExtractor.VERSION)
                .bind(3, since == null ? null : since.toString())
                .bind(4, source)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
  }

  private void finishRun(long runId, Summary s) {
    db.write(
        h -> {
          h.createUpdate(
                  "UPDATE reextract_runs SET finished_at = ?, articles = ?, articles_changed = ?,"
                      + " claims_new = ?, claims_changed = ?, claims_unchanged = ?,"
                      + " claims_gone = ?, failed = ? WHERE id = ?")
              .bind(0, Instant.now().toString())
              .bind(1, s.articles())
              .bind(2, s.articlesChanged())
              .bind(3, s.claimsNew())
              .bind(4, s.claimsChanged())
              .bind(5, s.claimsUnchanged())
              .bind(6, s.claimsGone())
              .bind(7, s.failures().size())
              .bind(8, runId)
              .execute();
          return null;
        });
  }
}
