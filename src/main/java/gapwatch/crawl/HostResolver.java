package gapwatch.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The system resolver in production; tests inject one that maps
 * names to loopback (benchmarks) or to private addresses (SSRF cases) without any real lookup.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface HostResolver {

  /**
   * The addresses of {@code host}.
   *
   * @throws UnknownHostException when the name does not resolve
   */
  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The operating system's resolver. */
  HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
}
