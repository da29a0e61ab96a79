package gapwatch.review;

import gapwatch.store.AuditLog;
import gapwatch.store.ClaimFilter;
import gapwatch.store.ClaimSummaries;
import gapwatch.store.Database;
import gapwatch.store.DecisionOutcome;
import gapwatch.store.DecisionRequest;
import gapwatch.store.ReviewStore;
import gapwatch.store.ReviewedClaim;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The app's routes: the queue page, decisions, undo, the curator's name, the dashboard and the two
 * static files. Pages are rendered on the server; every POST answers with a redirect (or the page
 * again with a message), so reloading never repeats a decision. Thread-safe.
 */
final class ReviewRoutes {

  /** Claims listed per queue page. */
  static final int PAGE = 100;

  /**
   * Claims counted past a page's start before the count line says "N+": counting every match costs
   * seconds over a million claims, and nobody pages through ten thousand.
   */
  static final int COUNTED = 10_000;

  private static final Map<String, String> STATIC =
      Map.of(
          "review.js", "text/javascript; charset=utf-8", "review.css", "text/css; charset=utf-8");

  private final ReviewStore store;
  private final AuditLog audit;
  private final Clock clock;
  private final Map<String, byte[]> assets = new LinkedHashMap<>();
  private final Dashboard dashboard;

  ReviewRoutes(Database db, Clock clock, int maxDrawn) {
    this.store = new ReviewStore(db);
    this.audit = new AuditLog(db);
    this.clock = clock;
    this.dashboard = new Dashboard(store, new ClaimSummaries(db), maxDrawn);
    for (String name : STATIC.keySet()) {
      assets.put(name, resource("/gapwatch/review/static/" + name));
    }
  }

  void register(RoutesConfig r) {
    r.get("/", ctx -> ctx.redirect("/queue"));
    r.get("/queue", ctx -> ctx.html(queuePage(ctx, QueueParams.of(ctx.queryParamMap()), null)));
    r.get("/dashboard", ctx -> ctx.html(dashboard.page(ctx, QueueParams.of(ctx.queryParamMap()))));
    r.post("/curator", this::setCurator);
    r.post("/claims/{id}/decision", this::decide);
    r.post("/undo", this::undo);
    // Two fixed files by name: no path is ever read from the request, so no traversal or listing.
    r.get("/static/review.js", ctx -> asset(ctx, "review.js"));
    r.get("/static/review.css", ctx -> asset(ctx, "review.css"));
  }

  private void asset(Context ctx, String name) {
    ctx.contentType(STATIC.get(name)).result(assets.get(name));
  }

  /** What a page says besides its data: a refusal or a validation error, with the edit values. */
  record Problem(String message, Views.@Nullable EditValues edit) {}

  String queuePage(Context ctx, QueueParams p, @Nullable Problem problem) {
    Session s = AccessGuard.session(ctx);
    String error = problem == null ? null : problem.message();
    ClaimFilter filter;
    try {
      filter = p.filter();
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
      filter = ClaimFilter.pending();
    }
    ReviewStore.ClaimPage page = store.list(filter, PAGE, p.offset(), p.offset() + COUNTED);
    List<ReviewedClaim> rows = page.claims();
    Long selected = p.claim() != null ? p.claim() : rows.isEmpty() ? null : rows.get(0).id();
    int at = indexOf(rows, selected);
    Views.Panel panel = null;
    if (selected != null) {
      Optional<ReviewedClaim> c = at >= 0 ? Optional.of(rows.get(at)) : store.get(selected);
      Views.EditValues edit = problem == null ? null : problem.edit();
      panel = c.map(claim -> panel(claim, edit)).orElse(null);
      if (c.isEmpty() && error == null) {
        error = "There is no claim " + selected + ".";
      }
    }
    Long next = at >= 0 && at + 1 < rows.size() ? rows.get(at + 1).id() : null;
    if (at < 0 && !rows.isEmpty()) {
      next = rows.get(0).id();
    }
    Long prev = at > 0 ? rows.get(at - 1).id() : null;
    return Templates.render(
        "queue",
        new QueuePage(
            "Queue",
            s.csrf(),
            s.curator().orElse(""),
            s.takeFlash(),
            error,
            "/queue?" + p.query(selected),
            p.query(null),
            Views.options(
                List.of("pending", "accepted", "rejected", "duplicate", "all"), p.status()),
            List.of(
                new Views.Option("oldest", "oldest first", !p.get("order").equals("confidence")),
                new Views.Option(
                    "confidence", "lowest confidence first", p.get("order").equals("confidence"))),
            Views.options(store.sources(), p.get("source")),
            p.values(),
            rows.stream()
                .map(c -> Views.row(c, Long.valueOf(c.id()).equals(selected), href(p, c.id())))
                .toList(),
            range(p.offset(), rows.size(), page),
            p.offset() > 0 ? "/queue?" + p.atOffset(p.offset() - PAGE).query(null) : null,
            p.offset() + PAGE < page.total()
                ? "/queue?" + p.atOffset(p.offset() + PAGE).query(null)
                : null,
            panel,
            prev == null ? null : "/queue?" + p.query(prev),
            next == null ? null : "/queue?" + p.query(next),
            next == null ? "" : String.valueOf(next)));
  }

  /** The queue page's template scope. */
  record QueuePage(
      String pageTitle,
      String csrf,
      String curator,
      @Nullable String flash,
      @Nullable String error,
      String back,
      String filters,
      List<Views.Option> statuses,
      List<Views.Option> orders,
      List<Views.Option> sources,
      Map<String, String> filter,
      List<Views.Row> rows,
      String range,
      @Nullable String prevPage,
      @Nullable String nextPage,
      Views.@Nullable Panel panel,
      @Nullable String prevHref,
      @Nullable String nextHref,
      String nextId) {}

  private static String href(QueueParams p, long claimId) {
    return "/queue?" + p.query(claimId);
  }

  private Views.Panel panel(ReviewedClaim c, Views.@Nullable EditValues edit) {
    String text = store.articleText(c.id()).orElse("");
    return Views.panel(c, text, audit.forClaim(c.id()), edit);
  }

  private static int indexOf(List<ReviewedClaim> rows, @Nullable Long id) {
    for (int i = 0; id != null && i < rows.size(); i++) {
      if (rows.get(i).id() == id) {
        return i;
      }
    }
    return -1;
  }

  private static String range(int offset, int shown, ReviewStore.ClaimPage page) {
    if (page.total() == 0) {
      return "0 claims";
    }
    String total = page.total() + (page.more() ? "+" : "");
    return (offset + 1) + "–" + (offset + shown) + " of " + total + " claims";
  }

  private void setCurator(Context ctx) {
    Session s = AccessGuard.session(ctx);
    String back = ctx.formParam("back");
    try {
      s.curator(ReviewStore.curator(ctx.formParam("curator")));
      s.flash("Decisions are now recorded as " + s.curator().orElseThrow() + ".");
    } catch (IllegalArgumentException e) {
      s.flash("Name not set: " + e.getMessage());
    }
    ctx.redirect(safeBack(back), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** A local page to return to: the queue or the dashboard, with known parameters only. */
  static String safeBack(@Nullable String back) {
    if (back != null && back.startsWith("/dashboard")) {
      return "/dashboard";
    }
    if (back != null && back.startsWith("/queue?")) {
      return "/queue?" + QueueParams.of(parseQuery(back.substring(7))).query(claimOf(back));
    }
    return "/queue";
  }

  private static @Nullable Long claimOf(String back) {
    return QueueParams.of(parseQuery(back.substring(back.indexOf('?') + 1))).claim();
  }

  private void decide(Context ctx) {
    Session s = AccessGuard.session(ctx);
    long id = Long.parseLong(ctx.pathParam("id").replaceAll("[^0-9]", "0"));
    Map<String, List<String>> form = ctx.formParamMap();
    QueueParams back = QueueParams.of(parseQuery(Views.first(form, "filters")));
    QueueParams here = new QueueParams(back.values(), id, back.offset());
    Optional<String> curator = s.curator();
    if (curator.isEmpty()) {
      answer(
          ctx, here, 422, "Say who you are first: type your name as curator, then decide.", null);
      return;
    }
    DecisionRequest request;
    int version;
    try {
      version = DecisionForm.version(form);
      request = DecisionForm.parse(form);
    } catch (IllegalArgumentException e) {
      answer(ctx, here, 422, "Not saved: " + e.getMessage(), submittedEdit(form));
      return;
    }
    DecisionOutcome out = store.decide(id, version, curator.get(), request, clock.instant());
    if (out instanceof DecisionOutcome.Applied a) {
      s.decided(id);
      s.flash(done(request, id) + " (u undoes it)");
      Long next = parseId(Views.first(form, "next"));
      respond(ctx, 200, "applied", a.state().version(), null, "/queue?" + back.query(next));
    } else if (out instanceof DecisionOutcome.Conflict c) {
      // A correction typed into the form must not be lost to a conflict: it is shown again,
      // on the claim as it is now, to check and save once more.
      Views.EditValues edit = submittedEdit(form);
      answer(
          ctx,
          here,
          409,
          c.message() + (edit == null ? "" : " Your corrections are kept in the form below."),
          edit);
    } else if (out instanceof DecisionOutcome.Refused r) {
      answer(ctx, here, 422, "Not saved: " + r.message(), null);
    }
  }

  private static Views.@Nullable EditValues submittedEdit(Map<String, List<String>> form) {
    return "edit".equals(Views.first(form, "action")) ? Views.submitted(form) : null;
  }

  private void undo(Context ctx) {
    Session s = AccessGuard.session(ctx);
    QueueParams back = QueueParams.of(parseQuery(Views.first(ctx.formParamMap(), "filters")));
    Optional<Long> claim = s.popDecided();
    Optional<String> curator = s.curator();
    if (claim.isEmpty() || curator.isEmpty()) {
      answer(ctx, back, 422, "Nothing to undo: you have made no decision in this session.", null);
      return;
    }
    long id = claim.get();
    QueueParams here = new QueueParams(back.values(), id, back.offset());
    Optional<ReviewedClaim> current = store.get(id);
    if (current.isEmpty()) {
      answer(ctx, back, 409, "Not undone: claim " + id + " is gone since a re-extraction.", null);
      return;
    }
    ReviewedClaim c = current.get();
    if (!curator.get().equals(c.review().curator())) {
      answer(
          ctx,
          here,
          409,
          "Not undone: "
              + c.review().curator()
              + " decided on claim "
              + id
              + " after you; look at it and decide anew.",
          null);
      return;
    }
    DecisionOutcome out =
        store.decide(id, c.review().version(), curator.get(), new DecisionRequest.Undo(), now());
    if (out instanceof DecisionOutcome.Applied a) {
      s.flash("Undid your last decision on claim " + id + "; it is " + a.state().status().label());
      respond(ctx, 200, "applied", a.state().version(), null, "/queue?" + back.query(id));
    } else {
      s.pushBack(id);
      answer(ctx, here, 409, message(out), null);
    }
  }

  private java.time.Instant now() {
    return clock.instant();
  }

  private static String message(DecisionOutcome out) {
    if (out instanceof DecisionOutcome.Conflict c) {
      return c.message();
    }
    return out instanceof DecisionOutcome.Refused r ? r.message() : "";
  }

  private static String done(DecisionRequest r, long id) {
    String what =
        switch (r.action()) {
          case "accept" -> "Accepted";
          case "reject" -> "Rejected";
          case "edit" -> "Corrected and accepted";
          case "duplicate" -> "Marked as duplicate:";
          default -> "Changed";
        };
    return what + " claim " + id + ".";
  }

  /** Answers a refused decision: the page again with the message, or JSON for scripts. */
  private void answer(
      Context ctx, QueueParams here, int status, String message, Views.@Nullable EditValues edit) {
    if (wantsJson(ctx)) {
      respond(ctx, status, status == 409 ? "conflict" : "refused", null, message, null);
      return;
    }
    ctx.status(status).html(queuePage(ctx, here, new Problem(message, edit)));
  }

  private static void respond(
      Context ctx,
      int status,
      String outcome,
      @Nullable Integer version,
      @Nullable String message,
      @Nullable String redirect) {
    if (wantsJson(ctx)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("outcome", outcome);
      body.put("version", version);
      body.put("message", message);
      ctx.status(status).contentType("application/json").result(Json.write(body));
    } else if (redirect != null) {
      ctx.redirect(redirect, io.javalin.http.HttpStatus.SEE_OTHER);
    }
  }

  private static boolean wantsJson(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.startsWith("application/json");
  }

  private static @Nullable Long parseId(String s) {
    try {
      return s.isBlank() ? null : Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A query string as a map, decoded; malformed escapes make the pair count as absent. */
  static Map<String, List<String>> parseQuery(@Nullable String query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (query == null || query.isBlank()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      try {
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      } catch (IllegalArgumentException e) {
        // a malformed %-escape: skip the pair
      }
    }
    return out;
  }

  private static byte[] resource(String path) {
    try (InputStream in = ReviewRoutes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
