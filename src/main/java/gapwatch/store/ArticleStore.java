package gapwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gapwatch.article.Article;
import gapwatch.article.ArticleExtractor;
import gapwatch.article.PageKind;
import gapwatch.claims.ClaimExtractor;
import gapwatch.claims.GapClaim;
import gapwatch.crawl.FetchedPage;
import gapwatch.crawl.PageSink;
import gapwatch.crawl.Validators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * Stores a fetched page — raw body (gzip), extracted article and claims — and marks its URL done,
 * all in one transaction: after a crash either all of it is there or none of it is.
 */
public final class ArticleStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database db;

  public ArticleStore(Database db) {
    this.db = db;
  }

  /**
   * Stores a page with what was extracted from it.
   *
   * @param urlId the frontier URL the page was fetched for
   * @param runId the crawl run, or null outside a crawl
   * @param claims the claims found in the article (ignored for duplicates and non-articles)
   */
  public StoredArticle store(
      long urlId, @Nullable Long runId, FetchedPage page, Article article, List<GapClaim> claims) {
    byte[] gz = gzip(page.body());
    String bodySha = sha256(page.body());
    Signature sig = Signature.of(article, page.finalUrl());
    Instant now = Instant.now();
    return db.write(
        h -> {
          long fetchId = insertFetch(h, urlId, runId, page, gz, bodySha);
          Optional<Duplicate> earlier =
              article.kind() == PageKind.ARTICLE ? Duplicate.find(h, sig) : Optional.empty();
          long articleId = insertArticle(h, fetchId, article, sig, earlier.orElse(null), now);
          CrawlStore.markDone(h, urlId, new Validators(page.etag(), page.lastModified()), now);
          if (sig.canonical() != null) {
            CrawlStore.markAliasDone(h, urlId, sig.canonical(), now);
          }
          if (earlier.isPresent()) {
            return new StoredArticle(earlier.get().articleId(), PageSink.Outcome.DUPLICATE, 0);
          }
          if (article.kind() != PageKind.ARTICLE && article.kind() != PageKind.PAYWALLED) {
            return new StoredArticle(articleId, PageSink.Outcome.NOT_ARTICLE, 0);
          }
          for (GapClaim c : claims) {
            insertClaim(h, articleId, c, now);
          }
          return new StoredArticle(articleId, PageSink.Outcome.NEW, claims.size());
        });
  }

  private static long insertFetch(
      Handle h, long urlId, @Nullable Long runId, FetchedPage page, byte[] gz, String sha) {
    return h.createUpdate(
            "INSERT INTO fetches (url_id, run_id, final_url, status_code, content_type, etag,"
                + " last_modified, fetched_at, body_gzip, body_bytes, body_sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, urlId)
        .bind(1, runId)
        .bind(2, page.finalUrl().toString())
        .bind(3, page.status())
        .bind(4, page.contentType())
        .bind(5, page.etag())
        .bind(6, page.lastModified())
        .bind(7, page.fetchedAt().toString())
        .bind(8, gz)
        .bind(9, page.body().length)
        .bind(10, sha)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  static long insertArticle(
      Handle h, long fetchId, Article a, Signature sig, @Nullable Duplicate dup, Instant now) {
    long[] bands = sig.simhash() == null ? null : NearDuplicates.bands(sig.simhash());
    return h.createUpdate(
            "INSERT INTO articles (fetch_id, url, canonical_url, title, authors_json, published,"
                + " published_source, modified, modified_source, lang, section, keywords_json,"
                + " text, text_sha256, kind, duplicate_of, extractor_version, extracted_at,"
                + " duplicate_kind, simhash, simhash_b0, simhash_b1, simhash_b2, simhash_b3,"
                + " simhash_b4, simhash_b5)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, fetchId)
        .bind(1, a.url())
        .bind(2, a.canonicalUrl())
        .bind(3, a.title())
        .bind(4, json(a.authors()))
        .bind(5, a.published() == null ? null : a.published().value())
        .bind(6, a.published() == null ? null : a.published().source())
        .bind(7, a.modified() == null ? null : a.modified().value())
        .bind(8, a.modified() == null ? null : a.modified().source())
        .bind(9, a.language())
        .bind(10, a.section())
        .bind(11, json(a.keywords()))
        .bind(12, a.text())
        .bind(13, sig.textSha())
        .bind(14, a.kind().name())
        .bind(15, dup == null ? null : dup.articleId())
        .bind(16, ArticleExtractor.VERSION)
        .bind(17, now.toString())
        .bind(18, dup == null ? null : dup.kind())
        .bind(19, sig.simhash())
        .bind(20, bands == null ? null : bands[0])
        .bind(21, bands == null ? null : bands[1])
        .bind(22, bands == null ? null : bands[2])
        .bind(23, bands == null ? null : bands[3])
        .bind(24, bands == null ? null : bands[4])
        .bind(25, bands == null ? null : bands[5])
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  static void insertClaim(Handle h, long articleId, GapClaim c, Instant now) {
    h.createUpdate(
            "INSERT INTO claims (article_id, subject, reference, relation, gap_min_months,"
                + " gap_max_months, gap_text, approximate, domain, speaker, speaker_affiliation,"
                + " evidence, evidence_start, evidence_end, confidence, needs_review,"
                + " extractor_version, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, articleId)
        .bind(1, c.subject())
        .bind(2, c.reference())
        .bind(3, c.relation().label())
        .bind(4, c.gap() == null || c.gap().months() == null ? null : c.gap().months().min())
        .bind(5, c.gap() == null || c.gap().months() == null ? null : c.gap().months().max())
        .bind(6, c.gap() == null ? null : c.gap().text())
        .bind(7, c.gap() == null ? null : c.gap().approximate())
        .bind(8, c.domain())
        .bind(9, c.speaker() == null ? null : c.speaker().name())
        .bind(10, c.speaker() == null ? null : c.speaker().affiliation())
        .bind(11, c.evidence().sentence())
        .bind(12, c.evidence().start())
        .bind(13, c.evidence().end())
        .bind(14, c.confidence())
        .bind(15, c.confidence() < ClaimExtractor.REVIEW_THRESHOLD)
        .bind(16, ClaimExtractor.VERSION)
        .bind(17, now.toString())
        .execute();
  }

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory gzip cannot fail", e);
    }
    return out.toByteArray();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always serialisable", e);
    }
  }
}
