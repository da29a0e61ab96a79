package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.FetchResult.SkipReason;
import gapwatch.crawl.FetchResult.Skipped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one URL with every bound a crawler needs: connect, read and whole-response deadlines, a
 * cap on decompressed body bytes, a redirect limit checked hop by hop, http/https only, and the
 * SSRF guard applied both to resolved names and to the socket actually connected. Thread-safe; one
 * instance is shared by the whole crawl.
 */
public final class HttpFetcher {

  private static final int BUFFER = 16 * 1024;

  private final CrawlSettings settings;
  private final Clock clock;
  private final OkHttpClient publicOnly;
  private final OkHttpClient anyAddress;

  public HttpFetcher(CrawlSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    OkHttpClient base =
        new OkHttpClient.Builder()
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.readTimeout())
            .callTimeout(settings.responseTimeout())
            .build();
    this.anyAddress = base;
    this.publicOnly =
        base.newBuilder()
            .dns(new PublicOnlyDns())
            .addNetworkInterceptor(
                chain -> {
                  checkConnected(chain.connection());
                  return chain.proceed(chain.request());
                })
            .build();
  }

  /**
   * Fetches {@code url}, following redirects.
   *
   * @param url an absolute http(s) URL
   * @param validators sent as a conditional GET; {@link Validators#NONE} for a plain GET
   * @param allowPrivate whether loopback and private addresses may be contacted
   */
  public FetchResult fetch(URI url, Validators validators, boolean allowPrivate) {
    Instant deadline = clock.instant().plus(settings.responseTimeout());
    OkHttpClient client = allowPrivate ? anyAddress : publicOnly;
    URI current = url;
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      Optional<FetchResult> refused = refuse(current, allowPrivate);
      if (refused.isPresent()) {
        return refused.get();
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        return new Failed(FailureCause.TIMEOUT, "response deadline passed during redirects");
      }
      Request request = request(current, hop == 0 ? validators : Validators.NONE);
      Call call = client.newCall(request);
      call.timeout().timeout(left.toMillis(), TimeUnit.MILLISECONDS);
      try (Response response = call.execute()) {
        if (response.isRedirect()) {
          Optional<URI> next = redirectTarget(current, response.header("Location"));
          if (next.isEmpty()) {
            return new Failed(FailureCause.MALFORMED, "redirect without a usable Location");
          }
          current = next.get();
          continue;
        }
        return complete(url, current, response);
      } catch (ForbiddenAddressException e) {
        return new Skipped(SkipReason.FORBIDDEN_ADDRESS, e.getMessage());
      } catch (InterruptedIOException e) {
        return new Failed(FailureCause.TIMEOUT, describe(e));
      } catch (UnknownHostException e) {
        return new Failed(FailureCause.NETWORK, "unknown host: " + e.getMessage());
      } catch (IOException e) {
        return new Failed(FailureCause.NETWORK, describe(e));
      }
    }
    return new Failed(
        FailureCause.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects() + " redirects");
  }

  private Optional<FetchResult> refuse(URI uri, boolean allowPrivate) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(
          new Skipped(SkipReason.UNSUPPORTED_SCHEME, "only http and https are fetched: " + uri));
    }
    if (uri.getHost() == null) {
      return Optional.of(new Failed(FailureCause.MALFORMED, "URL without a host: " + uri));
    }
    return Optional.empty();
  }

  private Request request(URI uri, Validators validators) {
    Request.Builder b =
        new Request.Builder()
            .url(uri.toString())
            .header("User-Agent", settings.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5");
    if (validators.etag() != null) {
      b.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      b.header("If-Modified-Since", validators.lastModified());
    }
    return b.build();
  }

  private FetchResult complete(URI requested, URI finalUrl, Response response) throws IOException {
    int code = response.code();
    if (code == 304) {
      return new FetchResult.NotModified();
    }
    if (code == 429 || code == 503) {
      Duration retry =
          RetryAfter.parse(response.header("Retry-After"), clock.instant())
              .map(d -> d.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : d)
              .orElse(null);
      FailureCause cause = code == 429 ? FailureCause.RATE_LIMITED : FailureCause.HTTP_5XX;
      return new Failed(cause, "HTTP " + code, retry);
    }
    if (code >= 500) {
      return new Failed(FailureCause.HTTP_5XX, "HTTP " + code);
    }
    if (code >= 400 || code < 200 || code >= 300) {
      return new Failed(FailureCause.HTTP_4XX, "HTTP " + code);
    }
    ResponseBody body = response.body();
    long declared = body.contentLength();
    if (declared > settings.maxBodyBytes()) {
      return new Failed(FailureCause.TOO_LARGE, "Content-Length " + declared + " over the limit");
    }
    byte[] bytes = readBounded(body.byteStream());
    if (bytes == null) {
      return new Failed(FailureCause.TOO_LARGE, "body over " + settings.maxBodyBytes() + " bytes");
    }
    String contentType = response.header("Content-Type");
    Optional<String> binary = BodySniffer.whyNotText(contentType, bytes);
    if (binary.isPresent()) {
      return new Failed(FailureCause.NOT_TEXT, binary.get());
    }
    return new FetchResult.Fetched(
        new FetchedPage(
            requested,
            finalUrl,
            code,
            contentType,
            bytes,
            response.header("ETag"),
            response.header("Last-Modified"),
            clock.instant()));
  }

  /** Reads at most maxBodyBytes; null when the body is longer. */
  private byte @Nullable [] readBounded(InputStream in) throws IOException {
    long max = settings.maxBodyBytes();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[BUFFER];
    long total = 0;
    int n;
    while ((n = in.read(buf)) != -1) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static Optional<URI> redirectTarget(URI from, @Nullable String location) {
    if (location == null || location.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(from.resolve(location.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void checkConnected(@Nullable Connection connection) throws IOException {
    if (connection == null) {
      throw new ForbiddenAddressException("no connection to check");
    }
    Socket socket = connection.socket();
    InetAddress address = socket.getInetAddress();
    Optional<String> why = AddressGuard.whyForbidden(address);
    if (why.isPresent()) {
      throw new ForbiddenAddressException(address.getHostAddress() + " is a " + why.get());
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** Name resolution that refuses names resolving to non-public addresses. */
  private static final class PublicOnlyDns implements Dns {
    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
      List<InetAddress> all = Dns.SYSTEM.lookup(hostname);
      for (InetAddress a : all) {
        Optional<String> why = AddressGuard.whyForbidden(a);
        if (why.isPresent()) {
          throw new ForbiddenAddressException(
              hostname + " resolves to " + a.getHostAddress() + ", a " + why.get());
        }
      }
      return all;
    }
  }
}
