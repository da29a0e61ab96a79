package gapwatch.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gapwatch.article.BlockReader.Block;
import gapwatch.article.SiteProfile.Css;
import gapwatch.article.SiteProfile.Json;
import gapwatch.article.SiteProfile.Locator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads the parts of an article a {@link SiteProfile} locates. Runs on the untouched page, before
 * the generic extractor changes it. Stateless.
 */
final class ProfileReader {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** At most this many values are taken from one locator. */
  private static final int MAX_MATCHES = 50;

  /**
   * What a profile found; empty lists and nulls where it found nothing.
   *
   * @param body the main text's blocks
   * @param title the headline
   * @param published the publication date
   * @param modified the modification date
   * @param authors the people credited
   */
  record Reading(
      List<Block> body,
      @Nullable String title,
      @Nullable ArticleDate published,
      @Nullable ArticleDate modified,
      List<String> authors) {}

  private ProfileReader() {}

  static Reading read(Document doc, SiteProfile profile, boolean monthFirst) {
    return new Reading(
        body(doc, profile),
        first(doc, profile.title()).orElse(null),
        date(doc, profile.published(), monthFirst),
        date(doc, profile.modified(), monthFirst),
        authors(doc, profile.authors()));
  }

  private static List<Block> body(Document doc, SiteProfile profile) {
    for (Locator l : profile.body()) {
      List<Block> blocks =
          l instanceof Css css
              ? cssBody(doc, css, profile.remove())
              : JsonText.blocks(values(doc, (Json) l));
      if (!blocks.isEmpty()) {
        return blocks;
      }
    }
    return List.of();
  }

  private static List<Block> cssBody(Document doc, Css css, List<String> remove) {
    Elements found = doc.select(css.selector());
    if (found.isEmpty()) {
      return List.of();
    }
    List<Element> copies = new ArrayList<>();
    for (Element e : found) {
      Element copy = e.clone();
      PagePruner.removeNeverText(copy);
      remove.forEach(r -> copy.select(r).remove());
      copies.add(copy);
    }
    return BlockReader.read(copies);
  }

  private static Optional<String> first(Document doc, List<Locator> locators) {
    for (Locator l : locators) {
      for (String v : strings(doc, l)) {
        if (!v.isBlank()) {
          return Optional.of(v.strip());
        }
      }
    }
    return Optional.empty();
  }

  private static @Nullable ArticleDate date(
      Document doc, List<Locator> locators, boolean monthFirst) {
    for (Locator l : locators) {
      for (String v : strings(doc, l)) {
        Optional<String> d =
            DateNormalizer.normalize(v).or(() -> DateNormalizer.fromText(v, monthFirst));
        if (d.isPresent()) {
          return new ArticleDate(d.get(), "site-profile");
        }
      }
    }
    return null;
  }

  private static List<String> authors(Document doc, List<Locator> locators) {
    Set<String> names = new LinkedHashSet<>();
    for (Locator l : locators) {
      strings(doc, l).forEach(v -> Bylines.addAll(v, names));
      if (!names.isEmpty()) {
        break;
      }
    }
    return new ArrayList<>(names);
  }

  /** The text values a locator finds. */
  private static List<String> strings(Document doc, Locator l) {
    List<String> out = new ArrayList<>();
    if (l instanceof Css css) {
      for (Element e : doc.select(css.selector())) {
        out.add(css.attribute().isEmpty() ? e.text() : e.attr(css.attribute()));
        if (out.size() >= MAX_MATCHES) {
          break;
        }
      }
    } else if (l instanceof Json json) {
      for (JsonNode n : values(doc, json)) {
        if (n.isValueNode()) {
          out.add(n.asText());
        } else if (n.has("name")) {
          out.add(n.get("name").asText());
        }
      }
    }
    return out;
  }

  /** The nodes a JSON locator's path reaches in the first script carrying its marker. */
  private static List<JsonNode> values(Document doc, Json json) {
    boolean ld = json.marker().equalsIgnoreCase("application/ld+json");
    for (Element script : doc.getElementsByTag("script")) {
      String data = script.data();
      boolean byId = script.id().equals(json.marker());
      boolean matches =
          ld
              ? script.attr("type").equalsIgnoreCase("application/ld+json")
              : byId || data.contains(json.marker());
      if (!matches) {
        continue;
      }
      JsonNode root = parse(ld || byId ? data : data.substring(data.indexOf(json.marker())));
      if (root != null) {
        List<JsonNode> found = JsonPath.find(root, json.path(), MAX_MATCHES);
        if (!found.isEmpty() || !ld) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** The JSON value starting at the first brace or bracket of a script's text. */
  private static @Nullable JsonNode parse(String text) {
    int brace = text.indexOf('{');
    int bracket = text.indexOf('[');
    int start = brace < 0 ? bracket : bracket < 0 ? brace : Math.min(brace, bracket);
    if (start < 0) {
      return null;
    }
    try {
      return JSON.readTree(text.substring(start));
    } catch (JacksonException e) {
      return null;
    }
  }
}
