package gapwatch.crawl;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * Everything the jobs of one crawl run share: the collaborators, the run's id and its tally.
 *
 * @param runId the ledger's id of this run
 * @param extraction runs the extraction of one page within its time limit
 */
record CrawlRun(
    long runId,
    CrawlSettings settings,
    HttpFetcher fetcher,
    RobotsPolicy robots,
    CrawlLedger ledger,
    PageSink sink,
    Clock clock,
    CrawlProgress progress,
    RunTally tally,
    PoliteScheduler scheduler,
    TimeBox extraction) {

  /**
   * Checks robots.txt for a job's URL within the host's turn. When the host's rules are not yet
   * known, fetching them is this turn's request: the job is put back for the next turn and empty is
   * returned. Empty too when the rules make the host rest (a Crawl-delay over the cap): the job is
   * put back and deferred with the host's other work.
   */
  Optional<RobotsPolicy.Verdict> robotsTurn(
      HostLane lane, PoliteScheduler.Job job, URI url, Source source) {
    if (!robots.isCached(url)) {
      RobotsPolicy.Verdict fetched = robots.check(url, source);
      if (fetched.unreachable() == null) {
        // This turn's request was robots.txt; the job itself waits for the next turn.
        lane.crawlDelay(fetched.crawlDelay());
        lane.putBack(job);
        return Optional.empty();
      }
    }
    RobotsPolicy.Verdict v = robots.check(url, source);
    lane.crawlDelay(v.crawlDelay());
    if (lane.resting() != null) {
      lane.putBack(job);
      return Optional.empty();
    }
    return Optional.of(v);
  }
}
