package gapwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gapwatch.crawl.CrawlLedger;
import gapwatch.crawl.CrawlSummary;
import gapwatch.crawl.FeedState;
import gapwatch.crawl.FrontierUrl;
import gapwatch.crawl.Source;
import gapwatch.crawl.StorageFailure;
import gapwatch.crawl.Validators;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jspecify.annotations.Nullable;

/**
 * The crawl ledger in SQLite: sources with their feed validators, the URL frontier and crawl runs.
 * Each method is one transaction. When the database cannot be written at all (disk full,
 * read-only...) the methods throw {@link StorageFailure}, which stops the crawl.
 */
public final class CrawlStore implements CrawlLedger {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .build();

  private final Database db;

  public CrawlStore(Database db) {
    this.db = db;
  }

  @Override
  public long startRun(Instant startedAt) {
    return write(
        h -> {
          h.createUpdate(
                  "UPDATE crawl_runs SET status = 'failed',"
                      + " note = 'interrupted: the process ended before the run finished'"
                      + " WHERE status = 'running'")
              .execute();
          return h.createUpdate(
                  "INSERT INTO crawl_runs (started_at, status, pid) VALUES (?, 'running', ?)")
              .bind(0, startedAt.toString())
              .bind(1, ProcessHandle.current().pid())
              .executeAndReturnGeneratedKeys("id")
              .mapTo(Long.class)
              .one();
        });
  }

  @Override
  public void finishRun(long runId, CrawlSummary s) {
    write(
        h ->
            h.createUpdate(
                    "UPDATE crawl_runs SET finished_at = :finished, status = :status,"
                        + " sources_polled = :polled, sources_failed = :sourcesFailed,"
                        + " articles_new = :new, articles_duplicate = :dup, not_articles = :notArt,"
                        + " skipped_robots = :robots, skipped_other = :other, deferred = :deferred,"
                        + " failed = :failed, claims_found = :claims, elapsed_ms = :elapsed,"
                        + " hosts_rested = :rested, summary_json = :json WHERE id = :id")
                .bind("finished", Instant.now().toString())
                .bind("status", s.partial() ? "partial" : "ok")
                .bind("polled", s.sourcesPolled())
                .bind("sourcesFailed", s.sourcesFailed())
                .bind("new", s.articlesNew())
                .bind("dup", s.articlesDuplicate())
                .bind("notArt", s.notArticles())
                .bind("robots", s.skippedRobots())
                .bind("other", s.skippedOther())
                .bind("deferred", s.deferred())
                .bind("failed", s.failedTotal())
                .bind("claims", s.claimsFound())
                .bind("elapsed", s.elapsed().toMillis())
                .bind("rested", s.hostsRested())
                .bind("json", json(s))
                .bind("id", runId)
                .execute());
  }

  @Override
  public FeedState feedState(Source source) {
    return read(
        h ->
            h.createQuery("SELECT etag, last_modified, last_polled_at FROM sources WHERE name = ?")
                .bind(0, source.name())
                .map(
                    (rs, ctx) ->
                        new FeedState(
                            new Validators(rs.getString(1), rs.getString(2)),
                            rs.getString(3) == null ? null : Instant.parse(rs.getString(3))))
                .findOne()
                .orElse(FeedState.NEW));
  }

  @Override
  public void recordFeedPoll(Source source, Validators validators, Instant polledAt) {
    write(
        h -> {
          long id = sourceId(h, source, polledAt);
          h.createUpdate(
                  "UPDATE sources SET url = ?, etag = ?, last_modified = ?, last_polled_at = ?"
                      + " WHERE id = ?")
              .bind(0, source.url().toString())
              .bind(1, validators.etag())
              .bind(2, validators.lastModified())
              .bind(3, polledAt.toString())
              .bind(4, id)
              .execute();
          return null;
        });
  }

  @Override
  public FeedState documentState(URI url) {
    return read(
        h ->
            h.createQuery(
                    "SELECT etag, last_modified, last_polled_at FROM source_documents WHERE url = ?")
                .bind(0, url.toString())
                .map(
                    (rs, ctx) ->
                        new FeedState(
                            new Validators(rs.getString(1), rs.getString(2)),
                            Instant.parse(rs.getString(3))))
                .findOne()
                .orElse(FeedState.NEW));
  }

  @Override
  public void recordDocumentPoll(URI url, Validators validators, Instant polledAt) {
    write(
        h ->
            h.createUpdate(
                    "INSERT INTO source_documents (url, etag, last_modified, last_polled_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag ="
                        + " excluded.etag, last_modified = excluded.last_modified,"
                        + " last_polled_at = excluded.last_polled_at")
                .bind(0, url.toString())
                .bind(1, validators.etag())
                .bind(2, validators.lastModified())
                .bind(3, polledAt.toString())
                .execute());
  }

  @Override
  public boolean enqueue(Source source, URI canonicalUrl, @Nullable String title, Instant now) {
    return write(
        h -> {
          long sourceId = sourceId(h, source, now);
          return h.createUpdate(
                      "INSERT INTO urls (url, source_id, title, status, discovered_at,"
                          + " next_fetch_at) VALUES (?, ?, ?, 'pending', ?, ?)"
                          + " ON CONFLICT (url) DO NOTHING")
                  .bind(0, canonicalUrl.toString())
                  .bind(1, sourceId)
                  .bind(2, title)
                  .bind(3, now.toString())
                  .bind(4, now.toString())
                  .execute()
              > 0;
        });
  }

  @Override
  public boolean recordRefused(Source source, String link, String reason, Instant now) {
    return write(
        h -> {
          long sourceId = sourceId(h, source, now);
          return h.createUpdate(
                      "INSERT INTO urls (url, source_id, status, discovered_at, last_attempt_at,"
                          + " last_error) VALUES (?, ?, 'skipped', ?, ?, ?)"
                          + " ON CONFLICT (url) DO NOTHING")
                  .bind(0, link)
                  .bind(1, sourceId)
                  .bind(2, now.toString())
                  .bind(3, now.toString())
                  .bind(4, reason)
                  .execute()
              > 0;
        });
  }

  @Override
  public List<FrontierUrl> due(Instant now, int limit) {
    return read(
        h ->
            h.createQuery(
                    "SELECT u.id, u.url, s.name, u.attempts FROM urls u"
                        + " JOIN sources s ON s.id = u.source_id"
                        + " WHERE u.status IN ('pending', 'failed') AND u.next_fetch_at <= ?"
                        + " ORDER BY u.next_fetch_at, u.id LIMIT ?")
                .bind(0, now.toString())
                .bind(1, limit)
                .map(
                    (rs, ctx) ->
                        new FrontierUrl(
                            rs.getLong(1),
                            URI.create(rs.getString(2)),
                            rs.getString(3),
                            rs.getInt(4)))
                .list());
  }

  @Override
  public Optional<FrontierUrl> recordRedirect(FrontierUrl url, URI target, Instant now) {
    return write(
        h -> {
          h.createUpdate(
                  "UPDATE urls SET status = 'done', redirected_to = ?, last_attempt_at = ?,"
                      + " next_fetch_at = NULL, last_error = NULL, failure_cause = NULL"
                      + " WHERE id = ?")
              .bind(0, target.toString())
              .bind(1, now.toString())
              .bind(2, url.id())
              .execute();
          int added =
              h.createUpdate(
                      "INSERT INTO urls (url, source_id, title, status, discovered_at,"
                          + " next_fetch_at) SELECT ?, source_id, title, 'pending', ?, ?"
                          + " FROM urls WHERE id = ? ON CONFLICT (url) DO NOTHING")
                  .bind(0, target.toString())
                  .bind(1, now.toString())
                  .bind(2, now.toString())
                  .bind(3, url.id())
                  .execute();
          if (added == 0) {
            return Optional.<FrontierUrl>empty();
          }
          long id =
              h.createQuery("SELECT id FROM urls WHERE url = ?")
                  .bind(0, target.toString())
                  .mapTo(Long.class)
                  .one();
          return Optional.of(new FrontierUrl(id, target, url.source(), 0));
        });
  }

  @Override
  public void recordSkipped(FrontierUrl url, String reason, Instant now) {
    write(
        h ->
            h.createUpdate(
                    "UPDATE urls SET status = 'skipped', last_error = ?, last_attempt_at = ?,"
                        + " next_fetch_at = NULL WHERE id = ?")
                .bind(0, reason)
                .bind(1, now.toString())
                .bind(2, url.id())
                .execute());
  }

  @Override
  public void recordFailed(
      FrontierUrl url, String reason, @Nullable Instant nextAttempt, Instant now) {
    write(
        h ->
            h.createUpdate(
                    "UPDATE urls SET status = 'failed', attempts = attempts + 1, last_error = ?,"
                        + " failure_cause = ?, last_attempt_at = ?, next_fetch_at = ? WHERE id = ?")
                .bind(0, reason)
                .bind(1, reason.split(":", 2)[0])
                .bind(2, now.toString())
                .bind(3, nextAttempt == null ? null : nextAttempt.toString())
                .bind(4, url.id())
                .execute());
  }

  /** Marks a URL done; part of the caller's transaction (the page is stored with it). */
  static void markDone(Handle h, long urlId, Validators validators, Instant now) {
    h.createUpdate(
            "UPDATE urls SET status = 'done', last_attempt_at = ?, next_fetch_at = NULL,"
                + " last_error = NULL, failure_cause = NULL, etag = ?, last_modified = ?"
                + " WHERE id = ?")
        .bind(0, now.toString())
        .bind(1, validators.etag())
        .bind(2, validators.lastModified())
        .bind(3, urlId)
        .execute();
  }

  /**
   * Records {@code url} as already done (an alias of a stored page, e.g. its rel=canonical), so
   * that a feed listing it later does not fetch it again; part of the caller's transaction.
   */
  static void markAliasDone(Handle h, long ofUrlId, URI url, Instant now) {
    h.createUpdate(
            "INSERT INTO urls (url, source_id, status, discovered_at, last_attempt_at)"
                + " SELECT ?, source_id, 'done', ?, ? FROM urls WHERE id = ?"
                + " ON CONFLICT (url) DO NOTHING")
        .bind(0, url.toString())
        .bind(1, now.toString())
        .bind(2, now.toString())
        .bind(3, ofUrlId)
        .execute();
  }

  /** A write of the ledger; storage failing as a whole stops the crawl. */
  private <T> T write(HandleCallback<T, RuntimeException> work) {
    try {
      return db.write(work);
    } catch (StorageUnavailableException e) {
      throw new StorageFailure(e.getMessage(), e);
    }
  }

  private <T> T read(HandleCallback<T, RuntimeException> work) {
    try {
      return db.read(work);
    } catch (StorageUnavailableException e) {
      throw new StorageFailure(e.getMessage(), e);
    }
  }

  private static long sourceId(Handle h, Source source, Instant now) {
    h.createUpdate(
            "INSERT INTO sources (name, url, created_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (name) DO NOTHING")
        .bind(0, source.name())
        .bind(1, source.url().toString())
        .bind(2, now.toString())
        .execute();
    return h.createQuery("SELECT id FROM sources WHERE name = ?")
        .bind(0, source.name())
        .mapTo(Long.class)
        .one();
  }

  private static String json(CrawlSummary s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a summary is always serialisable", e);
    }
  }
}
