package gapwatch.review;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs before every request: sets the security headers, refuses a Host header that is not the
 * server's own (DNS rebinding), exchanges the URL token for a session cookie, refuses requests
 * without a session, and refuses state-changing requests that are cross-site or lack the session's
 * CSRF token. Thread-safe.
 */
final class AccessGuard {

  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final String SESSION = "gapwatch.session";

  private final ReviewSettings settings;
  private final Sessions sessions;
  private final IntSupplier port;

  AccessGuard(ReviewSettings settings, Sessions sessions, IntSupplier port) {
    this.settings = settings;
    this.sessions = sessions;
    this.port = port;
  }

  /** The session of a request that passed the guard. */
  static Session session(Context ctx) {
    Session s = ctx.attribute(SESSION);
    if (s == null) {
      throw new IllegalStateException("the access guard did not run for " + ctx.path());
    }
    return s;
  }

  /** The cookie holding the session id; named per port, as cookies ignore ports. */
  String cookieName() {
    return "gapwatch_session_" + port.getAsInt();
  }

  void check(Context ctx) {
    securityHeaders(ctx);
    if (!hostAllowed(ctx.header("Host"))) {
      refuse(ctx, 421, "This server answers only to its own address; the Host header was wrong.");
      return;
    }
    String token = ctx.queryParam("token");
    if (token != null) {
      login(ctx, token);
      return;
    }
    Optional<Session> session = sessions.find(ctx.cookie(cookieName()));
    if (session.isEmpty()) {
      refuse(
          ctx,
          401,
          "This review server needs its access token: open the URL that 'gapwatch serve'"
              + " printed (it ends in ?token=...).");
      return;
    }
    ctx.attribute(SESSION, session.get());
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      String why = csrfProblem(ctx, session.get());
      if (why != null) {
        refuse(ctx, 403, why);
      }
    }
  }

  private void login(Context ctx, String token) {
    if (!Sessions.same(token, settings.token())) {
      refuse(ctx, 401, "That access token is not this server's; use the URL it printed.");
      return;
    }
    if (ctx.method() != HandlerType.GET) {
      refuse(ctx, 405, "Log in with a GET request.");
      return;
    }
    String id = sessions.open();
    ctx.header("Set-Cookie", cookieName() + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
    ctx.status(303).header("Location", ctx.path() + queryWithoutToken(ctx));
    ctx.skipRemainingHandlers();
  }

  private static String queryWithoutToken(Context ctx) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().equals("token")) {
        continue;
      }
      for (String v : e.getValue()) {
        parts.add(encode(e.getKey()) + "=" + encode(v));
      }
    }
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  boolean hostAllowed(@Nullable String host) {
    if (host == null) {
      return false;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    String suffix = ":" + port.getAsInt();
    if (!h.endsWith(suffix)) {
      return false;
    }
    String name = h.substring(0, h.length() - suffix.length());
    return settings.allowedHostNames().contains(name);
  }

  /** Why a state-changing request must be refused, or null when it may go on. */
  private static @Nullable String csrfProblem(Context ctx, Session session) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return "Refused: the request came from another site (Sec-Fetch-Site: " + site + ").";
    }
    String origin = ctx.header("Origin");
    // Browsers send "Origin: null" under some referrer policies; Sec-Fetch-Site then decides.
    boolean opaqueButSameSite = "null".equals(origin) && "same-origin".equals(site);
    if (origin != null
        && !opaqueButSameSite
        && !origin.equalsIgnoreCase("http://" + ctx.header("Host"))) {
      return "Refused: the request came from another origin.";
    }
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form")) {
      return "Refused: decisions are sent as forms from this app's pages.";
    }
    if (!Sessions.same(ctx.formParam("csrf"), session.csrf())) {
      return "Refused: the form's security token is missing or stale; reload the page.";
    }
    return null;
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    // Not "no-referrer": that makes browsers send "Origin: null" on our own form posts. With
    // "same-origin" nothing (no token, no claim URL) goes to the sites curators click out to.
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Vary", "Cookie, Origin, Sec-Fetch-Site");
  }

  static void refuse(Context ctx, int status, String message) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(Templates.errorPage(message));
    ctx.skipRemainingHandlers();
  }
}
