package gapwatch.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the crawl stage needs to know of what is stored: the persistent frontier, feed validators
 * and crawl runs. Implemented by the store stage; every method is its own transaction, so a run
 * killed at any moment resumes where it stopped.
 */
public interface CrawlLedger {

  /**
   * Records the start of a run and returns its id. Runs still marked running are from a process
   * that died (the caller holds the crawl lock), and are marked as interrupted.
   */
  long startRun(Instant startedAt);

  /** Records the end of a run with its summary. */
  void finishRun(long runId, CrawlSummary summary);

  /** The remembered state of a source's feed. */
  FeedState feedState(Source source);

  /** Records a successful poll of a source's feed (new validators). */
  void recordFeedPoll(Source source, Validators validators, Instant polledAt);

  /** The remembered state of a document a source led to (a sitemap listed by a sitemap index). */
  FeedState documentState(URI url);

  /** Records a successful fetch of such a document (new validators). */
  void recordDocumentPoll(URI url, Validators validators, Instant polledAt);

  /**
   * Adds a URL to the frontier unless already known.
   *
   * @return true when the URL is new
   */
  boolean enqueue(Source source, URI canonicalUrl, @Nullable String title, Instant now);

  /**
   * Records a link refused before it could join the frontier (the {@link UrlPolicy}): it is kept as
   * skipped, with the reason, under the link as written (not a canonical form, which could be a
   * sound URL's), so the refusal is explained once and the link is not weighed again.
   *
   * @return true when the link is new
   */
  boolean recordRefused(Source source, String link, String reason, Instant now);

  /** URLs waiting to be fetched whose next attempt is due, oldest first. */
  List<FrontierUrl> due(Instant now, int limit);

  /**
   * Records that a URL redirects to another origin: the URL is done, pointing at {@code target},
   * and {@code target} joins the frontier for the same source unless it is already known.
   *
   * @return the new frontier entry to fetch, or empty when {@code target} was already known
   */
  Optional<FrontierUrl> recordRedirect(FrontierUrl url, URI target, Instant now);

  /** Records that a URL was skipped for good (robots, forbidden address...). */
  void recordSkipped(FrontierUrl url, String reason, Instant now);

  /**
   * Records a failed fetch.
   *
   * @param nextAttempt when to try again, or null to give the URL up
   */
  void recordFailed(FrontierUrl url, String reason, @Nullable Instant nextAttempt, Instant now);
}
