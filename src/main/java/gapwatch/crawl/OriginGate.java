package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Redirect;
import gapwatch.crawl.FetchResult.Redirected;
import gapwatch.crawl.FetchResult.SkipReason;
import gapwatch.crawl.FetchResult.Skipped;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The redirect gate of one crawl job: a hop within the origin the job's turn was granted for is
 * followed when that origin's robots.txt allows the target; a hop to another origin ends the fetch
 * ({@link Redirected}) so the target gets a turn of its own, after its own robots.txt and at its
 * host's pace; and for article links, a hop to a host the source does not allow is refused before
 * anything is sent there. Immutable and thread-safe.
 *
 * @param origin the URL the job fetches; its scheme, host and port are the origin
 * @param source the source it belongs to
 * @param robots the run's robots.txt rules
 * @param articleLink whether the URL is an article link (the source's allowed hosts apply)
 */
record OriginGate(URI origin, Source source, RobotsPolicy robots, boolean articleLink)
    implements RedirectGate {

  @Override
  public Optional<FetchResult> check(URI target, List<Redirect> redirects) {
    if (articleLink && !source.allowsHost(target.getHost())) {
      return Optional.of(
          new Skipped(
              SkipReason.HOST_NOT_ALLOWED,
              "redirected to "
                  + target
                  + ", a host outside source "
                  + source.name()
                  + "'s allowedHosts"));
    }
    if (!sameOrigin(origin, target)) {
      return Optional.of(new Redirected(target, redirects));
    }
    if (robots.isCached(target)) {
      RobotsPolicy.Verdict v = robots.check(target, source);
      if (!v.allowed()) {
        return Optional.of(
            new Skipped(SkipReason.ROBOTS, "redirected to " + target + ", " + v.reason()));
      }
    }
    return Optional.empty();
  }

  static boolean sameOrigin(URI a, URI b) {
    return scheme(a).equals(scheme(b))
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static String scheme(URI u) {
    return u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
  }

  /** The port of an http(s) URL, the scheme's default when none is written. */
  static int port(URI u) {
    if (u.getPort() != -1) {
      return u.getPort();
    }
    return scheme(u).equals("https") ? 443 : 80;
  }
}
