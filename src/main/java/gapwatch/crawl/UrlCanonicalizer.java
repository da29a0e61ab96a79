package gapwatch.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Puts article URLs into one canonical form, so that the same article reached through different
 * links (tracking parameters, host case, default port, fragment) is fetched and stored once.
 * Stateless and thread-safe.
 */
public final class UrlCanonicalizer {

  /** Query parameters that only track the reader; their prefixes end with '_'. */
  private static final Set<String> TRACKING =
      Set.of(
          "utm_",
          "fbclid",
          "gclid",
          "dclid",
          "msclkid",
          "mc_cid",
          "mc_eid",
          "igshid",
          "yclid",
          "_ga",
          "_gl",
          "ref_src",
          "cmpid",
          "ocid",
          "sr_share",
          "share");

  private UrlCanonicalizer() {}

  /**
   * The canonical form of an http(s) URL, or empty when it is not an absolute http(s) URL.
   *
   * @param raw a URL as found in a feed or page
   */
  public static Optional<URI> canonicalize(String raw) {
    URI uri;
    try {
      uri = new URI(raw.trim());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return canonicalize(uri);
  }

  /** The canonical form of an http(s) URI, or empty when it is not absolute http(s). */
  public static Optional<URI> canonicalize(URI uri) {
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (scheme == null || host == null) {
      return Optional.empty();
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = stripTracking(uri.getRawQuery());
    StringBuilder out = new StringBuilder(scheme).append("://").append(host);
    if (port != -1) {
      out.append(':').append(port);
    }
    out.append(path);
    if (query != null) {
      out.append('?').append(query);
    }
    try {
      return Optional.of(new URI(out.toString()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static @Nullable String stripTracking(@Nullable String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    StringJoiner kept = new StringJoiner("&");
    for (String param : rawQuery.split("&")) {
      if (param.isEmpty()) {
        continue;
      }
      String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
      boolean tracking =
          TRACKING.stream().anyMatch(t -> t.endsWith("_") ? name.startsWith(t) : name.equals(t));
      if (!tracking) {
        kept.add(param);
      }
    }
    return kept.length() == 0 ? null : kept.toString();
  }
}
