package gapwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.claims.Relation;
import gapwatch.store.AuditLog;
import gapwatch.store.ClaimFixtures;
import gapwatch.store.Database;
import gapwatch.store.ReviewStatus;
import gapwatch.store.ReviewStore;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewRoutesTest {

  @TempDir Path dir;
  private Database db;
  private ReviewSettings settings;
  private Javalin app;
  private long first;
  private long second;

  @BeforeEach
  void setUp() {
    db = Database.open(dir.resolve("g.db"));
    ClaimFixtures fixtures = new ClaimFixtures(db);
    first = fixtures.simple("https://news.example/a", "2024-09-13", 0.9);
    second = fixtures.simple("https://news.example/b", "2024-09-20", 0.5);
    settings = ReviewSettings.loopback(0);
    app =
        ReviewServer.create(
            settings, db, Clock.fixed(Instant.parse("2024-10-02T10:00:00Z"), ZoneOffset.UTC));
  }

  private int decisions() {
    return db.read(h -> h.createQuery("SELECT COUNT(*) FROM decisions").mapTo(Integer.class).one());
  }

  private Browser curator(String name) {
    Browser b = new Browser(app);
    assertEquals(303, b.login(settings.token()).code());
    b.get("/queue");
    assertEquals(303, b.post("/curator", Map.of("curator", name, "back", "/queue?")).code());
    b.get("/queue");
    return b;
  }

  private static Map<String, String> accept(long id, int version) {
    return Map.of("action", "accept", "version", String.valueOf(version), "filters", "");
  }

  @Test
  void everyPageAndFileNeedsTheToken() {
    JavalinTest.test(
        app,
        (server, client) -> {
          for (String path : List.of("/", "/queue", "/dashboard", "/static/review.js", "/nope")) {
            Response r = client.get(path);
            assertEquals(401, r.code(), path);
            assertTrue(r.body().string().contains("access token"), path);
          }
          assertEquals(401, client.get("/queue?token=" + "0".repeat(64)).code(), "a wrong token");
          Browser b = new Browser(app);
          Response login = b.login(settings.token());
          assertEquals(303, login.code());
          assertEquals("/", login.headers().get("Location").get(0), "the token leaves the URL");
          String cookie = login.headers().get("Set-Cookie").get(0);
          assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
          assertEquals(200, b.get("/queue").code());
          assertEquals(200, b.get("/static/review.js").code());
        });
  }

  @Test
  void securityHeadersAreOnEveryAnswer() {
    JavalinTest.test(
        app,
        (server, client) -> {
          Browser b = new Browser(app);
          b.login(settings.token());
          for (Response r : List.of(client.get("/queue"), b.get("/queue"), b.get("/missing"))) {
            assertEquals(AccessGuard.CSP, r.headers().get("Content-Security-Policy").get(0));
            assertEquals("nosniff", r.headers().get("X-Content-Type-Options").get(0));
            assertEquals("DENY", r.headers().get("X-Frame-Options").get(0));
            assertEquals("same-origin", r.headers().get("Referrer-Policy").get(0));
          }
        });
  }

  @Test
  void aForeignHostHeaderIsRefusedEvenWithASession() {
    JavalinTest.test(
        app,
        (server, client) -> {
          int port = server.port();
          for (String host :
              List.of("attacker.example:" + port, "127.0.0.1.nip.io:" + port, "127.0.0.1:1")) {
            String status = rawGet(port, "GET /queue?token=" + settings.token(), host);
            assertTrue(status.contains(" 421 "), host + " → " + status);
          }
          String noHost = rawGet(port, "GET /queue?token=" + settings.token(), null);
          assertFalse(noHost.contains(" 303 ") || noHost.contains(" 200 "), noHost);
          String ok = rawGet(port, "GET /queue?token=" + settings.token(), "127.0.0.1:" + port);
          assertTrue(ok.contains(" 303 "), ok);
        });
  }

  /** The status line of a raw HTTP/1.0 request with the given Host header (none if null). */
  private static String rawGet(int port, String requestLine, String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream out = s.getOutputStream();
      String req = requestLine + " HTTP/1.0\r\n" + (host == null ? "" : "Host: " + host + "\r\n");
      out.write((req + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
    }
  }

  @Test
  void stateChangesWithoutTheFormTokenOrFromAnotherSiteAreRefused() {
    JavalinTest.test(
        app,
        (server, client) -> {
          Browser ann = curator("Ann");
          Browser other = curator("Bob");
          Map<String, String> form = accept(first, 0);
          String origin = ann.http.getOrigin();
          record Attempt(String name, Response response) {}
          List<Attempt> attempts =
              List.of(
                  new Attempt(
                      "no token",
                      ann.post("/claims/" + first + "/decision", with(form, "csrf", ""))),
                  new Attempt(
                      "another session's token",
                      ann.post("/claims/" + first + "/decision", with(form, "csrf", other.csrf()))),
                  new Attempt(
                      "foreign Origin",
                      ann.post(
                          "/claims/" + first + "/decision",
                          form,
                          b -> b.header("Origin", "http://evil.example"))),
                  new Attempt(
                      "Sec-Fetch-Site cross-site",
                      ann.post(
                          "/claims/" + first + "/decision",
                          form,
                          b -> b.header("Sec-Fetch-Site", "cross-site"))),
                  new Attempt(
                      "text/plain",
                      ann.http.request(
                          "/claims/" + first + "/decision",
                          b ->
                              b.header("Content-Type", "text/plain")
                                  .post(
                                      java.net.http.HttpRequest.BodyPublishers.ofString(
                                          "csrf=" + ann.csrf() + "&action=accept&version=0")))),
                  new Attempt(
                      "GET", ann.get("/claims/" + first + "/decision?action=accept&version=0")));
          for (Attempt a : attempts) {
            int code = a.response().code();
            assertTrue(code == 403 || code == 404 || code == 405, a.name() + " → " + code);
          }
          assertEquals(0, decisions(), "nothing was written");
          Response ok =
              ann.post("/claims/" + first + "/decision", form, b -> b.header("Origin", origin));
          assertEquals(303, ok.code(), ok.body().string());
          assertEquals(1, decisions());
        });
  }

  private static Map<String, String> with(Map<String, String> form, String key, String value) {
    Map<String, String> m = new java.util.HashMap<>(form);
    m.put(key, value);
    return m;
  }

  @Test
  void aLongQueueCountsTenThousandPastItsPageAndPagesOnToAnExactCount() {
    // 10,000 more claims in the first claim's article (copies of it), one statement.
    db.write(
        h ->
            h.createUpdate(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)"
                        + " INSERT INTO claims (article_id, subject, reference, relation, evidence,"
                        + " evidence_start, evidence_end, confidence, extractor_version, created_at)"
                        + " SELECT article_id, subject, reference, relation, evidence,"
                        + " evidence_start, evidence_end, confidence, extractor_version, created_at"
                        + " FROM claims, n WHERE id = ?")
                .bind(0, first)
                .execute());
    JavalinTest.test(
        app,
        (server, client) -> {
          Browser b = curator("Ann");
          Document first = Jsoup.parse(b.get("/queue?status=all").body().string());
          assertEquals("1–100 of 10000+ claims", first.select("#count").text());
          assertEquals(1, first.select(".pages a:contains(later)").size(), "a later page");
          Document deep = Jsoup.parse(b.get("/queue?status=all&offset=10000").body().string());
          assertEquals("10001–10002 of 10002 claims", deep.select("#count").text());
          assertEquals(0, deep.select(".pages a:contains(later)").size(), "the last page");
        });
  }

  @Test
  void theSecondOfTwoCuratorsOnTheSameVersionIsToldAndOverwritesNothing() {
    JavalinTest.test(
        app,
        (server, client) -> {
          Browser ann = curator("Ann");
          Browser bob = curator("Bob");
          Response a = ann.post("/claims/" + first + "/decision", accept(first, 0));
          assertEquals(303, a.code());
          Response b =
              bob.post(
                  "/claims/" + first + "/decision",
                  Map.of("action", "reject", "reason", "no", "version", "0", "filters", ""));
          assertEquals(409, b.code());
          String error = Jsoup.parse(b.body().string()).select("#error").text();
          assertTrue(error.contains("changed by Ann"), error);
          assertTrue(error.contains("nothing was saved"), error);
          assertEquals(
              ReviewStatus.ACCEPTED,
              new ReviewStore(db).get(first).orElseThrow().review().status());
          assertEquals(
              List.of("ok", "conflict"),
              new AuditLog(db).forClaim(first).stream().map(e -> e.outcome()).toList());
        });
  }

  @Test
  void aCorrectionRefusedByAConflictStaysInTheFormAndCanBeSavedOnTheNewVersion() {
    JavalinTest.test(
        app,
        (server, client) -> {
          Browser ann = curator("Ann");
          Browser bob = curator("Bob");
          assertEquals(303, ann.post("/claims/" + first + "/decision", accept(first, 0)).code());
          Map<String, String> edit =
              Map.of(
                  "action", "edit",
                  "version", "0",
                  "filters", "status=all",
                  "subject", "China",
                  "relation", "behind",
                  "reference", "United States",
                  "gap_min", "3",
                  "gap_max", "6",
                  "domain", "Bob's careful domain");
          Response refused = bob.post("/claims/" + first + "/decision", edit);
          assertEquals(409, refused.code());
          Document page = Jsoup.parse(refused.body().string());
          assertTrue(page.select("#error").text().contains("kept in the form"));
          Element form = page.selectFirst("#edit-form");
          assertFalse(form.hasAttr("hidden"), "the form is open");
          assertEquals("Bob's careful domain", form.select("input[name=domain]").attr("value"));
          assertEquals("1", form.select("input[name=version]").attr("value"), "the new version");
          Response saved = bob.post("/claims/" + first + "/decision", with(edit, "version", "1"));
          assertEquals(303, saved.code());
          assertEquals(
              "Bob's careful domain",
              new ReviewStore(db).get(first).orElseThrow().effective().claim().domain());
        });
  }

  @Test
  void anInvalidEditIsShownAgainWithItsErrorAndNothingIsSaved() {
    JavalinTest.test(
        app,
        (server, client) -> {
          Browser ann = curator("Ann");
          Map<String, String> edit =
              Map.of(
                  "action",
                  "edit",
                  "version",
                  "0",
                  "filters",
                  "",
                  "subject",
                  "China",
                  "reference",
                  "United States",
                  "relation",
                  "behind",
                  "gap_min",
                  "12",
                  "gap_max",
                  "6",
                  "domain",
                  "AI chips");
          Response r = ann.post("/claims/" + first + "/decision", edit);
          assertEquals(422, r.code());
          Document d = Jsoup.parse(r.body().string());
          assertTrue(
              d.select("#error").text().contains("gap: from 12 is more than to 6"),
              d.select("#error").text());
          assertEquals("AI chips", d.select("#edit-form input[name=domain]").attr("value"));
          assertFalse(d.select("#edit-form").hasAttr("hidden"), "the form stays open");
          assertEquals(0, decisions());
        });
  }

  @Test
  void aDecisionNeedsACuratorNameAndThenMovesToTheNextClaim() {
    JavalinTest.test(
        app,
        (server, client) -> {
          Browser anon = new Browser(app);
          anon.login(settings.token());
          anon.get("/queue");
          Response r = anon.post("/claims/" + first + "/decision", accept(first, 0));
          assertEquals(422, r.code());
          assertEquals(0, decisions());
          Browser ann = curator("Ann");
          Map<String, String> form = with(accept(first, 0), "next", String.valueOf(second));
          Response ok = ann.post("/claims/" + first + "/decision", form);
          assertEquals("/queue?claim=" + second, ok.headers().get("Location").get(0));
          Document next = Jsoup.parse(ann.get("/queue?claim=" + second).body().string());
          assertTrue(next.select("#flash").text().contains("Accepted claim " + first));
          Response undo = ann.post("/undo", Map.of("filters", ""));
          assertEquals(303, undo.code());
          assertEquals(
              ReviewStatus.PENDING, new ReviewStore(db).get(first).orElseThrow().review().status());
        });
  }

  @Test
  void noDirectoryListingNoTraversalNoOtherFiles() {
    JavalinTest.test(
        app,
        (server, client) -> {
          Browser b = curator("Ann");
          for (String path :
              List.of(
                  "/static/",
                  "/static",
                  "/static/../../pom.xml",
                  "/static/%2e%2e/%2e%2e/pom.xml",
                  "/gapwatch/review/templates/queue.mustache",
                  "/static/review.js/..%2f..%2fqueue.mustache")) {
            int code = b.get(path).code();
            assertTrue(code == 404 || code == 400, path + " → " + code);
          }
        });
  }

  @Test
  void hostileScrapedTextIsShownAsTextNeverAsMarkup() {
    String title = "<script>alert('title')</script>";
    String evil = "China \"><img src=x onerror=alert(1)> is behind the United States in AI.";
    String text = "Intro <iframe src=//evil.example></iframe>\n\n" + evil + " {{csrf}}";
    long id =
        new ClaimFixtures(db, "evil-source")
            .article(
                "javascript:alert(1)",
                title,
                "2024-09-21",
                text,
                List.of(
                    ClaimFixtures.claim(
                        text,
                        evil,
                        "China",
                        Relation.BEHIND,
                        "United States",
                        6.0,
                        12.0,
                        "{{#panel}}AI",
                        "</textarea><svg onload=alert(1)>",
                        0.7)))
            .get(0);
    JavalinTest.test(
        app,
        (server, client) -> {
          Browser b = curator("<b>Ann</b>");
          for (String path : List.of("/queue?status=all&claim=" + id, "/dashboard")) {
            String html = b.get(path).body().string();
            Document d = Jsoup.parse(html);
            for (Element e : d.getAllElements()) {
              for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), path + ": " + e);
              }
            }
            for (Element s : d.select("script")) {
              assertEquals("/static/review.js", s.attr("src"), path);
              assertEquals("", s.data(), path);
            }
            assertTrue(d.select("img, iframe, textarea, a[href^=javascript]").isEmpty(), path);
            assertFalse(html.contains("<svg onload"), path);
          }
          Document q = Jsoup.parse(b.get("/queue?status=all&claim=" + id).body().string());
          assertEquals(title, q.select("#article-title").text());
          assertTrue(q.select("#evidence").text().contains("<img src=x onerror=alert(1)>"));
          assertTrue(q.select("#fields").text().contains("</textarea><svg onload=alert(1)>"));
          assertTrue(q.select("#fields").text().contains("{{#panel}}AI"));
          assertEquals("<b>Ann</b>", q.select("#curator").attr("value"));
          assertNotNull(q.selectFirst("code"));
        });
  }

  @Test
  void aDashboardWithMoreClaimsThanItDrawsCountsThemAllAndChartsOnePairAtATime() {
    app =
        ReviewServer.create(
            settings, db, Clock.fixed(Instant.parse("2024-10-02T10:00:00Z"), ZoneOffset.UTC), 1);
    JavalinTest.test(
        app,
        (server, client) -> {
          Browser b = curator("Ann");
          Document all = Jsoup.parse(b.get("/dashboard").body().string());
          assertTrue(all.select("svg.chart").isEmpty(), "too many to draw");
          assertTrue(all.select("#too-many").text().startsWith("2 claims are too many"));
          Element group = all.selectFirst("#group-1");
          assertTrue(group.select(".consensus").text().startsWith("2 claims (2 pending)"));
          String href = group.select("h2 a").attr("href");
          assertTrue(href.contains("laggard=China&leader=United+States&group=AI"), href);
          Document one = Jsoup.parse(b.get(href).body().string());
          assertEquals(1, one.select("section.group").size());
          assertEquals(1, one.select("svg.chart a.mark").size(), "the newest claim");
          assertTrue(
              one.select("svg.chart a.mark").attr("href").endsWith("claim=" + second),
              one.select("svg.chart").outerHtml());
          assertTrue(one.select(".drawn").text().contains("newest 1 of these 2"));
          assertEquals("/dashboard", one.select("#all-pairs").attr("href"));
        });
  }
}
