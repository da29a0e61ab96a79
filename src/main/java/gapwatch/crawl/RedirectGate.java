package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Redirect;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Decides, before the fetcher follows a redirect, whether the hop may be taken here and now: the
 * crawl uses it to stop at a redirect to another origin (whose robots.txt and politeness turn come
 * first) and to refuse hosts a source does not allow. The fetcher has already checked the scheme
 * and any address literal. Implementations must be thread-safe.
 */
@FunctionalInterface
interface RedirectGate {

  /**
   * The outcome that ends the fetch instead of following the hop, or empty to follow it.
   *
   * @param target the address the redirect points at, resolved
   * @param redirects the redirects taken so far, this one last
   */
  Optional<FetchResult> check(URI target, List<Redirect> redirects);

  /** Follows every hop (within the fetcher's own limits and address checks). */
  RedirectGate FOLLOW = (target, redirects) -> Optional.empty();
}
