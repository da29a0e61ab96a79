package gapwatch.review;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;

/**
 * The HTML templates ({@code gapwatch/review/templates/*.mustache} on the class path). Every {@code
 * {{value}}} is HTML-escaped by Mustache; the templates never use the unescaped forms, so scraped
 * text cannot become markup. Compiled once; thread-safe.
 */
final class Templates {

  private static final MustacheFactory FACTORY =
      new DefaultMustacheFactory("gapwatch/review/templates");

  private Templates() {}

  /** Renders template {@code name} (without extension) with {@code scope}. */
  static String render(String name, Object scope) {
    Mustache m = FACTORY.compile(name + ".mustache");
    StringWriter out = new StringWriter();
    m.execute(out, scope);
    return out.toString();
  }

  /** A bare page with one message, for refusals and errors. */
  static String errorPage(String message) {
    return render("error", Map.of("message", message));
  }
}
