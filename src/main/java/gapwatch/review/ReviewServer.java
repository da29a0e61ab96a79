package gapwatch.review;

import gapwatch.store.Database;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The curators' web app on a Javalin (Jetty) server: {@link #start} binds it, {@link #url} is the
 * address with the access token to open, {@link #close} stops it. Thread-safe.
 */
public final class ReviewServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewServer.class);

  private final Javalin app;
  private final ReviewSettings settings;

  private ReviewServer(Javalin app, ReviewSettings settings) {
    this.app = app;
    this.settings = settings;
  }

  /** Builds and starts the server; it runs until {@link #close}. */
  public static ReviewServer start(ReviewSettings settings, Database db, Clock clock) {
    Javalin app = create(settings, db, clock);
    app.start(settings.host(), settings.port());
    return new ReviewServer(app, settings);
  }

  /** The configured app, not started (tests start it with Javalin's test tools). */
  static Javalin create(ReviewSettings settings, Database db, Clock clock) {
    return create(settings, db, clock, Dashboard.MAX_DRAWN);
  }

  /** The app, with at most {@code maxDrawn} claims drawn on a dashboard page. */
  static Javalin create(ReviewSettings settings, Database db, Clock clock, int maxDrawn) {
    Objects.requireNonNull(db, "db");
    Sessions sessions = new Sessions();
    Javalin[] self = new Javalin[1];
    AccessGuard guard = new AccessGuard(settings, sessions, () -> self[0].port());
    ReviewRoutes routes = new ReviewRoutes(db, clock, maxDrawn);
    self[0] =
        Javalin.create(
            cfg -> {
              cfg.jetty.host = settings.host();
              cfg.jetty.port = settings.port();
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.http.maxRequestSize = 64 * 1024;
              cfg.routes.before(guard::check);
              routes.register(cfg.routes);
              cfg.routes.exception(
                  IllegalArgumentException.class,
                  (e, ctx) -> {
                    AccessGuard.refuse(ctx, 400, e.getMessage());
                  });
              cfg.routes.exception(JdbiException.class, (e, ctx) -> databaseError(e, ctx));
              cfg.routes.error(404, "*", ctx -> notFound(ctx));
            });
    return self[0];
  }

  private static void notFound(io.javalin.http.Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(Templates.errorPage("No such page."));
  }

  /** A busy database (a crawl is writing) is worth a retry; anything else is a bug, logged. */
  private static void databaseError(JdbiException e, io.javalin.http.Context ctx) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException s
          && (s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
              || s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT)) {
        AccessGuard.refuse(
            ctx, 503, "The database is busy (a crawl is writing); nothing was lost — try again.");
        return;
      }
    }
    LOG.error("database error on {} {}", ctx.method(), ctx.path(), e);
    AccessGuard.refuse(ctx, 500, "Database error; the server log has the details.");
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser, with the access token. */
  public URI url() {
    String host = settings.allowedHostNames().get(0);
    if (settings.isLoopback()) {
      host = settings.host().contains(":") ? "[::1]" : settings.host();
    } else if (!settings.extraHosts().isEmpty()) {
      host = settings.extraHosts().get(0);
    }
    return URI.create("http://" + host + ":" + port() + "/?token=" + settings.token());
  }

  @Override
  public void close() {
    app.stop();
  }
}
