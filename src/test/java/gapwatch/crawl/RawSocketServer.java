package gapwatch.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that answers every connection with exact bytes, for misbehaviour an HTTP server
 * library will not produce: lying Content-Length, resets mid-body, garbage.
 */
public final class RawSocketServer implements AutoCloseable {

  private final ServerSocket server;
  private final AtomicInteger connections = new AtomicInteger();
  private final Thread acceptor;

  /**
   * @param response the bytes sent after the request headers are read
   * @param reset whether to end with a TCP reset (RST) instead of a normal close
   */
  public RawSocketServer(String response, boolean reset) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    byte[] bytes = response.getBytes(StandardCharsets.ISO_8859_1);
    acceptor = new Thread(() -> serve(bytes, reset), "raw-socket-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void serve(byte[] bytes, boolean reset) {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        connections.incrementAndGet();
        readHeaders(s.getInputStream());
        OutputStream out = s.getOutputStream();
        out.write(bytes);
        out.flush();
        if (reset) {
          s.setSoLinger(true, 0);
        }
      } catch (IOException e) {
        // the client hung up or the server closed: next connection
      }
    }
  }

  private static void readHeaders(InputStream in) throws IOException {
    int state = 0;
    int c;
    while (state < 4 && (c = in.read()) != -1) {
      state = (c == '\r' || c == '\n') ? state + 1 : 0;
    }
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
  }

  public int connections() {
    return connections.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
