package gapwatch.crawl;

import gapwatch.crawl.FetchResult.FailureCause;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The counts of one run as it goes, summed up into a {@link CrawlSummary}. Thread-safe. */
final class RunTally {

  private int sourcesPolled;
  private int sourcesFailed;
  private int articlesNew;
  private int articlesDuplicate;
  private int notArticles;
  private int skippedRobots;
  private int skippedOther;
  private int deferred;
  private int claims;
  private final Map<FailureCause, Integer> failed = new EnumMap<>(FailureCause.class);
  private final Set<String> hostsRested = new HashSet<>();

  synchronized void sourcePolled(boolean ok) {
    if (ok) {
      sourcesPolled++;
    } else {
      sourcesFailed++;
    }
  }

  synchronized void stored(PageSink.Stored stored) {
    claims += stored.claims();
    switch (stored.outcome()) {
      case NEW -> articlesNew++;
      case DUPLICATE -> articlesDuplicate++;
      case NOT_ARTICLE -> notArticles++;
    }
  }

  synchronized void unchanged() {
    articlesDuplicate++;
  }

  synchronized void skippedByRobots() {
    skippedRobots++;
  }

  synchronized void skippedOther() {
    skippedOther++;
  }

  synchronized void deferred() {
    deferred++;
  }

  synchronized void failed(FailureCause cause) {
    failed.merge(cause, 1, Integer::sum);
  }

  /** Notes that {@code host} rests; true the first time. */
  synchronized boolean hostRested(String host) {
    return hostsRested.add(host);
  }

  synchronized CrawlSummary summary(Duration elapsed, boolean timeLimitReached) {
    return new CrawlSummary(
        sourcesPolled,
        sourcesFailed,
        articlesNew,
        articlesDuplicate,
        notArticles,
        skippedRobots,
        skippedOther,
        deferred,
        hostsRested.size(),
        failed,
        claims,
        elapsed,
        timeLimitReached);
  }
}
