package gapwatch.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Applies robots.txt per RFC 9309 through crawler-commons: 2xx rules are obeyed, 4xx means allow
 * all, and 5xx, 429, timeouts and network errors mean disallow all for now (the URL is tried again
 * in a later run). Redirects are followed (at least five, checked like any fetch) and the rules
 * apply to the origin asked for; a file longer than {@link ResponseReader#ROBOTS_PARSE_LIMIT} is
 * parsed up to there (§2.5). Rules are cached per origin for at most 24 hours. The Crawl-delay is
 * reported as the file asks, uncapped: the host's lane decides what a delay over the cap means.
 * Thread-safe.
 */
public final class RobotsPolicy {

  /** RFC 9309 §2.4: a cached copy should not be used for more than 24 hours. */
  static final Duration MAX_CACHE_AGE = Duration.ofHours(24);

  /**
   * The verdict for one URL.
   *
   * @param allowed whether the URL may be fetched now
   * @param deferred when not allowed: whether only for now (robots.txt was unreachable)
   * @param crawlDelay the origin's Crawl-delay, as robots.txt asks (zero when none)
   * @param reason why, for logs
   * @param unreachable when robots.txt could not be fetched because the host is unreachable or
   *     refused (network error, timeout, forbidden address): that outcome, which the URL's own
   *     fetch would have had too; null otherwise
   */
  public record Verdict(
      boolean allowed,
      boolean deferred,
      Duration crawlDelay,
      String reason,
      @Nullable FetchResult unreachable) {}

  private record Cached(
      BaseRobotRules rules,
      Instant fetchedAt,
      boolean deferred,
      String reason,
      @Nullable FetchResult unreachable) {}

  private final HttpFetcher fetcher;
  private final Clock clock;
  private final String agentToken;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public RobotsPolicy(HttpFetcher fetcher, CrawlSettings settings, Clock clock) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.agentToken = productToken(settings.userAgent());
  }

  /**
   * Whether {@code url} may be fetched, fetching the origin's robots.txt when not cached.
   *
   * @param source the source the URL belongs to (it says whether the origin may be private)
   */
  public Verdict check(URI url, Source source) {
    String origin = origin(url);
    Cached c = cache.get(origin);
    if (c == null || isStale(c)) {
      c = load(origin, source);
      cache.put(origin, c);
    }
    boolean allowed = c.rules().isAllowed(url.toString());
    long delayMs = c.rules().getCrawlDelay();
    Duration delay =
        delayMs == BaseRobotRules.UNSET_CRAWL_DELAY || delayMs <= 0
            ? Duration.ZERO
            : Duration.ofMillis(delayMs);
    return new Verdict(
        allowed,
        !allowed && c.deferred(),
        delay,
        allowed ? "allowed" : c.reason(),
        allowed ? null : c.unreachable());
  }

  /**
   * Whether {@link #check} can answer for {@code url} without a request: the crawler gives the
   * robots.txt fetch a turn of its own in the host's politeness schedule.
   */
  public boolean isCached(URI url) {
    Cached c = cache.get(origin(url));
    return c != null && !isStale(c);
  }

  private boolean isStale(Cached c) {
    return c.fetchedAt().plus(MAX_CACHE_AGE).isBefore(clock.instant());
  }

  private Cached load(String origin, Source source) {
    URI robots = URI.create(origin + "/robots.txt");
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    // crawler-commons turns a Crawl-delay over its own cap into "disallow everything", which would
    // skip the host's URLs for good; the lane makes such a host rest for this run instead.
    parser.setMaxCrawlDelay(Long.MAX_VALUE);
    FetchResult r =
        fetcher.fetch(
            robots, Validators.NONE, source, HttpFetcher.Purpose.ROBOTS, RedirectGate.FOLLOW);
    Instant now = clock.instant();
    if (r instanceof FetchResult.Fetched f) {
      BaseRobotRules rules =
          parser.parseContent(
              robots.toString(),
              withoutCutLine(f.page().body()),
              f.page().contentType(),
              List.of(agentToken));
      return new Cached(rules, now, false, "disallowed by " + robots, null);
    }
    // RFC 9309 §2.3.1.3: 4xx means no rules. 429 is answered with RATE_LIMITED, so it falls
    // through to "deferred" below, unlike crawler-commons' failedFetch, which allows all on 429.
    if (r instanceof Failed failed && failed.cause() == FailureCause.HTTP_4XX) {
      return new Cached(
          parser.failedFetch(404), now, false, robots + " unavailable: allow all", null);
    }
    String why = r.getClass().getSimpleName();
    if (r instanceof Failed f) {
      why = f.detail();
    } else if (r instanceof FetchResult.Skipped s) {
      why = s.detail();
    }
    return new Cached(
        parser.failedFetch(503),
        now,
        true,
        robots + " unreachable (" + why + "): deferred",
        unreachable(r) ? r : null);
  }

  /** Whether the host itself could not be reached (rather than answering "not now"). */
  private static boolean unreachable(FetchResult r) {
    if (r instanceof FetchResult.Skipped) {
      return true;
    }
    return r instanceof Failed f
        && (f.cause() == FailureCause.NETWORK || f.cause() == FailureCause.TIMEOUT);
  }

  private static String origin(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    return scheme + "://" + host + (port == -1 ? "" : ":" + port);
  }

  /** "gapwatch/0.1 (+https://...)" → "gapwatch": the token robots.txt groups name. */
  static String productToken(String userAgent) {
    String token = userAgent.strip().split("[/\\s;(]", 2)[0];
    return token.isEmpty() ? "gapwatch" : token.toLowerCase(Locale.ROOT);
  }

  /**
   * A body cut at the parse limit ends in the middle of a line, and half a rule ("Disallow: /se")
   * means something else than the whole one: drop it.
   */
  static byte[] withoutCutLine(byte[] body) {
    if (body.length < ResponseReader.ROBOTS_PARSE_LIMIT) {
      return body;
    }
    int end = body.length;
    while (end > 0 && body[end - 1] != '\n' && body[end - 1] != '\r') {
      end--;
    }
    return Arrays.copyOf(body, end);
  }
}
