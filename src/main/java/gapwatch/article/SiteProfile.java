package gapwatch.article;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where one site keeps its article's parts, used before the generic extractor on that site's pages.
 * Each part is found by the first locator that yields something; a part without locators, or whose
 * locators find nothing, falls back to the generic reading. Immutable.
 *
 * @param name a short name for messages, e.g. the file it was read from
 * @param hosts host names the profile applies to; a host matches itself and its subdomains
 * @param body where the main text is
 * @param title where the headline is
 * @param published where the publication date is
 * @param modified where the modification date is
 * @param authors where the authors' names are (every match counts)
 * @param remove CSS selectors of elements to drop from the body before reading it
 */
public record SiteProfile(
    String name,
    List<String> hosts,
    List<Locator> body,
    List<Locator> title,
    List<Locator> published,
    List<Locator> modified,
    List<Locator> authors,
    List<String> remove) {

  public SiteProfile {
    Objects.requireNonNull(name, "name");
    hosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    body = List.copyOf(body);
    title = List.copyOf(title);
    published = List.copyOf(published);
    modified = List.copyOf(modified);
    authors = List.copyOf(authors);
    remove = List.copyOf(remove);
    if (hosts.isEmpty() || hosts.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("site profile " + name + ": hosts must not be empty");
    }
  }

  /** Whether the profile applies to pages of this host. */
  public boolean appliesTo(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return hosts.stream().anyMatch(p -> h.equals(p) || h.endsWith("." + p));
  }

  /** Where a part of the article is found on a page. */
  public sealed interface Locator {}

  /**
   * The elements a CSS selector matches: their text, or the value of an attribute.
   *
   * @param selector a jsoup CSS selector
   * @param attribute the attribute to read instead of the text, or empty
   */
  public record Css(String selector, String attribute) implements Locator {
    public Css {
      Objects.requireNonNull(selector, "selector");
      Objects.requireNonNull(attribute, "attribute");
    }
  }

  /**
   * A value in a JSON object embedded in a script: the first {@code <script>} whose id is {@code
   * marker}, or whose text contains it, is read as JSON from the first brace after the marker, and
   * {@code path} is followed in it.
   *
   * @param marker the script's id or text that identifies it, e.g. {@code window.__APOLLO_STATE__}
   *     or {@code __NEXT_DATA__}, or {@code application/ld+json} for the page's JSON-LD blocks
   * @param path dot-separated keys; {@code *} matches any one key or array element, {@code **} any
   *     run of them (zero or more)
   */
  public record Json(String marker, String path) implements Locator {
    public Json {
      Objects.requireNonNull(marker, "marker");
      Objects.requireNonNull(path, "path");
      if (path.isBlank()) {
        throw new IllegalArgumentException("a JSON path must not be empty");
      }
    }
  }
}
