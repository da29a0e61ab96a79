package gapwatch.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Decides by its form alone whether a URL may be fetched for a source, before any request: http or
 * https only; ports 80, 443, the port of the source's own feed and the source's {@code
 * allowedPorts} only; no user name or password in the URL; no control characters; and the URL must
 * mean the same scheme, host and port to {@link URI} (which the crawl parses with) and to OkHttp's
 * {@link HttpUrl} (which the request is sent with), so no URL can be read as one address when it is
 * checked and sent to another. Where the URL goes (private addresses) is {@link AddressGuard}'s
 * job. Stateless and thread-safe.
 */
final class UrlPolicy {

  /** What the policy made of a URL. */
  sealed interface Verdict {}

  /**
   * The URL may be fetched.
   *
   * @param url the URL as it will be sent: the very object the checks ran on
   */
  record Fetchable(HttpUrl url) implements Verdict {
    Fetchable {
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * The URL is refused.
   *
   * @param reason which rule it breaks, with the URL, for logs and the frontier's record
   */
  record Refused(String reason) implements Verdict {
    Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  private static final String CONTROL_CHARACTER =
      "a control character or line break is not allowed in a URL";

  private UrlPolicy() {}

  /**
   * Checks {@code url} for {@code source}.
   *
   * @param url a resolved, absolute URL as found in a feed, sitemap or redirect
   * @param source the source the URL belongs to: its feed's port and {@code allowedPorts} are
   *     allowed
   */
  static Verdict check(URI url, Source source) {
    String shown = printable(url.toString());
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return refused(shown, "scheme '" + printable(scheme) + "' is not allowed (only http, https)");
    }
    if (hasControlCharacter(url.toString())) {
      return refused(shown, CONTROL_CHARACTER);
    }
    if (url.getRawAuthority() != null && url.getRawAuthority().indexOf('@') >= 0) {
      // Any '@' in the authority: java.net.URI reads http://user@evil@host/ as having no host
      // at all, OkHttp as user 'user@evil' on 'host'.
      return refused(shown, "a user name or password ('...@' before the host) is not allowed");
    }
    HttpUrl sent = HttpUrl.parse(url.toString());
    Optional<String> disagreement = disagreement(url, sent);
    if (disagreement.isPresent()) {
      return refused(shown, disagreement.get());
    }
    int port = OriginGate.port(url);
    if (!source.allowsPort(port)) {
      return refused(
          shown,
          "port "
              + port
              + " is not allowed (allowed: 80, 443, the feed's own port "
              + OriginGate.port(source.url())
              + " and source "
              + source.name()
              + "'s allowedPorts "
              + source.allowedPorts()
              + ")");
    }
    return new Fetchable(Objects.requireNonNull(sent));
  }

  /** Why {@code url} is refused, or empty when it may be fetched. */
  static Optional<String> whyRefused(URI url, Source source) {
    return check(url, source) instanceof Refused r ? Optional.of(r.reason()) : Optional.empty();
  }

  /**
   * Why a URL as written (a redirect's Location, without its surrounding blanks) is refused before
   * it is even parsed, or empty: a control character or line break inside, which {@link URI} would
   * reject without saying why, and which must never reach a log line or a request as it is.
   */
  static Optional<String> whyRefused(String written) {
    return hasControlCharacter(written)
        ? Optional.of(printable(written) + ": " + CONTROL_CHARACTER)
        : Optional.empty();
  }

  private static Verdict refused(String url, String rule) {
    return new Refused(url + ": " + rule);
  }

  /** How the two parsers read the URL differently, or empty when they agree on where it goes. */
  private static Optional<String> disagreement(URI url, @Nullable HttpUrl sent) {
    if (sent == null) {
      return Optional.of("the HTTP client cannot parse the URL");
    }
    String host = url.getHost();
    if (host == null) {
      return Optional.of(
          "no host java.net.URI can read (the HTTP client reads '" + sent.host() + "')");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    HttpUrl canonicalHost = HttpUrl.parse(sent.scheme() + "://" + bracketed(host) + "/");
    if (canonicalHost == null || !canonicalHost.host().equals(sent.host())) {
      return Optional.of(
          "the parsers disagree on the host ('" + printable(host) + "' and '" + sent.host() + "')");
    }
    if (OriginGate.port(url) != sent.port()) {
      return Optional.of(
          "the parsers disagree on the port ("
              + OriginGate.port(url)
              + " and "
              + sent.port()
              + ")");
    }
    if (!sent.username().isEmpty() || !sent.password().isEmpty()) {
      return Optional.of("the HTTP client reads a user name or password in the URL");
    }
    return Optional.empty();
  }

  private static String bracketed(String host) {
    return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
  }

  private static boolean hasControlCharacter(String s) {
    return s.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0));
  }

  /** The URL with control characters escaped, safe for a log line or the frontier's record. */
  static String printable(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format(Locale.ROOT, "%%%02X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
