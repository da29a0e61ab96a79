package gapwatch.review;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the review server listens and whom it lets in.
 *
 * @param host the address to bind: a loopback address unless the user asked for another
 * @param port the port, 0 for any free one
 * @param extraHosts host names, besides the bound address and loopback names, that browsers may use
 *     in the Host header (needed when binding a wildcard address or reaching it by name)
 * @param token the secret every request must carry (in the URL once, then in a session cookie)
 */
public record ReviewSettings(String host, int port, List<String> extraHosts, String token) {

  /** The default bind address. */
  public static final String LOOPBACK = "127.0.0.1";

  public ReviewSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    extraHosts = extraHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not within 0–65535");
    }
    if (token.length() < 16) {
      throw new IllegalArgumentException("the access token must be at least 16 characters");
    }
  }

  /** Loopback on {@code port} with a fresh random token. */
  public static ReviewSettings loopback(int port) {
    return new ReviewSettings(LOOPBACK, port, List.of(), newToken());
  }

  /** 32 random bytes as hex. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Whether {@link #host} is a loopback address (or resolves only to one). */
  public boolean isLoopback() {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Names the Host header may carry (without port), lower-case. */
  public List<String> allowedHostNames() {
    List<String> names = new java.util.ArrayList<>(extraHosts);
    names.add(host.toLowerCase(Locale.ROOT));
    if (host.contains(":") && !host.startsWith("[")) {
      names.add("[" + host.toLowerCase(Locale.ROOT) + "]");
    }
    if (isLoopback()) {
      names.addAll(List.of("localhost", "127.0.0.1", "[::1]"));
    }
    return List.copyOf(new java.util.LinkedHashSet<>(names));
  }
}
