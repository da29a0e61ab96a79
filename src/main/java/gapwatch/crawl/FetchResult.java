package gapwatch.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of one fetch. Expected failures are values, recorded per URL; the run goes on and
 * sums them up in its exit code.
 */
public sealed interface FetchResult {

  /**
   * The body arrived in full.
   *
   * @param page the response
   * @param redirects the redirects followed to get it, in order (empty when none)
   */
  record Fetched(FetchedPage page, List<Redirect> redirects) implements FetchResult {
    public Fetched {
      Objects.requireNonNull(page, "page");
      redirects = List.copyOf(redirects);
    }

    public Fetched(FetchedPage page) {
      this(page, List.of());
    }

    /** Whether a permanent redirect (301, 308) was followed: the old address should be updated. */
    public boolean movedPermanently() {
      return redirects.stream().anyMatch(Redirect::permanent);
    }
  }

  /**
   * One redirect followed.
   *
   * @param from the address that answered with a redirect
   * @param to the address it pointed at (already resolved)
   * @param status the 3xx status
   */
  record Redirect(URI from, URI to, int status) {
    public boolean permanent() {
      return status == 301 || status == 308;
    }
  }

  /**
   * A redirect leads to another origin (scheme, host or port): the fetch stops there, so that the
   * target is fetched in its own turn, after its own robots.txt, at its host's pace.
   *
   * @param target the address the last redirect points at
   * @param redirects the redirects taken, the one to {@code target} last
   */
  record Redirected(URI target, List<Redirect> redirects) implements FetchResult {
    public Redirected {
      Objects.requireNonNull(target, "target");
      redirects = List.copyOf(redirects);
    }

    /** Whether a permanent redirect (301, 308) was among them. */
    public boolean movedPermanently() {
      return redirects.stream().anyMatch(Redirect::permanent);
    }
  }

  /** The server answered 304: what we have is current. */
  record NotModified() implements FetchResult {}

  /** We chose not to fetch (robots.txt, forbidden address, not allowed host, URL policy). */
  record Skipped(SkipReason reason, String detail) implements FetchResult {}

  /**
   * The fetch failed.
   *
   * @param cause the class of failure, used for counts and retry decisions
   * @param detail a human-readable explanation
   * @param retryAfter how long the server asked us to wait, if it did
   */
  record Failed(FailureCause cause, String detail, @Nullable Duration retryAfter)
      implements FetchResult {
    public Failed {
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(detail, "detail");
    }

    public Failed(FailureCause cause, String detail) {
      this(cause, detail, null);
    }
  }

  /** Why a URL was not fetched. */
  enum SkipReason {
    ROBOTS,
    FORBIDDEN_ADDRESS,
    HOST_NOT_ALLOWED,
    /** Refused by its form: scheme, port, userinfo, control characters ({@link UrlPolicy}). */
    URL_POLICY,
    HOST_RESTING
  }

  /** Classes of fetch failure. Retryable ones are tried again in a later run. */
  enum FailureCause {
    TIMEOUT(true),
    NETWORK(true),
    HTTP_5XX(true),
    RATE_LIMITED(true),
    HTTP_4XX(false),
    TOO_LARGE(false),
    TOO_MANY_REDIRECTS(false),
    NOT_TEXT(false),
    MALFORMED(false),
    /** The page arrived but extracting or storing it failed; a bug to report. */
    PROCESSING(false);

    private final boolean retryable;

    FailureCause(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }
}
