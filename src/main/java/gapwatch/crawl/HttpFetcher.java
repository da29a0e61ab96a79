package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.FetchResult.Redirect;
import gapwatch.crawl.FetchResult.SkipReason;
import gapwatch.crawl.FetchResult.Skipped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one URL with every bound a crawler needs: connect, read and whole-response deadlines, a
 * cap on decompressed body bytes, a redirect limit checked hop by hop, http/https only, and the
 * SSRF guard applied to literal addresses, to resolved names and to the socket actually connected,
 * on every hop. Connections are not pooled: each request gets a fresh one, so a server that lies
 * about Content-Length or leaves junk on the wire cannot poison the next request. Thread-safe; one
 * instance is shared by the whole crawl.
 */
public final class HttpFetcher {

  private static final int BUFFER = 16 * 1024;

  /** Hosts written as addresses (IPv4 in any of the forms the JDK accepts, or IPv6). */
  private static final Pattern LITERAL =
      Pattern.compile("^[0-9.]+$|^\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\\]?$");

  private final CrawlSettings settings;
  private final Clock clock;
  private final OkHttpClient publicOnly;
  private final OkHttpClient anyAddress;

  /** A fetcher using the system resolver. */
  public HttpFetcher(CrawlSettings settings, Clock clock) {
    this(settings, clock, HostResolver.SYSTEM);
  }

  public HttpFetcher(CrawlSettings settings, Clock clock, HostResolver resolver) {
    this.settings = settings;
    this.clock = clock;
    OkHttpClient base =
        new OkHttpClient.Builder()
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.readTimeout())
            .callTimeout(settings.responseTimeout())
            .dns(resolver::resolve)
            .build();
    this.anyAddress = base;
    this.publicOnly =
        base.newBuilder()
            .dns(new PublicOnlyDns(resolver))
            .addNetworkInterceptor(
                chain -> {
                  checkConnected(chain.connection());
                  return chain.proceed(chain.request());
                })
            .build();
  }

  /**
   * Fetches {@code url}, following redirects; every hop is checked on its own.
   *
   * @param url an absolute http(s) URL
   * @param validators sent as a conditional GET; {@link Validators#NONE} for a plain GET
   * @param source the source the URL belongs to: it says which hosts may be on private addresses
   */
  public FetchResult fetch(URI url, Validators validators, Source source) {
    Instant deadline = clock.instant().plus(settings.responseTimeout());
    List<Redirect> redirects = new ArrayList<>();
    URI current = url;
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      boolean allowPrivate = source.allowsPrivateAddress(current);
      Optional<FetchResult> refused = refuse(current, allowPrivate);
      if (refused.isPresent()) {
        return refused.get();
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        return new Failed(FailureCause.TIMEOUT, "response deadline passed during redirects");
      }
      Optional<Request> request = request(current, hop == 0 ? validators : Validators.NONE);
      if (request.isEmpty()) {
        return new Failed(FailureCause.MALFORMED, "not a fetchable URL: " + current);
      }
      Call call = (allowPrivate ? anyAddress : publicOnly).newCall(request.get());
      call.timeout().timeout(left.toMillis(), TimeUnit.MILLISECONDS);
      try (Response response = call.execute()) {
        if (response.isRedirect()) {
          Optional<URI> next = redirectTarget(current, response.header("Location"));
          if (next.isEmpty()) {
            return new Failed(FailureCause.MALFORMED, "redirect without a usable Location");
          }
          redirects.add(new Redirect(current, next.get(), response.code()));
          current = next.get();
          continue;
        }
        return complete(url, current, response, deadline, redirects);
      } catch (ForbiddenAddressException e) {
        return new Skipped(SkipReason.FORBIDDEN_ADDRESS, e.getMessage());
      } catch (InterruptedIOException e) {
        return new Failed(FailureCause.TIMEOUT, describe(e));
      } catch (UnknownHostException e) {
        return new Failed(FailureCause.NETWORK, "unknown host: " + e.getMessage());
      } catch (SSLException e) {
        return new Failed(FailureCause.NETWORK, "TLS: " + describe(e));
      } catch (IOException e) {
        return new Failed(FailureCause.NETWORK, describe(e));
      }
    }
    return new Failed(
        FailureCause.TOO_MANY_REDIRECTS,
        "more than " + settings.maxRedirects() + " redirects (last to " + current + ")");
  }

  private Optional<FetchResult> refuse(URI uri, boolean allowPrivate) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(
          new Skipped(SkipReason.UNSUPPORTED_SCHEME, "only http and https are fetched: " + uri));
    }
    String host = uri.getHost();
    if (host == null) {
      return Optional.of(new Failed(FailureCause.MALFORMED, "URL without a host: " + uri));
    }
    if (!allowPrivate && LITERAL.matcher(host).matches()) {
      // An address literal is never looked up, so the resolver's check would not see it; check it
      // here, before any connection is made (the socket check would come after connecting).
      Optional<String> why = literalForbidden(host);
      if (why.isPresent()) {
        return Optional.of(new Skipped(SkipReason.FORBIDDEN_ADDRESS, host + " is a " + why.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> literalForbidden(String host) {
    try {
      return AddressGuard.whyForbidden(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      return Optional.of("malformed address literal");
    }
  }

  private Optional<Request> request(URI uri, Validators validators) {
    Request.Builder b;
    try {
      b = new Request.Builder().url(uri.toString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    b.header("User-Agent", settings.userAgent())
        .header(
            "Accept",
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                + "application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5");
    if (validators.etag() != null) {
      b.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      b.header("If-Modified-Since", validators.lastModified());
    }
    return Optional.of(b.build());
  }

  private FetchResult complete(
      URI requested, URI finalUrl, Response response, Instant deadline, List<Redirect> redirects)
      throws IOException {
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
    if (code >= 400) {
      return new Failed(FailureCause.HTTP_4XX, "HTTP " + code);
    }
    if (code < 200 || code >= 300) {
      return new Failed(FailureCause.MALFORMED, "unexpected HTTP status " + code);
    }
    ResponseBody body = response.body();
    long declared = body.contentLength();
    if (declared > settings.maxBodyBytes()) {
      return new Failed(FailureCause.TOO_LARGE, "Content-Length " + declared + " over the limit");
    }
    byte[] bytes = readBounded(body.byteStream(), deadline);
    if (bytes == null) {
      return new Failed(FailureCause.TOO_LARGE, "body over " + settings.maxBodyBytes() + " bytes");
    }
    String contentType = response.header("Content-Type");
    Optional<String> binary = BodySniffer.whyNotText(contentType, bytes);
    if (binary.isPresent()) {
      return new Failed(FailureCause.NOT_TEXT, binary.get());
    }
    FetchedPage page =
        new FetchedPage(
            requested,
            finalUrl,
            code,
            contentType,
            bytes,
            response.header("ETag"),
            response.header("Last-Modified"),
            clock.instant());
    return new FetchResult.Fetched(page, redirects);
  }

  /**
   * Reads at most maxBodyBytes (counted after decompression: OkHttp inflates gzip transparently);
   * null when the body is longer. The deadline is checked here too, not only by OkHttp's call
   * timeout, so that a body dripping in byte by byte can never hold a thread past it.
   */
  private byte @Nullable [] readBounded(InputStream in, Instant deadline) throws IOException {
    long max = settings.maxBodyBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[BUFFER];
    long total = 0;
    int n;
    while ((n = in.read(buf)) != -1) {
      total += n;
      if (total > max) {
        return null;
      }
      if (clock.instant().isAfter(deadline)) {
        throw new InterruptedIOException("response deadline passed while reading the body");
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
    InetAddress address = connection.socket().getInetAddress();
    Optional<String> why = AddressGuard.whyForbidden(address);
    if (why.isPresent()) {
      throw new ForbiddenAddressException(address.getHostAddress() + " is a " + why.get());
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** Name resolution that refuses names resolving to any non-public address. */
  private static final class PublicOnlyDns implements Dns {
    private final HostResolver resolver;

    PublicOnlyDns(HostResolver resolver) {
      this.resolver = resolver;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
      List<InetAddress> all = resolver.resolve(hostname);
      if (all.isEmpty()) {
        throw new UnknownHostException(hostname + " has no addresses");
      }
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
