package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.FetchResult.Redirect;
import gapwatch.crawl.HttpFetcher.Purpose;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Turns a final (non-redirect) response into a {@link FetchResult}: status codes into failures, and
 * the body into bytes within every bound — the byte limit counted after decompression, the
 * whole-response deadline checked inside the read loop, encodings we did not ask for refused,
 * binary bodies refused. Stateless apart from its settings; thread-safe.
 */
final class ResponseReader {

  private static final int BUFFER = 16 * 1024;

  /**
   * robots.txt is read up to this many bytes and parsed as far as it got: RFC 9309 §2.5 lets a
   * crawler limit what it parses to no less than 500 KiB.
   */
  static final int ROBOTS_PARSE_LIMIT = 512 * 1024;

  private final CrawlSettings settings;
  private final Clock clock;

  ResponseReader(CrawlSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  FetchResult read(
      URI requested,
      URI finalUrl,
      Response response,
      Instant deadline,
      List<Redirect> redirects,
      Purpose purpose)
      throws IOException {
    Optional<FetchResult> byStatus = byStatus(response, purpose);
    if (byStatus.isPresent()) {
      return byStatus.get();
    }
    String encoding = contentEncoding(response);
    if (!encoding.isEmpty() && !encoding.equals("gzip") && !encoding.equals("identity")) {
      return new Failed(
          FailureCause.MALFORMED,
          "unsupported Content-Encoding '" + encoding + "' (only gzip is asked for)");
    }
    boolean truncate = purpose == Purpose.ROBOTS;
    long limit = truncate ? ROBOTS_PARSE_LIMIT : settings.maxBodyBytes();
    ResponseBody body = response.body();
    if (!truncate && body.contentLength() > limit) {
      return new Failed(
          FailureCause.TOO_LARGE,
          "Content-Length " + body.contentLength() + " is over crawl.maxBodyBytes (" + limit + ")");
    }
    byte[] bytes;
    try {
      bytes = readBounded(body.byteStream(), limit, truncate, deadline);
    } catch (IOException e) {
      if (encoding.equals("gzip") && isBadGzip(e)) {
        return new Failed(
            FailureCause.MALFORMED,
            "Content-Encoding says gzip but the body is not valid gzip (" + e.getMessage() + ")");
      }
      throw e;
    }
    if (bytes == null) {
      return new Failed(
          FailureCause.TOO_LARGE, "body over crawl.maxBodyBytes (" + limit + " bytes)");
    }
    return page(requested, finalUrl, response, bytes, redirects, purpose);
  }

  private FetchResult page(
      URI requested,
      URI finalUrl,
      Response response,
      byte[] bytes,
      List<Redirect> redirects,
      Purpose purpose) {
    String contentType = response.header("Content-Type");
    if (purpose == Purpose.SOURCE_DOCUMENT && GzipBody.isGzip(bytes)) {
      Optional<Failed> failed = Optional.empty();
      try {
        byte[] unpacked = GzipBody.inflate(bytes, settings.maxBodyBytes());
        if (unpacked == null) {
          failed = Optional.of(tooLargeUnpacked());
        } else {
          bytes = unpacked;
          contentType = isPackageType(contentType) ? null : contentType;
        }
      } catch (IOException e) {
        failed = Optional.of(new Failed(FailureCause.MALFORMED, "corrupt gzip file: " + e));
      }
      if (failed.isPresent()) {
        return failed.get();
      }
    }
    if (purpose != Purpose.ROBOTS) {
      Optional<String> binary = BodySniffer.whyNotText(contentType, bytes);
      if (binary.isPresent()) {
        return new Failed(FailureCause.NOT_TEXT, binary.get());
      }
    }
    FetchedPage page =
        new FetchedPage(
            requested,
            finalUrl,
            response.code(),
            contentType,
            bytes,
            response.header("ETag"),
            response.header("Last-Modified"),
            clock.instant());
    return new FetchResult.Fetched(page, redirects);
  }

  private Failed tooLargeUnpacked() {
    return new Failed(
        FailureCause.TOO_LARGE,
        "gzip file unpacks to more than crawl.maxBodyBytes (" + settings.maxBodyBytes() + ")");
  }

  /** The outcome decided by the status alone, or empty for a 2xx whose body is to be read. */
  private Optional<FetchResult> byStatus(Response response, Purpose purpose) {
    int code = response.code();
    if (purpose == Purpose.ROBOTS && code >= 200 && code <= 299) {
      return Optional.empty(); // RFC 9309: parse what a 2xx holds, even nothing or part of it
    }
    if (code == 304) {
      return Optional.of(new FetchResult.NotModified());
    }
    if (code == 429 || code == 503) {
      Duration retry =
          RetryAfter.parse(response.header("Retry-After"), clock.instant())
              .map(d -> d.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : d)
              .orElse(null);
      FailureCause cause = code == 429 ? FailureCause.RATE_LIMITED : FailureCause.HTTP_5XX;
      return Optional.of(new Failed(cause, "HTTP " + code, retry));
    }
    if (code >= 500 && code <= 599) {
      return Optional.of(new Failed(FailureCause.HTTP_5XX, "HTTP " + code));
    }
    if (code >= 400 && code <= 499) {
      return Optional.of(new Failed(FailureCause.HTTP_4XX, "HTTP " + code));
    }
    if (code == 204 || code == 205) {
      return Optional.of(
          new Failed(FailureCause.MALFORMED, "HTTP " + code + ": the server sent no content"));
    }
    if (code == 206) {
      // We never send Range, so a partial body is all a 206 can be: never store it as complete.
      return Optional.of(
          new Failed(
              FailureCause.MALFORMED, "HTTP 206 Partial Content to a request without Range"));
    }
    if (code < 200 || code > 299) {
      return Optional.of(new Failed(FailureCause.MALFORMED, "unexpected HTTP status " + code));
    }
    return Optional.empty();
  }

  /**
   * Reads at most {@code limit} bytes (counted after decompression: OkHttp inflates gzip
   * transparently). Over the limit: null, or the first {@code limit} bytes when truncating. The
   * deadline is checked here too, not only by OkHttp's call timeout, so that a body dripping in
   * byte by byte can never hold a thread past it.
   */
  private byte @Nullable [] readBounded(
      InputStream in, long limit, boolean truncate, Instant deadline) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[BUFFER];
    long total = 0;
    int n;
    while ((n = in.read(buf)) != -1) {
      total += n;
      if (clock.instant().isAfter(deadline)) {
        throw new InterruptedIOException("response deadline passed while reading the body");
      }
      out.write(buf, 0, n);
      if (total > limit) {
        return truncate ? Arrays.copyOf(out.toByteArray(), (int) limit) : null;
      }
    }
    return out.toByteArray();
  }

  /** The Content-Encoding the server sent (OkHttp removes it once it has inflated gzip). */
  private static String contentEncoding(Response response) {
    Response network = response.networkResponse();
    String value = (network != null ? network : response).header("Content-Encoding");
    return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a read failed because the gzip data was bad: okio reports a bad header, checksum or
   * size as a plain IOException; a truncated stream is an EOFException and a network fault a
   * subclass (socket, protocol, timeout), which stay network failures.
   */
  private static boolean isBadGzip(IOException e) {
    return e.getClass() == IOException.class;
  }

  private static boolean isPackageType(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String t = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return t.equals("application/gzip")
        || t.equals("application/x-gzip")
        || t.equals("application/octet-stream");
  }
}
