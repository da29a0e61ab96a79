package gapwatch.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the bundled {@code corpus/} folder on loopback for the demo, as a small static news site:
 * {@code {{base}}} in text files becomes the server's own address, folders serve their index.html,
 * and nothing outside the folder is reachable.
 */
final class CorpusServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "xml", "application/rss+xml; charset=utf-8",
          "atom", "application/atom+xml; charset=utf-8",
          "txt", "text/plain; charset=utf-8",
          "md", "text/plain; charset=utf-8");

  private final Path root;
  private final HttpServer server;
  private final ExecutorService executor;

  private CorpusServer(Path root, HttpServer server, ExecutorService executor) {
    this.root = root;
    this.server = server;
    this.executor = executor;
  }

  /** Starts serving {@code root} on 127.0.0.1 at a free port. */
  static CorpusServer start(Path root) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    CorpusServer cs = new CorpusServer(root.toAbsolutePath().normalize(), server, executor);
    server.createContext("/", cs::handle);
    server.setExecutor(executor);
    server.start();
    return cs;
  }

  /** The site's base URL, without a trailing slash. */
  URI base() {
    InetSocketAddress a = server.getAddress();
    return URI.create("http://" + a.getHostString() + ":" + a.getPort());
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      Path file = root.resolve(path.substring(1)).normalize();
      if (!file.startsWith(root)) {
        send(ex, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!Files.isRegularFile(file)) {
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String name = file.getFileName().toString();
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      String type = TYPES.getOrDefault(ext.toLowerCase(Locale.ROOT), "application/octet-stream");
      byte[] body = Files.readAllBytes(file);
      if (type.contains("charset")) {
        String text = new String(body, StandardCharsets.UTF_8);
        body = text.replace("{{base}}", base().toString()).getBytes(StandardCharsets.UTF_8);
      }
      send(ex, 200, type, body);
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    boolean head = ex.getRequestMethod().equalsIgnoreCase("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
