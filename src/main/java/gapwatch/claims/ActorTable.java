package gapwatch.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The alias table: canonical actor names and the names texts use for them, in English and
 * Vietnamese ("US", "U.S.", "America", "Mỹ" → United States). Loaded once from the bundled {@code
 * actors.tsv} or a user's edited copy; immutable and thread-safe.
 */
public final class ActorTable {

  /** The bundled table, a copy of {@code config/actors.tsv}. */
  public static final String BUNDLED = "/gapwatch/claims/actors.tsv";

  /** What an actor is. */
  public enum Kind {
    COUNTRY,
    BLOC,
    REGION,
    COMPANY,
    INSTITUTION,
    /** A product, weapon or agency standing for its owner. */
    PRODUCT
  }

  /** One alias and the actor it names; a demonym is an adjective form ("Chinese"). */
  record Entry(String alias, String canonical, Kind kind, boolean demonym) {}

  private final Map<String, Entry> byAlias;
  private final Map<String, Kind> kinds;
  private final Pattern pattern;

  private ActorTable(List<Entry> entries) {
    this.byAlias = new LinkedHashMap<>();
    this.kinds = new HashMap<>();
    for (Entry e : entries) {
      byAlias.putIfAbsent(e.alias(), e);
      if (e.kind() != Kind.PRODUCT) {
        kinds.putIfAbsent(e.canonical(), e.kind());
      }
    }
    // Longest alias first, so "South Korea" wins over "Korea"; whole words only, possessive ok.
    String alternation =
        byAlias.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    this.pattern =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])("
                + alternation
                + ")(?![\\p{L}\\p{N}_]|-(?!(?:made|built|developed|designed|produced|manufactured"
                + "|owned|backed)\\b)\\p{L})");
  }

  /** The table bundled with gapwatch. */
  public static ActorTable bundled() {
    try (InputStream in = ActorTable.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled actor table " + BUNDLED + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table read from a file in the {@code actors.tsv} format. */
  public static ActorTable load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  static ActorTable parse(String tsv, String where) {
    List<Entry> entries = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 3 && cols.length != 4) {
          throw new IllegalArgumentException(
              where
                  + ":"
                  + lineNo
                  + ": expected 3 or 4 tab-separated columns (canonical, kind,"
                  + " names, demonyms), found "
                  + cols.length);
        }
        String kindColumn = cols[1].strip();
        Kind kind = kind(kindColumn, where, lineNo);
        // a product stands for its owner: "owner:SpaceX" names the canonical actor
        String canonical =
            kind == Kind.PRODUCT
                ? kindColumn.substring("owner:".length()).strip()
                : cols[0].strip();
        addAll(entries, cols[2], canonical, kind, false);
        if (cols.length == 4) {
          addAll(entries, cols[3], canonical, kind, true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ActorTable(entries);
  }

  private static void addAll(
      List<Entry> entries, String list, String canonical, Kind kind, boolean demonym) {
    for (String alias : list.split("\\|")) {
      String a = alias.strip();
      if (!a.isEmpty()) {
        entries.add(new Entry(a, canonical, kind, demonym));
        if (a.startsWith("the ")) {
          // "the West" also opens a sentence as "The West"
          entries.add(new Entry("T" + a.substring(1), canonical, kind, demonym));
        }
      }
    }
  }

  private static Kind kind(String raw, String where, int lineNo) {
    if (raw.startsWith("owner:")) {
      return Kind.PRODUCT;
    }
    try {
      return Kind.valueOf(raw.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where
              + ":"
              + lineNo
              + ": unknown kind '"
              + raw
              + "'; use country, bloc, region,"
              + " company, institution or owner:<Canonical>",
          e);
    }
  }

  /**
   * Capitalised name words after an alias make it part of a longer name: two of them ("Seoul
   * National University", "China First Capital"), or one organisation word ("Washington Post").
   */
  private static final Pattern NAME_WORDS_AFTER =
      Pattern.compile(
          "^\\s+(?:\\p{Lu}\\p{Ll}+\\s+(?:(?:&|and|of)\\s+)?\\p{Lu}[\\p{Ll}\\p{Lu}]|\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*\\b|(?:Post|Times|Journal|Daily|News|University"
              + "|Institute|Association|Capital|Securities|Group|Holdings|Bank|Telecom|Mobile"
              + "|Unicom|Airlines|Airways|Council|Commission|Ministry|Academy|Center|Centre"
              + "|Foundation|Society|Federation|Herald|Tribune|Review|Display|Exchange|Airport|Port"
              + "|Shipping|Steel|Power|Energy|Electric|Semiconductor|Automation)\\b)");

  /**
   * Descriptors and legal forms after a firm's usual name: "Toyota Motor Corp", "Sony Group Corp.",
   * "Apple Inc. and Samsung Electronics Co." — the firm, not a longer name; the mention spans them,
   * so two firms coordinated in formal style are joined by "and" alone.
   */
  private static final Pattern FORMAL_TAIL =
      Pattern.compile(
          "(?:\\s+"
              + CompanyName.DESCRIPTORS
              + "){0,2}(?:,?\\s+"
              + CompanyName.LEGAL_FORMS
              + "\\b\\.?)+");

  /** A capitalised word right before, not a preposition or compass point: "Nikkei Asia". */
  private static final Pattern NAME_WORD_JUST_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}-])(?!(?:In|At|On|For|From|Across|Throughout|But|And|The|Of|To|By|With|Within"
              + "|Outside|Inside|Over|Under|Across|All|East|West|North|South|Central|Southeast|Northeast"
              + "|Southwest|Northwest|Eastern|Western|Northern|Southern|Emerging|Developing|Rest|While"
              + "|Elsewhere|Beyond|Unlike|Like|Than)\\s)\\p{Lu}[\\p{L}-]+\\s$");

  /** "Bank of China", "University of Tokyo": the alias ends an organisation's name. */
  private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+(?:of|for)\\s+$");

  /**
   * "Đại học RMIT Việt Nam", "Viện Khoa học và Công nghệ Việt Nam": a Vietnamese organisation's
   * name, its words capitalised (each maybe with one lower-case syllable), ends with the alias.
   */
  private static final Pattern VIETNAMESE_NAME_BEFORE =
      Pattern.compile(
          "(?u)(?:Đại\\s+học|Trường|Viện|Học\\s+viện|Công\\s+ty|Tập\\s+đoàn|Ngân\\s+hàng|Hiệp\\s+hội"
              + "|Trung\\s+tâm|Tổng\\s+cục|Cục|Liên\\s+đoàn|Quỹ|Bộ)(?:\\s+\\p{Lu}[\\p{L}\\p{N}&-]*"
              + "(?:\\s+(?!(?:của|do|và|tại|ở|với|so|hơn|sau|trước|đã|đang|vẫn)\\b)\\p{Ll}+)?|\\s+và)*\\s+$");

  /** All actor mentions in {@code text}, left to right, longest match first. */
  List<ActorMention> find(String text) {
    List<ActorMention> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    boolean headline = ClaimExtractor.isHeadline(text);
    while (m.find()) {
      Entry e = byAlias.get(m.group(1));
      int end = m.end(1);
      Matcher formal =
          e != null && e.kind() == Kind.COMPANY
              ? FORMAL_TAIL.matcher(text).region(end, text.length())
              : null;
      if (formal != null && formal.lookingAt()) {
        end = formal.end(); // "Toyota Motor Corp": the firm under its formal name
      } else if (e != null
          && !e.demonym()
          && e.kind() != Kind.PRODUCT
          && !headline
          && !(e.kind() == Kind.COMPANY && firmHeadBefore(text, m.start(1)))
          && insideLongerName(text, m.start(1), m.end(1))) {
        continue;
      }
      if (e != null
          && e.kind() == Kind.REGION
          && NAME_WORD_JUST_BEFORE.matcher(text).region(0, m.start(1)).find()) {
        continue; // "Nikkei Asia", "Radio Free Asia": a region word inside another name
      }
      if (e != null
          && e.kind() == Kind.COUNTRY
          && text.substring(0, m.start(1)).matches("(?s).*\\b(?:South|North|Latin|Central)\\s+$")) {
        // "South America's largest exporter": a continent, not the United States; a country
        // whose name starts so ("South Korea") is matched whole, as the longer alias
        continue;
      }
      if (e != null
          && APOSTROPHE_JOINED.matcher(text).region(m.end(1), text.length()).lookingAt()) {
        continue; // "Dell'Oro", "O'Neill": the alias is part of a longer name
      }
      if (e != null
          && m.group(1).equals("Việt")
          && !VIETNAMESE_FIRMS_BEFORE
              .matcher(text.substring(Math.max(0, m.start(1) - 30), m.start(1)))
              .find()) {
        continue; // "tiếng Việt" is the language; "doanh nghiệp Việt" are Vietnam's firms
      }
      if (e != null
          && SYLLABLE_COUNTRIES.contains(m.group(1))
          && partOfPersonName(text, m.start(1), m.end(1))) {
        continue;
      }
      if (e != null) {
        out.add(
            new ActorMention(
                e.canonical(),
                e.kind(),
                m.start(1),
                end,
                text.substring(m.start(1), end),
                e.demonym()));
      }
    }
    return out;
  }

  /**
   * Country names of one Vietnamese syllable that are also given names: "ông Trần Minh Đức", "Hoàng
   * Anh" are people. Next to another capitalised word they are part of a person's name.
   */
  private static final Set<String> SYLLABLE_COUNTRIES =
      Set.of("Đức", "Nga", "Pháp", "Anh", "Úc", "Ý", "Việt");

  /** "Dell'Oro": an apostrophe joining another word, not a possessive "'s". */
  private static final Pattern APOSTROPHE_JOINED = Pattern.compile("[’'](?!s\\b)\\p{L}");

  private static final Pattern VIETNAMESE_FIRMS_BEFORE =
      Pattern.compile(
          "(?iu)(?:doanh\\s+nghiệp|hãng|công\\s+ty|startup|thương\\s+hiệu|nhà\\s+sản\\s+xuất"
              + "|ngân\\s+hàng|kỹ\\s+sư|nhà\\s+mạng|ví|xe|hàng|sản\\s+phẩm|chip)\\s+$");

  private static boolean partOfPersonName(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 20), start);
    String after = text.substring(end, Math.min(text.length(), end + 20));
    return before.matches("(?su).*\\p{Lu}\\p{L}*\\s+$") || after.matches("(?su)^\\s+\\p{Lu}.*");
  }

  private static boolean insideLongerName(String text, int start, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 40));
    if (NAME_WORDS_AFTER.matcher(after).find()) {
      return true;
    }
    String before = text.substring(Math.max(0, start - 30), start);
    return NAME_BEFORE.matcher(before).find()
        || vietnameseNameBefore(text.substring(Math.max(0, start - 80), start));
  }

  /** "Tập đoàn FPT", "Công ty Viettel": the firm itself under its kind's name. */
  private static boolean firmHeadBefore(String text, int start) {
    return FIRM_HEAD_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
  }

  private static final Pattern FIRM_HEAD_BEFORE =
      Pattern.compile("(?iu)(?:^|\\s)(?:tập\\s+đoàn|(?:tổng\\s+)?công\\s+ty|hãng)\\s+$");

  /** Every Vietnamese organisation head carries a diacritic: plain ASCII needs no regex. */
  private static boolean vietnameseNameBefore(String before) {
    return !before.chars().allMatch(c -> c < 128) && VIETNAMESE_NAME_BEFORE.matcher(before).find();
  }

  /** The canonical name for an alias, if the table knows it. */
  public Optional<String> canonical(String alias) {
    Entry e = byAlias.get(alias.strip());
    return e == null ? Optional.empty() : Optional.of(e.canonical());
  }

  /**
   * Whether {@code alias} names something that stands for an actor without being it: a product, a
   * weapon or a national agency ("NASA" stands for the United States and may itself speak).
   */
  boolean standsFor(String alias) {
    Entry e = byAlias.get(alias.strip());
    return e != null && e.kind() == Kind.PRODUCT;
  }

  /** The kind of a canonical actor, if known. */
  Optional<Kind> kindOf(String canonical) {
    return Optional.ofNullable(kinds.get(canonical));
  }
}
