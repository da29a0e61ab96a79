package gapwatch.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Groups a claim's free-text domain under a name from an editable table ({@code
 * config/domains.tsv}, bundled), so "LLMs", "large language models" and "mô hình ngôn ngữ lớn" are
 * reported together. A domain belongs to the group of the longest table name it contains as whole
 * words (case-insensitive); a domain matching none is its own group, lightly normalised. Immutable;
 * thread-safe.
 */
public final class DomainGroups {

  /** The bundled table, a copy of {@code config/domains.tsv}. */
  static final String BUNDLED = "/gapwatch/report/domains.tsv";

  /** The group of claims that name no domain. */
  public static final String UNSPECIFIED = "(unspecified)";

  private record Name(String group, Pattern pattern, int length) {}

  private final List<Name> names;

  private DomainGroups(List<Name> names) {
    this.names = names.stream().sorted(Comparator.comparingInt(Name::length).reversed()).toList();
  }

  /** No groups: every domain is its own. */
  public static DomainGroups none() {
    return new DomainGroups(List.of());
  }

  /** The table bundled with gapwatch (parsed once). */
  public static DomainGroups bundled() {
    return Bundled.TABLE;
  }

  private static final class Bundled {
    static final DomainGroups TABLE = readBundled();
  }

  private static DomainGroups readBundled() {
    try (InputStream in = DomainGroups.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled domain table " + BUNDLED + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table from a file in the format of {@code config/domains.tsv}. */
  public static DomainGroups load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  static DomainGroups parse(String table, String where) {
    List<Name> names = new ArrayList<>();
    int n = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(table))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2 || cols[0].isBlank()) {
          throw new IllegalArgumentException(
              where + " line " + n + ": expected 'group<TAB>name | name ...'");
        }
        for (String name : cols[1].split("\\|")) {
          if (!name.isBlank()) {
            names.add(name(cols[0].strip(), normalize(name)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return new DomainGroups(names);
  }

  private static Name name(String group, String name) {
    Pattern p =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    return new Name(group, p, name.length());
  }

  /** The group a domain belongs to. */
  public String group(@Nullable String domain) {
    if (domain == null || domain.isBlank()) {
      return UNSPECIFIED;
    }
    String d = normalize(domain);
    for (Name n : names) {
      if (n.pattern().matcher(d).find()) {
        return n.group();
      }
    }
    return d;
  }

  static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
