package gapwatch.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Decides whether an IP address is public, so that feeds cannot steer the crawler at internal
 * services (SSRF). {@link InetAddress}'s own predicates miss several ranges (CGNAT, unique-local
 * IPv6, NAT64, IPv4-compatible forms), so the ranges are checked here by prefix. Stateless and
 * thread-safe.
 */
public final class AddressGuard {

  private AddressGuard() {}

  /**
   * Why the address is not public, or empty when it may be fetched.
   *
   * @param address a resolved address
   */
  public static Optional<String> whyForbidden(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return whyForbiddenV4(b);
    }
    if (address instanceof Inet6Address) {
      return whyForbiddenV6(b);
    }
    return Optional.of("unknown address family");
  }

  private static Optional<String> whyForbiddenV4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    if (a0 == 0) {
      return Optional.of("unspecified or 'this network' address (0.0.0.0/8)");
    }
    if (a0 == 127) {
      return Optional.of("loopback address (127.0.0.0/8)");
    }
    if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
      return Optional.of("private address (RFC 1918)");
    }
    if (a0 == 169 && a1 == 254) {
      return Optional.of("link-local address (169.254.0.0/16, cloud metadata)");
    }
    if (a0 == 100 && (a1 & 0xc0) == 64) {
      return Optional.of("carrier-grade NAT address (100.64.0.0/10)");
    }
    if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) {
      return Optional.of("IETF reserved or documentation address (192.0.0.0/24, 192.0.2.0/24)");
    }
    if (a0 == 198 && (a1 == 18 || a1 == 19)) {
      return Optional.of("benchmarking address (198.18.0.0/15)");
    }
    if ((a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
      return Optional.of("documentation address");
    }
    if (a0 >= 224) {
      return Optional.of("multicast, reserved or broadcast address (224.0.0.0/3)");
    }
    return Optional.empty();
  }

  private static Optional<String> whyForbiddenV6(byte[] b) {
    boolean firstTenZero = true;
    for (int i = 0; i < 10; i++) {
      firstTenZero &= b[i] == 0;
    }
    boolean zero1011 = b[10] == 0 && b[11] == 0;
    boolean ffff1011 = b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    if (firstTenZero && (zero1011 || ffff1011)) {
      if (zero1011 && isZeroOrOne(b)) {
        return Optional.of("unspecified or loopback IPv6 address");
      }
      return embedded(b, 12, ffff1011 ? "IPv4-mapped" : "IPv4-compatible");
    }
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      return Optional.of("NAT64 address (64:ff9b::/96) embedding an IPv4 address");
    }
    if ((b0 & 0xfe) == 0xfc) {
      return Optional.of("unique-local IPv6 address (fc00::/7)");
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
      return Optional.of("link-local IPv6 address (fe80::/10)");
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
      return Optional.of("site-local IPv6 address (fec0::/10)");
    }
    if (b0 == 0xff) {
      return Optional.of("multicast IPv6 address (ff00::/8)");
    }
    if (b0 == 0x20 && b1 == 0x02) {
      return embedded(b, 2, "6to4");
    }
    if (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) {
      return Optional.of("Teredo address (2001::/32)");
    }
    if (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
      return Optional.of("documentation IPv6 address (2001:db8::/32)");
    }
    return Optional.empty();
  }

  private static boolean isZeroOrOne(byte[] b) {
    for (int i = 12; i < 15; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[15] == 0 || b[15] == 1;
  }

  private static Optional<String> embedded(byte[] b, int offset, String form) {
    byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
    try {
      return whyForbidden(InetAddress.getByAddress(v4)).map(why -> form + " form of a " + why);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("4 bytes are always a valid IPv4 address", e);
    }
  }
}
