package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.Fetched;
import gapwatch.crawl.FetchResult.Redirect;
import gapwatch.crawl.FetchResult.Skipped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source document — an RSS/Atom feed, a sitemap, or a sitemap listed by a sitemap index —
 * with a conditional GET, and adds the new article links it lists to the frontier.
 */
final class FeedPoll implements PoliteScheduler.Job {

  private static final Logger log = LoggerFactory.getLogger(FeedPoll.class);

  /** Child sitemaps read per sitemap index and run, most recently modified first. */
  static final int MAX_CHILD_SITEMAPS = 20;

  /** Longer links are not enqueued (crawler traps, junk). */
  static final int MAX_URL_LENGTH = 2048;

  private final CrawlRun run;
  private final Source source;
  private final URI url;
  private final boolean child;
  private final int redirectsBefore;
  private int refused;
  private @Nullable String firstRefusal;

  /**
   * @param child whether the document was listed by a sitemap index (else it is the source's own)
   * @param redirectsBefore redirects already taken to reach {@code url} from another origin
   */
  private FeedPoll(CrawlRun run, Source source, URI url, boolean child, int redirectsBefore) {
    this.run = run;
    this.source = source;
    this.url = url;
    this.child = child;
    this.redirectsBefore = redirectsBefore;
  }

  /** The poll of a source's own feed or sitemap. */
  static FeedPoll of(CrawlRun run, Source source) {
    return new FeedPoll(run, source, source.url(), false, 0);
  }

  @Override
  public void run(HostLane lane) {
    Optional<RobotsPolicy.Verdict> verdict = run.robotsTurn(lane, this, url, source);
    if (verdict.isEmpty()) {
      return;
    }
    RobotsPolicy.Verdict v = verdict.get();
    if (!v.allowed() && v.unreachable() == null) {
      done(false, v.reason());
      return;
    }
    FeedState state = child ? run.ledger().documentState(url) : run.ledger().feedState(source);
    FetchResult r = v.allowed() ? fetch(state.validators()) : v.unreachable();
    Instant now = run.clock().instant();
    if (r instanceof Failed f) {
      lane.failed(f, now);
      done(false, f.cause() + ": " + f.detail());
      return;
    }
    lane.succeeded();
    if (r instanceof FetchResult.NotModified) {
      record(state.validators(), now);
      done(true, "not modified");
    } else if (r instanceof Skipped s) {
      done(false, s.reason() + ": " + s.detail());
    } else if (r instanceof Fetched f) {
      read(f, now);
    } else if (r instanceof FetchResult.Redirected moved) {
      handOff(moved);
    }
  }

  private FetchResult fetch(Validators validators) {
    OriginGate gate = new OriginGate(url, source, run.robots(), false);
    return run.fetcher().fetch(url, validators, source, HttpFetcher.Purpose.SOURCE_DOCUMENT, gate);
  }

  /** The document moved to another origin: it is polled there, in that host's turn. */
  private void handOff(FetchResult.Redirected moved) {
    int redirects = redirectsBefore + moved.redirects().size();
    logRedirects(moved.redirects());
    if (redirects > run.settings().maxRedirects()) {
      done(
          false,
          "TOO_MANY_REDIRECTS: more than "
              + run.settings().maxRedirects()
              + " redirects (last to "
              + moved.target()
              + ")");
      return;
    }
    if (moved.movedPermanently()) {
      warnMoved(moved.target());
    }
    run.scheduler()
        .submit(
            moved.target().getHost(), new FeedPoll(run, source, moved.target(), child, redirects));
  }

  @Override
  public void defer(String why) {
    done(false, why);
  }

  private void read(Fetched f, Instant now) {
    FetchedPage page = f.page();
    noteRedirects(f);
    String outcome;
    try {
      outcome = SitemapReader.looksLikeSitemap(page.body()) ? readSitemap(page) : readFeed(page);
    } catch (FeedParseException e) {
      done(false, e.getMessage());
      return;
    }
    record(new Validators(page.etag(), page.lastModified()), now);
    done(true, refused == 0 ? outcome : outcome + "; " + refused + " refused, " + firstRefusal);
  }

  private String readFeed(FetchedPage page) throws FeedParseException {
    List<FeedEntry> entries =
        new FeedParser().parse(page.finalUrl(), page.body(), page.contentType());
    return entries.size() + " entries, " + enqueue(entries) + " new";
  }

  private String readSitemap(FetchedPage page) throws FeedParseException {
    SitemapReader.Contents contents =
        SitemapReader.parse(page.finalUrl(), page.body(), page.contentType());
    if (contents instanceof SitemapReader.Urls urls) {
      return "sitemap: " + urls.entries().size() + " URLs, " + enqueue(urls.entries()) + " new";
    }
    List<URI> children = ((SitemapReader.Index) contents).sitemaps();
    if (child) {
      return "sitemap index inside a sitemap index: ignored";
    }
    int taken = 0;
    for (URI c : children) {
      if (taken >= MAX_CHILD_SITEMAPS) {
        break;
      }
      Optional<URI> canonical = admit(c);
      if (canonical.isPresent()) {
        run.scheduler()
            .submit(canonical.get().getHost(), new FeedPoll(run, source, canonical.get(), true, 0));
        taken++;
      }
    }
    return "sitemap index: " + children.size() + " sitemaps, reading " + taken;
  }

  /**
   * The canonical form of a listed link to follow, or empty when it is not followed. The URL policy
   * sees the link as written: canonicalising first would drop a user name, or give up on a URL the
   * HTTP client reads otherwise. A refusal is recorded and counted as a skipped URL.
   */
  private Optional<URI> admit(URI link) {
    if (link.toString().length() > MAX_URL_LENGTH) {
      return Optional.empty();
    }
    Optional<String> why = UrlPolicy.whyRefused(link, source);
    if (why.isPresent()) {
      refuse(link, why.get());
      return Optional.empty();
    }
    Optional<URI> canonical = UrlCanonicalizer.canonicalize(link);
    if (canonical.isEmpty() || !source.allowsHost(canonical.get().getHost())) {
      log.debug("{}: not following link {}", source.name(), link);
      return Optional.empty();
    }
    return canonical;
  }

  private void refuse(URI link, String why) {
    log.info("{}: not following link: {}", source.name(), why);
    String reason = FetchResult.SkipReason.URL_POLICY + ": " + why;
    String written = UrlPolicy.printable(link.toString());
    refused++;
    if (firstRefusal == null) {
      firstRefusal = reason;
    }
    if (run.ledger().recordRefused(source, written, reason, run.clock().instant())) {
      run.tally().skippedOther();
    }
  }

  private int enqueue(List<FeedEntry> entries) {
    Instant now = run.clock().instant();
    Instant oldest = now.minus(source.maxAge());
    List<FeedEntry> recent = new ArrayList<>();
    for (FeedEntry e : entries) {
      Instant when = believable(e.published(), now);
      if (when == null || !when.isBefore(oldest)) {
        recent.add(new FeedEntry(e.link(), e.title(), when));
      }
    }
    recent.sort(
        Comparator.comparing(
            FeedEntry::published, Comparator.nullsLast(Comparator.reverseOrder())));
    // The newest maxItems distinct followable links: a feed repeating one entry thousands of
    // times must not crowd out the others. Refused links count, so a feed of thousands of them
    // costs no more than maxItems.
    Set<URI> taken = new HashSet<>();
    int added = 0;
    for (FeedEntry e : recent) {
      if (taken.size() + refused >= source.maxItems()) {
        break;
      }
      Optional<URI> link = admit(e.link());
      if (link.isEmpty()) {
        continue;
      }
      if (taken.add(link.get()) && run.ledger().enqueue(source, link.get(), e.title(), now)) {
        added++;
      }
    }
    return added;
  }

  /** A date more than a day in the future is a feed's mistake: treated as unknown, not newest. */
  private static @Nullable Instant believable(@Nullable Instant published, Instant now) {
    return published != null && published.isAfter(now.plus(Duration.ofDays(1))) ? null : published;
  }

  private void noteRedirects(Fetched f) {
    logRedirects(f.redirects());
    if (f.movedPermanently()) {
      warnMoved(f.page().finalUrl());
    }
  }

  private void logRedirects(List<Redirect> redirects) {
    for (Redirect r : redirects) {
      log.info("{}: {} redirects ({}) to {}", source.name(), r.from(), r.status(), r.to());
    }
  }

  private void warnMoved(URI to) {
    if (!child) {
      run.progress()
          .warning(
              "source "
                  + source.name()
                  + ": "
                  + source.url()
                  + " has moved permanently to "
                  + to
                  + "; followed, but update the configuration");
    }
  }

  private void record(Validators validators, Instant now) {
    if (child) {
      run.ledger().recordDocumentPoll(url, validators, now);
    } else {
      run.ledger().recordFeedPoll(source, validators, now);
    }
  }

  private void done(boolean ok, String detail) {
    run.tally().sourcePolled(ok);
    String what = child ? detail + " (" + url + ")" : detail;
    run.progress().sourcePolled(source, ok, what);
  }
}
