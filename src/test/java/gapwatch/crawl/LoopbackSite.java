package gapwatch.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on loopback with one route per behaviour, for crawl tests. Records every
 * request so tests can assert what arrived (and that nothing did).
 */
public final class LoopbackSite implements AutoCloseable {

  /** Handles one request. */
  @FunctionalInterface
  public interface Route {
    void handle(HttpExchange ex) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final Map<String, Integer> maxInFlight = new ConcurrentHashMap<>();
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicInteger inFlightOverall = new AtomicInteger();
  private final AtomicInteger maxInFlightOverall = new AtomicInteger();

  /** One request as it arrived: when (System.nanoTime), for which Host header, which path. */
  public record Arrival(long nanos, String host, String path) {}

  public LoopbackSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        ex -> {
          count.incrementAndGet();
          requests.add(ex.getRequestMethod() + " " + ex.getRequestURI());
          String host = host(ex);
          arrivals.add(new Arrival(System.nanoTime(), host, ex.getRequestURI().getPath()));
          int now = inFlight.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
          maxInFlight.merge(host, now, Math::max);
          maxInFlightOverall.accumulateAndGet(inFlightOverall.incrementAndGet(), Math::max);
          Route r = routes.get(ex.getRequestURI().getPath());
          try (ex) {
            if (r == null) {
              send(ex, 404, "text/plain", "not found");
            } else {
              r.handle(ex);
            }
          } finally {
            inFlight.get(host).decrementAndGet();
            inFlightOverall.decrementAndGet();
          }
        });
    server.start();
  }

  /** Adds or replaces the route for {@code path}. */
  public LoopbackSite route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  /** A route answering {@code status} with a fixed body. */
  public LoopbackSite page(String path, int status, String contentType, String body) {
    return route(path, ex -> send(ex, status, contentType, body));
  }

  public URI url(String path) {
    InetSocketAddress a = server.getAddress();
    return URI.create("http://127.0.0.1:" + a.getPort() + path);
  }

  /** The Host header of a request, without its port (routes answer per host with it). */
  public static String host(HttpExchange ex) {
    String h = ex.getRequestHeaders().getFirst("Host");
    return h == null ? "" : h.replaceFirst(":\\d+$", "");
  }

  /** The site's URL under another host name (resolved to loopback by a test resolver). */
  public URI url(String host, String path) {
    return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  /** How many requests for {@code path} arrived. */
  public long requestsFor(String path) {
    return arrivals.stream().filter(a -> a.path().equals(path)).count();
  }

  /** The most requests ever in flight at once for one Host. */
  public int maxInFlight(String host) {
    return maxInFlight.getOrDefault(host, 0);
  }

  /** The most requests ever in flight at once, over all hosts. */
  public int maxInFlightOverall() {
    return maxInFlightOverall.get();
  }

  public int requestCount() {
    return count.get();
  }

  public List<String> requests() {
    return List.copyOf(requests);
  }

  public static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** {@code data} gzip-compressed, for bodies served with or without Content-Encoding. */
  public static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
