package gapwatch.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A configured source of article links: a feed URL with its per-source options.
 *
 * @param name short unique name, used in logs, the database and reports
 * @param url the feed's address (http or https)
 * @param enabled disabled sources are kept in the configuration but not polled
 * @param maxItems at most this many feed entries are taken per poll (newest first)
 * @param maxAge entries published longer ago than this are ignored
 * @param allowedHosts hosts whose article links are followed; empty means the feed's own host and
 *     any other public host
 * @param allowPrivateAddresses whether loopback and private addresses may be fetched for this
 *     source (only for local test sites such as the demo corpus); it covers only the feed's own
 *     host and port and the hosts in {@code allowedHosts}, so a feed cannot steer the crawler at
 *     other internal services
 * @param allowedPorts ports this source's links may use besides 80, 443 and the feed's own port
 *     (see {@link UrlPolicy}); each between 1 and 65535
 */
public record Source(
    String name,
    URI url,
    boolean enabled,
    int maxItems,
    Duration maxAge,
    List<String> allowedHosts,
    boolean allowPrivateAddresses,
    List<Integer> allowedPorts) {

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(maxAge, "maxAge");
    if (name.isBlank()) {
      throw new IllegalArgumentException("source name must not be blank");
    }
    if (maxItems < 1) {
      throw new IllegalArgumentException("maxItems must be at least 1, was " + maxItems);
    }
    allowedHosts = List.copyOf(allowedHosts);
    allowedPorts = List.copyOf(allowedPorts);
    for (int port : allowedPorts) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("allowedPorts: " + port + " is not a port (1-65535)");
      }
    }
  }

  /** A source whose links may use only ports 80, 443 and the feed's own port. */
  public Source(
      String name,
      URI url,
      boolean enabled,
      int maxItems,
      Duration maxAge,
      List<String> allowedHosts,
      boolean allowPrivateAddresses) {
    this(name, url, enabled, maxItems, maxAge, allowedHosts, allowPrivateAddresses, List.of());
  }

  /** Whether a link of this source may use {@code port}: 80, 443, the feed's own, or allowed. */
  public boolean allowsPort(int port) {
    return port == 80 || port == 443 || port == OriginGate.port(url) || allowedPorts.contains(port);
  }

  /**
   * Whether {@code url} may be fetched from a loopback or private address: only when the source
   * allows it and the URL is on the feed's own host and port or on one of the allowed hosts.
   */
  public boolean allowsPrivateAddress(URI target) {
    if (!allowPrivateAddresses || target.getHost() == null) {
      return false;
    }
    boolean feedOrigin =
        target.getHost().equalsIgnoreCase(url.getHost())
            && OriginGate.port(target) == OriginGate.port(url);
    return feedOrigin || allowedHosts.stream().anyMatch(h -> h.equalsIgnoreCase(target.getHost()));
  }

  /** Whether a link found in this source's feed may be crawled. */
  public boolean allowsHost(String host) {
    return allowedHosts.isEmpty() || allowedHosts.stream().anyMatch(h -> h.equalsIgnoreCase(host));
  }
}
