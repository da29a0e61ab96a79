package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisation names the alias table does not know ("Waymo", "Korea Hydro & Nuclear Power", "Origin
 * Quantum"): capitalised names that are not a sentence's first word alone, not a weekday, month or
 * title, and not a person introduced as a speaker. They count as actors only where standing
 * language puts them (subject or object of a cue), never as context for another sentence.
 * Stateless.
 */
final class OpenActors {

  private static final Pattern NAME =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}’'-])(\\p{Lu}[\\p{L}\\p{N}&.’'-]*(?:\\s+(?:(?:&|of|for|and)\\s+)?"
              + "\\p{Lu}[\\p{L}\\p{N}&.’'-]*){0,5})");

  /** Capitalised words that are not names, or not organisations. */
  private static final Set<String> NOT_ORGANISATIONS =
      Set.of(
          "The",
          "This",
          "That",
          "These",
          "Those",
          "It",
          "Its",
          "In",
          "On",
          "At",
          "As",
          "A",
          "An",
          "However",
          "Meanwhile",
          "When",
          "While",
          "But",
          "And",
          "If",
          "After",
          "Before",
          "According",
          "Still",
          "Yet",
          "So",
          "Then",
          "Now",
          "Today",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "There",
          "Here",
          "What",
          "Why",
          "How",
          "Where",
          "Despite",
          "Although",
          "Though",
          "With",
          "For",
          "From",
          "By",
          "Their",
          "His",
          "Her",
          "Our",
          "My",
          "We",
          "They",
          "He",
          "She",
          "I",
          "You",
          "Some",
          "Many",
          "Most",
          "Such",
          "Both",
          "Each",
          "Every",
          "Experts",
          "Analysts",
          "Also",
          "Even",
          "Just",
          "Only",
          "Already",
          "Once",
          "Last",
          "Next",
          "Re",
          "Frankly",
          "Honestly",
          "People",
          "Today's",
          "Mr",
          "Ms",
          "Mrs",
          "Dr",
          "Prof",
          "President",
          "Minister",
          "Secretary",
          "General",
          "CEO",
          "AI",
          "EV",
          "EVs",
          "LLM",
          "LLMs",
          "GPU",
          "GPUs",
          "CPU",
          "5G",
          "6G",
          "OLED",
          "LCD",
          "DRAM",
          "NAND",
          "HBM",
          "Pro",
          "Max",
          "Ultra",
          "Plus",
          "Mini",
          "Lite",
          "Trung",
          "Ban",
          "Ông",
          "Bà",
          "Theo",
          "Tuy",
          "Trong",
          "Với",
          "Các",
          "Những",
          "Hiện",
          "Việc",
          "Khi",
          "Sau",
          "Dù",
          "Nhưng",
          "Tại",
          "Về",
          "GS",
          "TS",
          "PGS",
          "ThS");

  private static final Pattern VIETNAMESE_LETTER =
      Pattern.compile(
          "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"
              + "ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]");

  private static final Pattern INSTITUTION =
      Pattern.compile("\\b(?:University|Institute|Academy|College|School|Laboratory|Lab)\\b");

  private static final Set<String> TITLES =
      Set.of(
          "Senator",
          "President",
          "Governor",
          "Minister",
          "Secretary",
          "General",
          "Chairman",
          "Professor",
          "Director",
          "Chancellor",
          "Premier",
          "Admiral",
          "Colonel",
          "Judge",
          "Ambassador",
          "Commissioner",
          "Spokesman",
          "Spokeswoman",
          "Analyst",
          "Researcher");

  private OpenActors() {}

  /** Open actor mentions in a sentence, outside the table's mentions. */
  static List<ActorMention> find(String sentence, List<ActorMention> known) {
    List<ActorMention> out = new ArrayList<>();
    Matcher m = NAME.matcher(sentence);
    int from = 0;
    while (from < sentence.length() && m.find(from)) {
      String name = trim(m.group(1));
      int start = m.start(1);
      int end = start + name.length();
      from = m.end(1);
      Matcher possessive = POSSESSIVE.matcher(name);
      if (possessive.find() && overlaps(known, start, start + possessive.start())) {
        if (ownedByCountry(sentence, known, start, start + possessive.start(), m.end(1))) {
          // "Germany's Rheinmetall", "India's HAL": a firm of that country, even an acronym
          String firm = trim(name.substring(possessive.end()));
          int firmStart = start + possessive.end();
          if (firm.matches("\\p{Lu}{2,5}")
              && !overlaps(known, firmStart, firmStart + firm.length())) {
            out.add(
                new ActorMention(
                    firm,
                    ActorTable.Kind.COMPANY,
                    firmStart,
                    firmStart + firm.length(),
                    firm,
                    false,
                    true));
          } else {
            from = firmStart;
            continue;
          }
        }
        continue;
      }
      Matcher owned = POSSESSIVE.matcher(name);
      if (owned.find() && owned.start() > 0) {
        // "Porsche AG's Taycan Turbo GT": the product stands for its maker
        name = trim(name.substring(0, owned.start()));
        end = start + name.length();
      }
      if (name.isEmpty()
          || overlaps(known, start, end)
          || !looksLikeOrganisation(sentence, name, start, end)) {
        continue;
      }
      ActorTable.Kind kind =
          INSTITUTION.matcher(name).find() ? ActorTable.Kind.INSTITUTION : ActorTable.Kind.COMPANY;
      out.add(new ActorMention(name, kind, start, end, name, false, true));
    }
    return out;
  }

  private static final Pattern POSSESSIVE = Pattern.compile("[’']s\\s+");

  /** What may follow a firm's name; a lower-case noun instead makes it a product ("H3 rocket"). */
  private static final Pattern AFTER_FIRM =
      Pattern.compile(
          "(?s)^(?:\\s*[,.;:)]|\\s*$|\\s+(?:in|on|at|of|for|with|by|from|to|is|are|was|were|has"
              + "|have|had|and|or|but|which|that|who|whose|remains?|still|also|now|already|as"
              + "|than|said|says|trails?|lags?|leads?|beats?|outpaces?|surpass(?:es)?|matches"
              + "|rivals?|overtook|overtakes?)\\b).*");

  /**
   * Whether the name after a country's possessive is a firm of that country ("Germany's Rheinmetall
   * in ..."), rather than a product standing for the country ("Japan's H3 rocket").
   */
  private static boolean ownedByCountry(
      String sentence, List<ActorMention> known, int ownerStart, int ownerEnd, int nameEnd) {
    boolean country =
        known.stream()
            .anyMatch(
                k ->
                    k.start() < ownerEnd
                        && ownerStart < k.end()
                        && k.kind() == ActorTable.Kind.COUNTRY);
    return country && AFTER_FIRM.matcher(sentence.substring(nameEnd)).matches();
  }

  private static String trim(String raw) {
    // "Citadel Securities' new link": a plural's possessive is the bare apostrophe
    return raw.replaceAll("[’']s$|(?<=s)[’']$", "").replaceAll("[.,&-]+$", "").strip();
  }

  private static boolean overlaps(List<ActorMention> known, int start, int end) {
    for (ActorMention k : known) {
      if (k.start() < end && start < k.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Last words that make a multi-word name an organisation: "Boston Dynamics", "Origin Quantum".
   */
  private static final Pattern ORGANISATION_WORD =
      Pattern.compile(
          "(?:Dynamics|Robotics|Quantum|Power|Motors?|Energy|Systems|Technologies|Technology|Tech"
              + "|Networks|Aerospace|Aviation|Airlines|Electronics|Semiconductors?|Labs?|AI|Bio"
              + "|Biotech|Therapeutics|Pharma|Pharmaceuticals?|Group|Holdings|Industries|Corp"
              + "|Corporation|Inc|Ltd|Co|Company|Partners|Capital|Research|Analytics|Software"
              + "|Solutions|Computing|Cloud|Micro|Microelectronics|Devices|Instruments|Materials"
              + "|Chemicals?|Steel|Shipbuilding|Heavy|Automotive|Auto|Cars|Mobility|Space"
              + "|Satellite|Telecom|Communications|Mobile|Games|Studios|Media|Bank|Insurance"
              + "|University|Institute|Academy|College|Laboratory|Agency|Organisation|Organization"
              + "|Foundation|Centre|Center|Council|Ministry|Administration|Nuclear|Electric|Automation"
              + "|Display|Foundry|Logistics|Battery|Batteries|Solar|Medical|Healthcare|Payments"
              + "|Exchange|Airways|Shipping|Steel|Optics|Photonics|Instruments|Securities|Financial|Markets"
              + "|Trading|Investments|Ventures|Bancorp|Motor|Robot|Drones?)");

  /** Sentence-opening words with a possessive that are not firms: "Today's", "Nobody's". */
  private static final Set<String> NOT_OWNERS =
      Set.of(
          "Today",
          "Tomorrow",
          "Yesterday",
          "Nobody",
          "Everyone",
          "Everybody",
          "Someone",
          "Somebody",
          "Nature",
          "Science",
          "Year",
          "Last",
          "Next",
          "One",
          "Each",
          "Either",
          "Neither",
          "Other",
          "Another",
          "World",
          "Industry",
          "Government",
          "Company",
          "Country",
          "Nation");

  /** Words that introduce a news source rather than an actor. */
  private static final Pattern OWNED_BY_PRONOUN =
      Pattern.compile("(?i)\\b(?:its|their|his|her|our)\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,2}$");

  private static final Pattern SOURCE_BEFORE =
      Pattern.compile(
          "(?iu)\\b(?:báo|tờ|trang(?:\\s+tin)?|hãng\\s+tin|hãng\\s+thông\\s+tấn|tạp\\s+chí|theo|according\\s+to"
              + "|told|reported\\s+by"
              + "|cited\\s+by|(?:báo\\s+cáo|số\\s+liệu|dữ\\s+liệu|thống\\s+kê|khảo\\s+sát|nghiên\\s+cứu"
              + "|đánh\\s+giá|phân\\s+tích)(?:\\s+\\S+){0,3}?\\s+(?:của|từ))\\s+$");

  /** Titles before a person's name: "President Barack Obama", "Senator Tom Ridley". */
  private static final Pattern PERSON_TITLE_BEFORE =
      Pattern.compile(
          "(?s).*\\b(?:President|Senator|Governor|Minister|Secretary|General|Chairman|Chairwoman"
              + "|CEO|Professor|Prof|Dr|Mr|Mrs|Ms|King|Queen|Premier|Chancellor|Representative"
              + "|Rep|Sen|Gov|Admiral|Colonel|Judge|Director|Founder|founder|chief|executive"
              + "|analyst|researcher|professor|scientist)\\.?\\s+$");

  private static boolean looksLikeOrganisation(String s, String name, int start, int end) {
    String[] words = name.split("\\s+");
    if (NOT_ORGANISATIONS.contains(words[0]) || words.length > 6 || name.length() < 2) {
      return false;
    }
    if (name.matches("\\p{Lu}{2,4}") || TITLES.contains(words[0])) {
      return false; // short acronyms (LNG, EUV, NATO) and titles are not firms we can trust
    }
    if (PERSON_TITLE_BEFORE.matcher(s.substring(0, start)).matches()) {
      return false;
    }
    if (words.length > 1
        && !ORGANISATION_WORD.matcher(words[words.length - 1]).matches()
        && !isBrandLike(words[0])
        && !isBrandLike(words[words.length - 1])) {
      return false; // two capitalised words are a person's name more often than a firm's
    }
    if (VIETNAMESE_LETTER.matcher(name).find()
        && !words[words.length - 1].matches("(?:SA|AG|Inc|Corp|Ltd|Holding|Holdings|Group)\\.?")) {
      // Vietnamese names are people and places far more often than firms; "Itaú Unibanco Holding
      // SA" is a firm by its legal form
      return false;
    }
    boolean sentenceStart =
        s.substring(0, start).strip().isEmpty()
            || s.substring(0, start)
                .matches("(?s).*(?:[.!?:“\"‘']|\\s[—–-])\\s*$"); // "TOKYO — Trade"
    if (sentenceStart && words.length == 1 && !isBrandLike(name)) {
      // "Honestly", "Frankly": capitalised only because it opens the sentence; but a possessive
      // makes it a name ("Moderna's lead over ...")
      return s.substring(end).matches("(?s)^[’']s\\s.*") && !NOT_OWNERS.contains(name);
    }
    String after = s.substring(end);
    String before = s.substring(0, start);
    if (OWNED_BY_PRONOUN.matcher(before).find()) {
      return false; // "its SU7 Ultra sedan", "their ninth-generation V-NAND": a product of "it"
    }
    if (SOURCE_BEFORE.matcher(before).find()
        || name.matches(".*-(?:based|language|made|owned|born|style|speaking|era|led|backed)")
        || name.matches("\\p{Lu}{1,5}\\d+\\p{L}?|.*[\\s-]\\d+\\p{L}?")
        || after.matches("(?s)^\\s+\\d.*")) { // "Falcon 9": a model number makes it a product
      // "báo Nikkei dẫn lời", "theo SNE Research": a source, not a side; "HBM4", "M4": products
      return false;
    }
    // a person: introduced with an apposition or as a speaker
    if (words.length >= 2
        && !isBrandLike(words[words.length - 1])
        && (after.matches(
                "(?s)^\\s*,\\s*(?:a|an|the|who|chief|head|co-founder|founder|president"
                    + "|director|analyst|professor|researcher|\\p{Ll}+\\s+(?:at|of))\\b.*")
            || after.matches(
                "(?s)^\\s+(?:said|says|told|added|wrote|argued|warned|noted|estimated"
                    + "|believes|thinks|joked|explained)\\b.*")
            || before.matches(
                "(?s).*\\b(?:said|says|told|added|Mr|Ms|Mrs|Dr|Prof|Professor)\\.?\\s+$"))) {
      return false;
    }
    return !after.matches("(?s)^[’']s?\\s+(?:founder|chief|head|president|CEO|boss)\\b.*");
  }

  /** Whether a name reads as an organisation's: a brand-like word, or an organisation word last. */
  static boolean isOrganisationName(String name) {
    String[] words = name.strip().split("\\s+");
    return name.matches("\\p{Lu}.*")
        && !TITLES.contains(words[0])
        && (isBrandLike(words[0])
            || ORGANISATION_WORD.matcher(words[words.length - 1]).matches()
            || (words.length == 1 && words[0].length() > 2));
  }

  /** "OPPO", "ZTE", "DeepSeek", "iFlytek": all capitals or an inner capital. */
  private static boolean isBrandLike(String word) {
    return word.matches("\\p{Lu}{2,}[\\p{Lu}\\p{N}]*") || word.matches("\\p{L}+\\p{Lu}\\p{L}*");
  }
}
