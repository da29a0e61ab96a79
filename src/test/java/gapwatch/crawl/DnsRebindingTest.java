package gapwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.crawl.FetchResult.SkipReason;
import gapwatch.crawl.FetchResult.Skipped;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Catalogue case E3: a name that answers a public address when checked and a private one when used.
 * The guard must hold on the address actually connected, so the private server sees no request.
 * Public addresses appear only as resolver answers: a socket factory stands in for the network and
 * connects them to a loopback server, so nothing leaves the machine.
 */
class DnsRebindingTest {

  /** A public address (never contacted: the socket factory routes it to loopback). */
  private static final InetAddress PUBLIC = address("93.184.216.34");

  private LoopbackSite publicSite;
  private LoopbackSite internal;

  @BeforeEach
  void start() throws IOException {
    publicSite = new LoopbackSite();
    internal = new LoopbackSite();
  }

  @AfterEach
  void stop() {
    publicSite.close();
    internal.close();
  }

  @Test
  void checksEveryLookupSoASecondAnswerPointingInsideIsRefused() {
    // First lookup: public (the "public" site answers with a redirect to the same name); every
    // later lookup: loopback, where the internal server listens on the URL's port.
    AtomicInteger lookups = new AtomicInteger();
    HostResolver rebinding =
        host -> List.of(lookups.getAndIncrement() == 0 ? PUBLIC : InetAddress.getLoopbackAddress());
    publicSite.route(
        "/go",
        ex -> {
          ex.getResponseHeaders().set("Location", "/admin");
          ex.sendResponseHeaders(302, -1);
        });
    internal.page("/admin", 200, "text/html", "<p>internal</p>");
    HttpFetcher fetcher =
        new HttpFetcher(
            TestSettings.fast(), Clock.systemUTC(), rebinding, routing(publicSite.port(), true));
    URI url = URI.create("http://rebind.test:" + internal.port() + "/go");
    Skipped s =
        assertInstanceOf(
            Skipped.class, fetcher.fetch(url, Validators.NONE, TestSettings.publicOnly(url)));
    assertEquals(SkipReason.FORBIDDEN_ADDRESS, s.reason());
    assertEquals(1, publicSite.requestCount(), "the first answer was public and was used");
    assertEquals(0, internal.requestCount(), "the internal server must see no request");
    assertTrue(lookups.get() >= 2, "the name was looked up again for the second request");
  }

  @Test
  void refusesTheConnectedAddressEvenWhenEveryLookupWasPublic() {
    // The resolver always says public, but the connection lands on loopback (a rebinding DNS
    // server racing the check, or a hostile network): only the check on the socket sees it.
    internal.page("/admin", 200, "text/html", "<p>internal</p>");
    HttpFetcher fetcher =
        new HttpFetcher(
            TestSettings.fast(),
            Clock.systemUTC(),
            host -> List.of(PUBLIC),
            routing(internal.port(), false));
    URI url = URI.create("http://rebind.test:" + internal.port() + "/admin");
    Skipped s =
        assertInstanceOf(
            Skipped.class, fetcher.fetch(url, Validators.NONE, TestSettings.publicOnly(url)));
    assertEquals(SkipReason.FORBIDDEN_ADDRESS, s.reason());
    assertTrue(s.detail().contains("127.0.0.1"), s.detail());
    assertEquals(0, internal.requestCount(), "the internal server must see no request");
  }

  /**
   * The network: connects {@link #PUBLIC} to a loopback port, any other address where it says.
   *
   * @param looksPublic whether a socket so routed reports the public address it was asked for (a
   *     stand-in for a real public server), or the loopback address it really reached (a connection
   *     hijacked to an internal one)
   */
  private static SocketFactory routing(int publicToPort, boolean looksPublic) {
    return new SocketFactory() {
      @Override
      public Socket createSocket() {
        return new Socket() {
          private boolean routed;

          @Override
          public void connect(SocketAddress endpoint, int timeout) throws IOException {
            InetSocketAddress to = (InetSocketAddress) endpoint;
            if (to.getAddress().equals(PUBLIC)) {
              routed = true;
              to = new InetSocketAddress(InetAddress.getLoopbackAddress(), publicToPort);
            }
            super.connect(to, timeout);
          }

          @Override
          public InetAddress getInetAddress() {
            return routed && looksPublic ? PUBLIC : super.getInetAddress();
          }
        };
      }

      @Override
      public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
      }

      @Override
      public Socket createSocket(String host, int port, InetAddress local, int localPort) {
        throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
      }

      @Override
      public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
      }

      @Override
      public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) {
        throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
      }
    };
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
