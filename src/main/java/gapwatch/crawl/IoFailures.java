package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns what OkHttp and the JDK throw during a fetch into failures a cron reader understands: which
 * limit ran out, or what the server did wrong. OkHttp's own words ("timeout", "unexpected end of
 * stream") say little on their own. Stateless and thread-safe.
 */
final class IoFailures {

  /** OkHttp refuses response headers longer than this. */
  private static final String HEADER_LIMIT = "256 KiB";

  private IoFailures() {}

  static Failed of(IOException e, CrawlSettings settings) {
    if (e instanceof InterruptedIOException timeout) {
      return new Failed(FailureCause.TIMEOUT, timeout(timeout, settings));
    }
    if (e instanceof SSLException) {
      return new Failed(FailureCause.NETWORK, "TLS: " + describe(e));
    }
    Throwable root = root(e);
    if (root instanceof EOFException && String.valueOf(root.getMessage()).contains("limit=")) {
      return new Failed(
          FailureCause.MALFORMED,
          "the response headers are longer than " + HEADER_LIMIT + " (or never end)");
    }
    if (e instanceof ProtocolException && "unexpected end of stream".equals(e.getMessage())) {
      return new Failed(
          FailureCause.NETWORK,
          "the connection closed before the body was complete (shorter than its Content-Length)");
    }
    if (e instanceof ProtocolException) {
      // A bad status line or chunk header is the server's doing, and will be the same tomorrow.
      return new Failed(FailureCause.MALFORMED, "the server broke HTTP: " + e.getMessage());
    }
    return new Failed(FailureCause.NETWORK, describe(e));
  }

  private static String timeout(InterruptedIOException e, CrawlSettings s) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (e instanceof SocketTimeoutException && m.contains("connect")) {
      return "could not connect within crawl.connectTimeout (" + seconds(s.connectTimeout()) + ")";
    }
    if (e instanceof SocketTimeoutException) {
      return "no data for crawl.readTimeout (" + seconds(s.readTimeout()) + ")";
    }
    return "no complete response within crawl.responseTimeout ("
        + seconds(s.responseTimeout())
        + ")";
  }

  private static String seconds(java.time.Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }

  private static Throwable root(Throwable t) {
    Throwable r = t;
    while (r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    return r;
  }

  /** The exception's class and message, and the root cause's when it says more. */
  static String describe(IOException e) {
    String m = e.getMessage();
    String text = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    Throwable root = root(e);
    if (root != e && root.getMessage() != null) {
      String rm = root.getMessage();
      text += " (" + (rm.length() > 120 ? rm.substring(0, 120) + "…" : rm) + ")";
    }
    return text;
  }
}
