package gapwatch.crawl;

import java.time.Clock;

/**
 * Everything the jobs of one crawl run share: the collaborators, the run's id and its tally.
 *
 * @param runId the ledger's id of this run
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
    PoliteScheduler scheduler) {

  /**
   * Checks robots.txt for a job's URL within the host's turn. When the host's rules are not yet
   * known, fetching them is this turn's request: the job is put back for the next turn and empty is
   * returned.
   */
  java.util.Optional<RobotsPolicy.Verdict> robotsTurn(
      HostLane lane, PoliteScheduler.Job job, java.net.URI url, Source source) {
    if (!robots.isCached(url)) {
      RobotsPolicy.Verdict fetched = robots.check(url, source);
      if (fetched.unreachable() == null) {
        // This turn's request was robots.txt; the job itself waits for the next turn.
        lane.crawlDelay(fetched.crawlDelay());
        lane.putBack(job);
        return java.util.Optional.empty();
      }
    }
    RobotsPolicy.Verdict v = robots.check(url, source);
    lane.crawlDelay(v.crawlDelay());
    return java.util.Optional.of(v);
  }
}
