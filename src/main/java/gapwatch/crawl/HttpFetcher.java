package gapwatch.crawl;

import gapwatch.crawl.FetchResult.Failed;
import gapwatch.crawl.FetchResult.FailureCause;
import gapwatch.crawl.FetchResult.Redirect;
import gapwatch.crawl.FetchResult.SkipReason;
import gapwatch.crawl.FetchResult.Skipped;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.SocketFactory;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one URL with every bound a crawler needs: connect, read and whole-response deadlines, a
 * cap on decompressed body bytes, a redirect limit checked hop by hop, the {@link UrlPolicy}
 * (scheme, port, userinfo, one parse) and the SSRF guard applied to literal addresses, to resolved
 * names and to the socket actually connected, on every hop. Connections are not pooled: each
 * request gets a fresh one, so a server that lies about Content-Length or leaves junk on the wire
 * cannot poison the next request. It remembers when it last sent a request to each host, so that
 * politeness can be measured from the request itself. Thread-safe; one instance is shared by the
 * whole crawl.
 */
public final class HttpFetcher {

  /** What a fetch is for: it decides what is done with the body. */
  public enum Purpose {
    /** An article page: text only, refused when over {@code maxBodyBytes}. */
    PAGE,
    /** A feed or sitemap: as a page, and a gzip file ({@code .xml.gz}) is unpacked first. */
    SOURCE_DOCUMENT,
    /**
     * robots.txt: read up to {@link ResponseReader#ROBOTS_PARSE_LIMIT} and cut there (never refused
     * for size), at least five redirects followed (RFC 9309 §2.3.1.2, §2.5).
     */
    ROBOTS
  }

  /** Redirects RFC 9309 asks a crawler to follow for robots.txt. */
  private static final int ROBOTS_REDIRECTS = 5;

  /** Hosts written as addresses (IPv4 in any of the forms the JDK accepts, or IPv6). */
  private static final Pattern LITERAL =
      Pattern.compile("^[0-9.]+$|^\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\\]?$");

  private final CrawlSettings settings;
  private final Clock clock;
  private final ResponseReader reader;
  private final OkHttpClient publicOnly;
  private final OkHttpClient anyAddress;
  private final Map<String, Instant> lastRequest = new ConcurrentHashMap<>();

  /** A fetcher using the system resolver. */
  public HttpFetcher(CrawlSettings settings, Clock clock) {
    this(settings, clock, HostResolver.SYSTEM);
  }

  public HttpFetcher(CrawlSettings settings, Clock clock, HostResolver resolver) {
    this(settings, clock, resolver, SocketFactory.getDefault());
  }

  /**
   * A fetcher with its own socket factory: tests use one that connects somewhere else than the
   * resolved address, as a DNS rebinding attacker or a hostile network would.
   */
  HttpFetcher(CrawlSettings settings, Clock clock, HostResolver resolver, SocketFactory sockets) {
    this.settings = settings;
    this.clock = clock;
    this.reader = new ResponseReader(settings, clock);
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
            .socketFactory(sockets)
            .dns(resolver::resolve)
            .build();
    this.anyAddress = base.newBuilder().addNetworkInterceptor(this::noteSent).build();
    this.publicOnly =
        base.newBuilder()
            .dns(new PublicOnlyDns(resolver))
            .addNetworkInterceptor(
                chain -> {
                  // The guard on the address actually connected: whatever a resolver said at
                  // lookup time, this is where the request would go.
                  checkConnected(chain.connection());
                  return noteSent(chain);
                })
            .build();
  }

  /**
   * Fetches an article page, following redirects; every hop is checked on its own.
   *
   * @param url an absolute http(s) URL
   * @param validators sent as a conditional GET; {@link Validators#NONE} for a plain GET
   * @param source the source the URL belongs to: it says which hosts may be on private addresses
   */
  public FetchResult fetch(URI url, Validators validators, Source source) {
    return fetch(url, validators, source, Purpose.PAGE, RedirectGate.FOLLOW);
  }

  /**
   * Fetches {@code url} for a purpose, asking {@code gate} before each redirect is followed.
   *
   * @param validators sent with the first request only (they belong to that address)
   */
  FetchResult fetch(
      URI url, Validators validators, Source source, Purpose purpose, RedirectGate gate) {
    Instant deadline = clock.instant().plus(settings.responseTimeout());
    int maxRedirects =
        purpose == Purpose.ROBOTS
            ? Math.max(ROBOTS_REDIRECTS, settings.maxRedirects())
            : settings.maxRedirects();
    List<Redirect> redirects = new ArrayList<>();
    URI current = url;
    for (int hop = 0; hop <= maxRedirects; hop++) {
      UrlPolicy.Verdict form = UrlPolicy.check(current, source);
      if (!(form instanceof UrlPolicy.Fetchable checked)) {
        String why = ((UrlPolicy.Refused) form).reason();
        return new Skipped(
            SkipReason.URL_POLICY, (hop > 0 ? "redirect from " + url + ": " : "") + why);
      }
      boolean allowPrivate = source.allowsPrivateAddress(current);
      Optional<FetchResult> refused = refuse(current, allowPrivate);
      if (refused.isEmpty() && hop > 0) {
        refused = gate.check(current, redirects);
      }
      if (refused.isPresent()) {
        return refused.get();
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        return new Failed(FailureCause.TIMEOUT, "response deadline passed during redirects");
      }
      Request request = request(checked.url(), hop == 0 ? validators : Validators.NONE);
      Call call = (allowPrivate ? anyAddress : publicOnly).newCall(request);
      call.timeout().timeout(left.toMillis(), TimeUnit.MILLISECONDS);
      try (Response response = call.execute()) {
        try {
          if (!response.isRedirect()) {
            return reader.read(url, current, response, deadline, redirects, purpose);
          }
          String location = response.header("Location");
          Optional<String> unfit = UrlPolicy.whyRefused(location == null ? "" : location.strip());
          if (unfit.isPresent()) {
            return new Skipped(
                SkipReason.URL_POLICY, "redirect from " + url + " to " + unfit.get());
          }
          Optional<URI> next = redirectTarget(current, location);
          if (next.isEmpty()) {
            return new Failed(FailureCause.MALFORMED, "redirect without a usable Location");
          }
          redirects.add(new Redirect(current, next.get(), response.code()));
          current = next.get();
        } finally {
          // Hang up before the response is closed: closing a body not read to its end would
          // make OkHttp drain the rest for a while, to reuse a connection we never reuse.
          call.cancel();
        }
      } catch (ForbiddenAddressException e) {
        return new Skipped(SkipReason.FORBIDDEN_ADDRESS, e.getMessage());
      } catch (UnknownHostException e) {
        return new Failed(FailureCause.NETWORK, "unknown host: " + e.getMessage());
      } catch (IOException e) {
        return IoFailures.of(e, settings);
      }
    }
    return new Failed(
        FailureCause.TOO_MANY_REDIRECTS,
        "more than " + maxRedirects + " redirects (last to " + current + ")");
  }

  /** When a request to {@code host} was last sent (after connecting), if ever. */
  Optional<Instant> lastRequestTo(String host) {
    return Optional.ofNullable(lastRequest.get(host.toLowerCase(Locale.ROOT)));
  }

  private Response noteSent(Interceptor.Chain chain) throws IOException {
    lastRequest.put(chain.request().url().host().toLowerCase(Locale.ROOT), clock.instant());
    return chain.proceed(chain.request());
  }

  private Optional<FetchResult> refuse(URI uri, boolean allowPrivate) {
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

  /** The request for {@code url}: the URL the policy checked, not a re-parse of it. */
  private Request request(HttpUrl url, Validators validators) {
    Request.Builder b = new Request.Builder().url(url);
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
    return b.build();
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
