package gapwatch.review;

import io.javalin.Javalin;
import io.javalin.testtools.FormBody;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.net.CookieManager;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One browser for route tests: its own cookie jar, no automatic redirects, and the CSRF token of
 * the last page it loaded.
 */
final class Browser {

  final HttpClient http;
  private String csrf = "";

  Browser(Javalin app) {
    this.http =
        new HttpClient(
            app,
            java.net.http.HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build());
  }

  Response login(String token) {
    return get("/?token=" + token);
  }

  Response get(String path) {
    Response r = http.get(path);
    Document d = Jsoup.parse(r.body().string());
    d.select("input[name=csrf]").stream().findFirst().ifPresent(e -> csrf = e.attr("value"));
    return r;
  }

  String csrf() {
    return csrf;
  }

  /** Posts a form with this browser's CSRF token (unless the form sets its own). */
  Response post(String path, Map<String, String> form) {
    return post(path, form, b -> {});
  }

  Response post(
      String path, Map<String, String> form, Consumer<io.javalin.testtools.Request.Builder> more) {
    FormBody.Builder body = new FormBody.Builder();
    if (!form.containsKey("csrf")) {
      body.add("csrf", csrf);
    }
    form.forEach(body::add);
    return http.request(
        path,
        b -> {
          b.post(body.build());
          more.accept(b);
        });
  }
}
