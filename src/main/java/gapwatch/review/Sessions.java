package gapwatch.review;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sessions opened with the server's token, by random id, in memory (a restart logs everyone
 * out, and prints a new token). Bounded: the oldest session goes when there are too many.
 * Thread-safe.
 */
final class Sessions {

  static final int MAX_SESSIONS = 256;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> byId =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
          return size() > MAX_SESSIONS;
        }
      };

  /** Opens a session; returns its id, the cookie value. */
  synchronized String open() {
    String id = randomHex();
    byId.put(id, new Session(randomHex()));
    return id;
  }

  synchronized Optional<Session> find(@Nullable String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  private String randomHex() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Compares secrets in time independent of where they differ. */
  static boolean same(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
