package gapwatch.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gapwatch.crawl.CrawlSettings;
import gapwatch.crawl.Source;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a YAML configuration file into {@link Settings}, checking every value once. Errors name the
 * file, the key and the problem, with the line where the parser knows it.
 */
final class SettingsLoader {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** Defaults for per-source options. */
  static final int DEFAULT_MAX_ITEMS = 100;

  static final Duration DEFAULT_MAX_AGE = Duration.ofDays(30);

  // The file's shape. Fields are nullable: absent means "use the default".

  record FileShape(
      @Nullable String database,
      @Nullable CrawlShape crawl,
      @Nullable ClaimsShape claims,
      @Nullable List<SourceShape> sources) {}

  record CrawlShape(
      @Nullable String userAgent,
      @Nullable String perHostDelay,
      @Nullable String maxCrawlDelay,
      @Nullable String connectTimeout,
      @Nullable String readTimeout,
      @Nullable String responseTimeout,
      @Nullable String maxBodyBytes,
      @Nullable Integer maxRedirects,
      @Nullable Integer maxAttempts,
      @Nullable Integer hostErrorBudget,
      @Nullable String maxRetryAfter,
      @Nullable Integer concurrency,
      @Nullable String backoffBase,
      @Nullable String extractionTimeout,
      @Nullable String maxRunTime) {}

  record ClaimsShape(@Nullable String actors) {}

  record SourceShape(
      @Nullable String name,
      @Nullable String url,
      @Nullable Boolean enabled,
      @Nullable Integer maxItems,
      @Nullable String maxAge,
      @Nullable List<String> allowedHosts,
      @JsonProperty("allowPrivateAddresses") @Nullable Boolean allowPrivateAddresses,
      @Nullable List<Integer> allowedPorts) {}

  private SettingsLoader() {}

  /**
   * Loads and validates {@code file}.
   *
   * @param placeholders values for {@code {name}} placeholders in source URLs (the demo's {@code
   *     {corpus}})
   */
  static Settings load(Path file, Map<String, String> placeholders) throws SettingsException {
    FileShape shape;
    try {
      shape = YAML.readValue(Files.readString(file), FileShape.class);
    } catch (NoSuchFileException e) {
      throw new SettingsException(file + ": no such file; pass --config with an existing file");
    } catch (JsonMappingException e) {
      throw new SettingsException(file + ": " + where(e, file) + describe(e), e);
    } catch (JsonProcessingException e) {
      throw new SettingsException(
          file + ": not valid YAML" + line(e.getLocation()) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SettingsException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (shape == null) {
      throw new SettingsException(file + ": the file is empty; see config/gapwatch.yaml");
    }
    Check check = new Check(file);
    Path base = file.toAbsolutePath().getParent();
    Path db = shape.database() == null ? Settings.DEFAULT_DATABASE : Path.of(shape.database());
    CrawlSettings crawl = crawl(shape.crawl(), check);
    List<Source> sources = sources(shape.sources(), placeholders, check);
    Path actors = null;
    if (shape.claims() != null && shape.claims().actors() != null) {
      actors = resolve(base, shape.claims().actors());
      if (!Files.isRegularFile(actors)) {
        check.fail("claims.actors", "no such file: " + actors);
      }
    }
    check.throwIfFailed();
    return new Settings(file, db, crawl, sources, actors);
  }

  private static Path resolve(@Nullable Path base, String path) {
    Path p = Path.of(path);
    if (p.isAbsolute() || Files.exists(p) || base == null) {
      return p;
    }
    Path beside = base.resolve(p);
    return Files.exists(beside) ? beside : p;
  }

  private static CrawlSettings crawl(@Nullable CrawlShape c, Check check) {
    CrawlSettings d = CrawlSettings.DEFAULTS;
    if (c == null) {
      return d;
    }
    try {
      return new CrawlSettings(
          c.userAgent() == null ? d.userAgent() : c.userAgent(),
          duration(c.perHostDelay(), d.perHostDelay(), "crawl.perHostDelay", check),
          duration(c.maxCrawlDelay(), d.maxCrawlDelay(), "crawl.maxCrawlDelay", check),
          duration(c.connectTimeout(), d.connectTimeout(), "crawl.connectTimeout", check),
          duration(c.readTimeout(), d.readTimeout(), "crawl.readTimeout", check),
          duration(c.responseTimeout(), d.responseTimeout(), "crawl.responseTimeout", check),
          bytes(c.maxBodyBytes(), d.maxBodyBytes(), "crawl.maxBodyBytes", check),
          c.maxRedirects() == null ? d.maxRedirects() : c.maxRedirects(),
          c.maxAttempts() == null ? d.maxAttempts() : c.maxAttempts(),
          c.hostErrorBudget() == null ? d.hostErrorBudget() : c.hostErrorBudget(),
          duration(c.maxRetryAfter(), d.maxRetryAfter(), "crawl.maxRetryAfter", check),
          c.concurrency() == null ? d.concurrency() : c.concurrency(),
          duration(c.backoffBase(), d.backoffBase(), "crawl.backoffBase", check),
          duration(c.extractionTimeout(), d.extractionTimeout(), "crawl.extractionTimeout", check),
          duration(c.maxRunTime(), d.maxRunTime(), "crawl.maxRunTime", check));
    } catch (IllegalArgumentException e) {
      check.fail("crawl", e.getMessage());
      return d;
    }
  }

  private static List<Source> sources(
      @Nullable List<SourceShape> shapes, Map<String, String> placeholders, Check check) {
    List<Source> out = new ArrayList<>();
    if (shapes == null || shapes.isEmpty()) {
      check.fail("sources", "no sources configured; add at least one feed");
      return out;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < shapes.size(); i++) {
      SourceShape s = shapes.get(i);
      String key = "sources[" + i + "]";
      if (s == null) {
        check.fail(key, "empty entry");
        continue;
      }
      if (s.name() == null || s.name().isBlank()) {
        check.fail(key + ".name", "missing; every source needs a short unique name");
        continue;
      }
      key = "sources[" + i + "] (" + s.name() + ")";
      if (!names.add(s.name())) {
        check.fail(key + ".name", "duplicate name '" + s.name() + "'");
      }
      URI url = url(s.url(), placeholders, key + ".url", check);
      if (url == null) {
        continue;
      }
      try {
        out.add(
            new Source(
                s.name(),
                url,
                s.enabled() == null || s.enabled(),
                s.maxItems() == null ? DEFAULT_MAX_ITEMS : s.maxItems(),
                duration(s.maxAge(), DEFAULT_MAX_AGE, key + ".maxAge", check),
                s.allowedHosts() == null ? List.of() : s.allowedHosts(),
                s.allowPrivateAddresses() != null && s.allowPrivateAddresses(),
                s.allowedPorts() == null ? List.of() : s.allowedPorts()));
      } catch (IllegalArgumentException e) {
        check.fail(key, e.getMessage());
      }
    }
    return out;
  }

  private static @Nullable URI url(
      @Nullable String raw, Map<String, String> placeholders, String key, Check check) {
    if (raw == null || raw.isBlank()) {
      check.fail(key, "missing; give the feed's http(s) address");
      return null;
    }
    String url = raw.strip();
    for (Map.Entry<String, String> p : placeholders.entrySet()) {
      url = url.replace("{" + p.getKey() + "}", p.getValue());
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        check.fail(key, "'" + raw + "' is not an http(s) URL");
        return null;
      }
      return uri;
    } catch (URISyntaxException e) {
      check.fail(key, "'" + raw + "' is not a URL: " + e.getReason());
      return null;
    }
  }

  private static final Pattern DURATION =
      Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h|d)\\s*$");

  static Duration duration(@Nullable String raw, Duration dflt, String key, Check check) {
    if (raw == null) {
      return dflt;
    }
    Matcher m = DURATION.matcher(raw);
    if (!m.matches()) {
      check.fail(key, "'" + raw + "' is not a duration; write e.g. 500ms, 5s, 10m, 2h or 7d");
      return dflt;
    }
    double v = Double.parseDouble(m.group(1));
    long millis =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "ms" -> (long) v;
          case "s" -> (long) (v * 1000);
          case "m", "min" -> (long) (v * 60_000);
          case "h" -> (long) (v * 3_600_000);
          default -> (long) (v * 86_400_000);
        };
    return Duration.ofMillis(millis);
  }

  private static final Pattern BYTES =
      Pattern.compile("(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*(b|kb|kib|mb|mib|gb|gib)?\\s*$");

  static long bytes(@Nullable String raw, long dflt, String key, Check check) {
    if (raw == null) {
      return dflt;
    }
    Matcher m = BYTES.matcher(raw);
    if (!m.matches()) {
      check.fail(key, "'" + raw + "' is not a size; write e.g. 512KiB or 5MB");
      return dflt;
    }
    double v = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    long factor =
        switch (unit) {
          case "kb" -> 1000L;
          case "kib" -> 1024L;
          case "mb" -> 1000_000L;
          case "mib" -> 1024L * 1024;
          case "gb" -> 1000_000_000L;
          case "gib" -> 1024L * 1024 * 1024;
          default -> 1L;
        };
    return (long) (v * factor);
  }

  static String where(JsonMappingException e, Path file) {
    StringBuilder key = new StringBuilder();
    String last = null;
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        key.append(key.length() == 0 ? "" : ".").append(r.getFieldName());
        last = r.getFieldName();
      } else if (r.getIndex() >= 0) {
        key.append('[').append(r.getIndex()).append(']');
      }
    }
    if (key.length() == 0) {
      return "";
    }
    // Jackson buffers record properties, so its location points past the value; find the key.
    return key + lineOf(file, last) + ": ";
  }

  private static String lineOf(Path file, @Nullable String key) {
    if (key == null) {
      return "";
    }
    try {
      List<String> lines = Files.readAllLines(file);
      Pattern p = Pattern.compile("^\\s*(?:-\\s+)?" + Pattern.quote(key) + "\\s*:");
      for (int i = 0; i < lines.size(); i++) {
        if (p.matcher(lines.get(i)).find()) {
          return " (line " + (i + 1) + ")";
        }
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }

  static String describe(JsonMappingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      return "unknown key '" + u.getPropertyName() + "'; known keys: " + u.getKnownPropertyIds();
    }
    return e.getOriginalMessage().replaceAll("\\s*\\(for .*?\\)", "");
  }

  static String line(@Nullable JsonLocation loc) {
    return loc == null || loc.getLineNr() < 1 ? "" : " (line " + loc.getLineNr() + ")";
  }

  /** Collects every problem, so one run reports them all. */
  static final class Check {
    private final Path file;
    private final List<String> problems = new ArrayList<>();

    Check(Path file) {
      this.file = file;
    }

    void fail(String key, @Nullable String problem) {
      problems.add(file + ": " + key + ": " + problem);
    }

    void throwIfFailed() throws SettingsException {
      if (!problems.isEmpty()) {
        throw new SettingsException(String.join("\n", problems));
      }
    }
  }
}
