package gapwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gapwatch.article.SiteProfile;
import gapwatch.article.SiteProfile.Locator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Reads site profiles ({@code config/sites/*.yaml}) into {@link SiteProfile} records, checking
 * every selector and path once, so that a broken profile stops the run with a message instead of
 * failing on each page.
 */
final class SiteProfileLoader {

  /** The folder of bundled profiles, relative to the working directory. */
  static final Path DEFAULT_FOLDER = Path.of("config", "sites");

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  // The file's shape. Fields are nullable: absent means "none".

  record FileShape(
      @Nullable String name,
      @Nullable List<String> hosts,
      @Nullable List<LocatorShape> body,
      @Nullable List<LocatorShape> title,
      @Nullable List<LocatorShape> published,
      @Nullable List<LocatorShape> modified,
      @Nullable List<LocatorShape> authors,
      @Nullable List<String> remove) {}

  /** Either {@code css} (with an optional {@code attr}) or {@code script} with {@code path}. */
  record LocatorShape(
      @Nullable String css,
      @Nullable String attr,
      @Nullable String script,
      @Nullable String path) {}

  private SiteProfileLoader() {}

  /** Every {@code *.yaml} profile in the folder, by file name; none when the folder is absent. */
  static List<SiteProfile> loadFolder(Path folder) throws SettingsException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<SiteProfile> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(SiteProfileLoader::isYaml).sorted().toList()) {
        out.add(load(f));
      }
    } catch (IOException e) {
      throw new SettingsException(folder + ": cannot list site profiles: " + e.getMessage(), e);
    }
    return out;
  }

  static SiteProfile load(Path file) throws SettingsException {
    FileShape shape;
    try {
      shape = YAML.readValue(Files.readString(file), FileShape.class);
    } catch (JsonMappingException e) {
      throw new SettingsException(
          file + ": " + SettingsLoader.where(e, file) + SettingsLoader.describe(e), e);
    } catch (JsonProcessingException e) {
      throw new SettingsException(
          file
              + ": not valid YAML"
              + SettingsLoader.line(e.getLocation())
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new SettingsException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (shape == null) {
      throw new SettingsException(file + ": the file is empty; see config/sites/scmp.yaml");
    }
    SettingsLoader.Check check = new SettingsLoader.Check(file);
    if (shape.hosts() == null || shape.hosts().isEmpty()) {
      check.fail("hosts", "name at least one host, e.g. [example.com]");
    }
    List<String> remove = shape.remove() == null ? List.of() : shape.remove();
    for (int i = 0; i < remove.size(); i++) {
      checkSelector(remove.get(i), "remove[" + i + "]", check);
    }
    String name = shape.name() != null ? shape.name() : file.getFileName().toString();
    SiteProfile profile =
        new SiteProfile(
            name,
            shape.hosts() == null || shape.hosts().isEmpty() ? List.of("?") : shape.hosts(),
            locators(shape.body(), "body", check),
            locators(shape.title(), "title", check),
            locators(shape.published(), "published", check),
            locators(shape.modified(), "modified", check),
            locators(shape.authors(), "authors", check),
            remove);
    check.throwIfFailed();
    return profile;
  }

  private static List<Locator> locators(
      @Nullable List<LocatorShape> shapes, String key, SettingsLoader.Check check) {
    List<Locator> out = new ArrayList<>();
    if (shapes == null) {
      return out;
    }
    for (int i = 0; i < shapes.size(); i++) {
      LocatorShape s = shapes.get(i);
      String where = key + "[" + i + "]";
      if (s.css() != null && s.script() == null && s.path() == null) {
        checkSelector(s.css(), where + ".css", check);
        out.add(new SiteProfile.Css(s.css(), s.attr() == null ? "" : s.attr()));
      } else if (s.css() == null && s.attr() == null && s.script() != null && s.path() != null) {
        if (s.script().isBlank() || s.path().isBlank()) {
          check.fail(where, "script and path must not be empty");
        } else {
          out.add(new SiteProfile.Json(s.script(), s.path()));
        }
      } else {
        check.fail(
            where,
            "write either {css: SELECTOR, attr: NAME} (attr optional) or {script: MARKER, path:"
                + " PATH}");
      }
    }
    return out;
  }

  private static void checkSelector(String css, String where, SettingsLoader.Check check) {
    try {
      QueryParser.parse(css);
    } catch (Selector.SelectorParseException e) {
      check.fail(where, "'" + css + "' is not a CSS selector: " + e.getMessage());
    }
  }

  private static boolean isYaml(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }
}
