package gapwatch.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the domain a claim is about, as the text puts it: "in text-generating large language
 * models", "when it comes to LLMs", "in terms of bulk carriers", "trong lĩnh vực ...". Lightly
 * normalised: the leading preposition and article go, the phrase stops at the clause's end.
 */
final class DomainFinder {

  private static final String STOP =
      // a full stop ends the phrase, but not the ones inside "U.S. foreign direct investment"
      "(?=\\s*(?:[,;:?!()\\[\\]“”\"]|\\.(?!(?-i:\\p{Lu})\\.|\\s*(?-i:\\p{Ll}))|\\s—|\\s–|$)|\\s+(?:and\\s+(?:warned|said|now|still|also|then"
          + "|added|noted|argued|told"
          + "|urged|called|may|will|is|are|has|have|could"
          + "|would|the|a|it|its|that)|as|because|due|while|but|which|who|that|said|says|told|added|wrote|argued|warned"
          + "|(?:run|conducted|carried\\s+out|performed|published|compiled|released|issued|prepared"
          + "|produced)\\s+by"
          + "|believes?|thinks?|expects?|reckons?|fears?|say"
          + "|according|than|since|after|when|although|though|where|despite|thanks|(?:by|at|to)\\s+"
          + "(?:about|around|roughly|\\d|one|two|three|four|five|six|a)|compared|over|to\\s+\\w+\\s+(?:in"
          + "|with)|is|are|was|were|has|have|had|will|would|could|can|should|might|may|if|so"
          + "|even|yet|now|still|anymore|any\\s+longer|every\\s+(?:year|month|quarter|week)|for\\s+(?:years|decades|now|the|a\\s+(?:second|third|fourth|fifth|sixth|seventh|\\w+\\s+(?:straight"
          + "|consecutive|successive)))|until|before"
          + "|ahead|behind|we|they|it|he"
          + "|(?:last|this|next)\\s+(?:year|month|week|quarter|decade|spring|summer|autumn|winter)"
          + "|within|any\\s*time\\s+soon|(?:in|around|by|from)\\s+(?:19|20)\\d\\d"
          + "|in\\s+the\\s+(?:first|second|third|fourth|final|last|past|latest|previous)\\s+(?:quarter|half|year"
          + "|month|week|(?:two|three|six|nine|few)\\s+(?:months|weeks|years))|(?:in|since|by|until|from)\\s+(?:January|February|March|April|May|June|July|August"
          + "|September|October|November|December)\\b|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
          + "|she|i|you)\\b)";

  private static final Pattern ENGLISH =
      Pattern.compile(
          // "(?<![\\w-])": not the "in" of "plug-in hybrids"
          "(?iu)(?<![\\w-])(?:when\\s+it\\s+comes\\s+to|in\\s+terms\\s+of|in\\s+the\\s+(?:field|area|realm"
              + "|domain|sector|race|arena)\\s+of|in\\s+(?:the\\s+)?(?:area|field)\\s+of|with"
              + "\\s+regard\\s+to|regarding|on|in"
              // "for inference workloads", "at the 2-nanometre node"
              + "|for(?=\\s+(?:[\\w-]+\\s+){0,2}(?:inference|training|workloads?|tasks?)\\b)"
              + "|at(?=\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}(?:node|nodes|edge|end)\\b))\\s+(.{2,90}?)"
              + STOP);

  private static final Pattern VIETNAMESE =
      Pattern.compile(
          "(?iu)(?:trong\\s+(?:lĩnh\\s+vực|ngành|việc|cuộc\\s+đua|mảng)|về(?:\\s+(?:lĩnh\\s+vực"
              + "|mảng))?|ở\\s+(?:lĩnh\\s+vực|mảng)|trong|ở\\s+các"
              // "ở phân khúc tàu chở khí hóa lỏng", "trên thị trường smartphone Việt Nam"
              + "|ở(?=\\s+(?:phân\\s+khúc|khâu|dòng|hạng\\s+mục|tiến\\s+trình|chỉ\\s+số)\\s)"
              + "|trên(?=\\s+(?:thị\\s+trường|(?:các\\s+|nhiều\\s+)?bài|tiến\\s+trình|phân\\s+khúc)\\s)"
              + "|tại(?=\\s+thị\\s+trường\\s))\\s+(.{2,90}?)(?=\\s*(?:[,;:.?!"
              + "“”\"]|$)|\\s+(?:với|so\\s+với|khi|nhưng|là|đạt|lên|xuống|chậm|kém|thua|tụt|đi\\s+sau|và\\s+(?:có|là|đã|sẽ|nay|hiện|giờ|vẫn|đang|gần|cũng|còn|chỉ|được|bị)|vì|do|nhờ|mà"
              + "|trong\\s+khi|hiện|vẫn|đang|được|vào|(?-i:còn|chỉ(?!\\s+số)|đã|sẽ|cũng|sau|trước)|tính\\s+đến|kể\\s+từ|trong\\s+(?:quý|năm|tháng"
              + "|tuần|giai\\s+đoạn|nửa|thập\\s+kỷ|thập\\s+niên|vài|những\\s+năm|thời\\s+gian)|năm\\s+\\d{4})\\b)");

  private static final Pattern MEDIUM =
      Pattern.compile(
          "(?iu)(?:(?:any|every|some|many|all|most|this|that)\\s+(?:respects?|ways?|sense)"
              + "|(?:his|her|their|its|my|our|the)\\s+(?:view|opinion|estimation|assessment|words"
              + "|judge?ment|eyes)"
              + "|(?:[\\w-]+\\s+){0,2}(?:blog|post|interview|note|statement|speech|podcast|op-ed"
              + "|letter|e-?mail|briefing|press\\s+conference|press\\s+release|report|study|paper"
              + "|article|tweet|column|presentation|keynote|conversation|remarks|comments|(?<!patent\\s)filing"
              + "|memo|prospectus|newsletter|broadcast|testimony|hearing|webinar|documentary|essay|survey"
              + "|poll|ranking|league\\s+table|assessment|analysis|review|forecast|lecture|talk|panel\\s+discussion"
              + "|conference|summit|forum|event|seminar|session|address|exhibition|expo|show)s?"
              + "(?:\\s+(?:to|with|on|at|by|in|from|for|last|this|published|released)\\b.*)?)");

  /** "its latest quarter", "a monthly update", "cuộc phỏng vấn": when or where, not about what. */
  private static final Pattern PERIODIC =
      Pattern.compile(
          "(?iu)(?:(?:latest|first|second|third|fourth|final|previous|coming|monthly|weekly|annual"
              + "|quarterly|recent|last|new)\\s+(?:quarter|update|edition|round|results?)\\b"
              + "|(?:cuộc|bài|buổi)\\s+(?:phỏng\\s+vấn|trả\\s+lời|họp\\s+báo|nói\\s+chuyện|viết)"
              + "|(?:hội\\s+thảo|hội\\s+nghị|diễn\\s+đàn|thông\\s+cáo|báo\\s+cáo|tọa\\s+đàm)\\b)");

  /** Where the attribution of a claim begins: what follows says who, not what about. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "(?i),\\s*(?:said|says|told|wrote|added|argued|noted|warned)\\s+(?-i:\\p{Lu})");

  /** A Vietnamese phrase holding a verb of saying or judging: a speaker's words, not a field. */
  static final String SAYING =
      "(?iu)(?:.*\\s)?(?:nhận\\s+định|cho\\s+biết|cho\\s+rằng|cho\\s+là|thừa\\s+nhận|khẳng\\s+định"
          + "|chia\\s+sẻ|đánh\\s+giá)(?:\\s.*)?";

  /**
   * Where a clause that only comments on the claim begins: its source ("according to", "X said
   * after tearing down ..."), its circumstances ("even after", "as its shares jumped") or an
   * apposition on it ("a milestone for ...").
   */
  private static final Pattern TRAILING_CLAUSE =
      Pattern.compile(
          "(?i),\\s*(?:according\\s+to|after|as|with|even|which|who|whose|while|citing|speaking|having"
              + "|despite|though|although|giving|leaving|making|closing|saying|adding|thanks\\s+to"
              + "|a\\s+(?:milestone|margin|feat|move|sign|rare|first|position|step|gap|lead)"
              + "|(?-i:\\p{Lu}[\\p{L}.&’'-]*)(?:\\s+(?-i:\\p{Lu})[\\p{L}.&’'-]*){0,3}\\s+(?:said|says|told|wrote"
              + "|added|estimated|estimates|reported|found|finds|noted|showed|shows))\\b"
              + "|\\s(?:according\\s+to|citing)\\s");

  private DomainFinder() {}

  /** "nhận định hạ tầng điện toán đám mây": the judged thing follows the verb of judging. */
  static String withoutSaying(String phrase) {
    return phrase.replaceFirst(
        "(?iu)^(?:nhận\\s+định|cho\\s+rằng|cho\\s+biết|khẳng\\s+định|thừa\\s+nhận)\\s+", "");
  }

  /** Whether {@code phrase} names where something was said ("its annual report"), not a field. */
  static boolean isMedium(String phrase) {
    return MEDIUM.matcher(phrase).matches() || PERIODIC.matcher(phrase).lookingAt();
  }

  /** The first domain phrase starting within [{@code from}, {@code to}) of the sentence. */
  static @Nullable String after(String sentence, int from, int to, String lang) {
    Pattern p = lang.equals("vi") ? VIETNAMESE : ENGLISH;
    int end = Math.max(0, Math.min(to, sentence.length()));
    Matcher attribution =
        ATTRIBUTION.matcher(sentence).region(Math.max(0, Math.min(from, end)), end);
    if (attribution.find()) {
      end = attribution.start(); // "..., said X, a physicist who was not involved in the work"
    }
    Matcher trailing =
        TRAILING_CLAUSE.matcher(sentence).region(Math.max(0, Math.min(from, end)), end);
    if (trailing.find()
        // not a source set in the middle: "according to a report by X,, is now more dominant in"
        && !sentence
            .substring(trailing.end(), end)
            .matches("(?s).*,\\s*,?\\s*(?:is|are|was|were|has|have|remains?)\\s.*")) {
      end = trailing.start(); // "..., according to testers who drove both on the same routes in X"
    }
    int start = Math.max(0, Math.min(from, end));
    Matcher m = p.matcher(sentence.substring(0, end));
    int at = start;
    while (at < end && m.find(at)) {
      String d = clean(m.group(1));
      if (d != null) {
        return d;
      }
      at = m.end(1);
    }
    return null;
  }

  /**
   * The domain phrase in {@code sentence} nearest to {@code from}, searching after it first, then
   * in the whole sentence.
   */
  static @Nullable String find(String sentence, int from, String lang) {
    Pattern p = lang.equals("vi") ? VIETNAMESE : ENGLISH;
    String d = first(p, sentence, Math.max(0, Math.min(from, sentence.length())));
    if (d == null) {
      d = first(p, sentence, 0);
    }
    return d;
  }

  /**
   * What a sentence without a claim is about, for the claims after it: its domain phrase, else the
   * thing it says is made, shipped or raced for ("aims to mass-produce 2-nanometre chips",
   * "Shipments of humanoid robots", "Cuộc đua chip lượng tử:").
   */
  static @Nullable String topic(String sentence, String lang) {
    String d = find(sentence, 0, lang);
    if (d != null) {
      return d;
    }
    Matcher m = (lang.equals("vi") ? VIETNAMESE_TOPIC : ENGLISH_TOPIC).matcher(sentence);
    while (m.find()) {
      String raw = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
      String t = raw == null ? null : clean(raw);
      if (t != null && !t.matches("(?iu)(?:it|them|this|that|more|less|much|so|its|their).*")) {
        return t;
      }
    }
    return null;
  }

  private static final Pattern ENGLISH_TOPIC =
      Pattern.compile(
          "(?u)\\b(?:(?:mass-)?produc|mak|build|develop|ship|sell|manufactur|design|launch|deploy"
              + "|field)(?:e|es|ed|ing|s)?\\s+((?:[\\p{L}\\p{N}-]+\\s+){0,3}?[\\p{L}\\p{N}-]+)(?=\\s*[,.;:]"
              + "|\\s+(?:at|in|by|for|from|on|to|with|and|as|since|this|next|last)\\b)"
              + "|\\b(?:[Ss]hipments|[Ss]ales|[Pp]roduction|[Oo]utput|[Ee]xports|[Dd]emand|[Dd]eliveries"
              + "|[Pp]rices)\\s+of\\s+((?:[\\p{L}\\p{N}-]+\\s+){0,3}?[\\p{L}\\p{N}-]+)(?=\\s*[,.;:]"
              + "|\\s+(?:are|is|was|were|have|has|will|rose|fell|grew|in|at|\\p{Ll}+ed)\\b)");

  private static final Pattern VIETNAMESE_TOPIC =
      Pattern.compile("(?iu)\\bcuộc\\s+đua\\s+((?:\\S+\\s+){0,4}?\\S+)\\s*:");

  private static @Nullable String first(Pattern p, String sentence, int from) {
    Matcher m = p.matcher(sentence);
    int at = from;
    while (at < sentence.length() && m.find(at)) {
      String d = clean(m.group(1));
      if (d != null) {
        return d;
      }
      at = m.end(1);
    }
    return null;
  }

  private static @Nullable String clean(String raw) {
    if (raw.strip()
        .matches(
            "(?iu)(?:the|this|that|these|those)\\s+(?:sector|field|area|industry|market|segment"
                + "|space|domain|race|arena|world|region|country|business|technology|regard|respect"
                + "|matter|case|front|gap|lead|advantage|edge|level|node|generation)s?")) {
      return null; // anaphoric: the real domain is named elsewhere
    }
    if (raw.strip()
        .matches(
            "(?iu)(?:quý|năm|tháng|ngày|tuần|tương\\s+lai|quá\\s+khứ"
                + "|giai\\s+đoạn|khi|lúc|đó|này|hiện\\s+tại|khu\\s+vực|vòng)\\b.*|nước(?:\\s+ngoài)?"
                // "các chuyên gia trong ngành": the sector itself, named elsewhere
                + "|ngành|lĩnh\\s+vực|mảng|lĩnh\\s+vực\\s+này"
                // "thời gian tới" is a time; "thời gian sạc" is a field
                + "|thời\\s+gian(?:\\s+(?:qua|tới|gần\\s+đây|dài|ngắn|này|đó|trước|sau)\\b.*)?")) {
      return null; // a time, not a domain
    }
    raw = withoutSaying(raw.strip());
    if (raw.matches(SAYING)) {
      return null; // "các chuyên gia trong ngành nhận định": who judged, not about what
    }
    if (raw.strip().matches("(?iu)(?:all|each|none|any)(?:\\s+(?:but|of)\\b.*)?")) {
      return null; // "in all but a handful of them": how many, not what
    }
    if (raw.strip()
        .matches(
            "(?iu)(?:the\\s+)?(?:first|second|third|fourth|final|last|past|latest|previous|next|coming)"
                + "\\s+(?:half|quarter|three|six|nine|few|two|months?|weeks?|years?|decades?)\\b.*"
                + "|(?:(?:a\\s+)?(?:matter|couple|handful)\\s+of\\s+)?(?:nano|micro|milli)?(?:seconds|minutes"
                + "|hours|days|weeks|months|years|decades)"
                + "|(?:vài|mấy|những|các)\\s+(?:năm|tháng|thập\\s+kỷ|tuần)\\b.*")) {
      return null; // "in the final three months", "measured in nanoseconds": when or how much
    }
    if (raw.strip()
        .matches("(?iu)(?:that|this|it|those|these|them|there)|(?:some|several|many)\\s+\\w+")) {
      return null; // a pronoun: the field is named elsewhere
    }
    if (raw.matches(
        "(?iu).*(?<![\\w-])(?:and\\s+)?(?:why|how|whether|what|which|who)(?![\\w-]).*")) {
      return null; // a clause, not a domain
    }
    String d =
        raw.strip()
            .replaceFirst("(?iu)^(?:the|a|an|its|their)\\s+", "")
            // "trong ASEAN về chỉ số ...": the place, then the field
            .replaceFirst("^\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)*\\s+về\\s+", "")
            .replaceFirst("[\\s,;:.]+$", "");
    if (isMedium(d)) {
      return null; // "in a blog post", "in a note to clients": where it was said, not about what
    }
    if (d.matches("(?u)\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,3}")
        && !d.matches("(?u).*\\s(?:Index|Indicator|Tracker|Leaderboard|Scoreboard|Ranking)")) {
      return null; // "in Barcelona", "in Ho Chi Minh City": a place, not a field
    }
    if (d.length() < 2
        || d.matches("(?i)private|public|secret|person|depth")
        || d.matches(
            "(?iu)(?:\\d[\\d.,]*(?:s|%)?(?:\\s.*)?|(?:the\\s+)?(?:past|last|next(?!-)|future|years?|months?|decades?"
                + "|time|recent|comparison|addition|fact|general|particular|turn|part|terms|order(?=\\s+(?:to|for|that)\\b|$)|foreseeable"
                + "|current\\s+level|current\\s+state|current\\s+pace|current\\s+trajectory"
                + "|par|a\\s+par|ahead|behind|the\\s+same\\s+level|equal\\s+footing|a\\s+level|(?:the\\s+)?heels"
                + "|track|course|schedule|the\\s+back\\s+foot"
                + "|interview|hand|sum|short|brief|theory|practice|principle|effect|reality|truth|detail"
                + "|line|place|front|favor|favour|case|total|short|contrast|response|interview"
                + "|interviews|condition|conditions|exchange|return(?!\\s+on)|anonymity|average|balance|whole"
                + "|orbit|sale"
                + "|(?:good|bad|typical|given|normal)\\s+day|\\w+\\s+terms"
                + "|(?:early|late|mid)[\\s-]+\\d{4}s?|a\\s+\\w+|an\\s+\\w+)\\b.*)")
        || d.matches(
            "(?iu)^(?:january|february|march|april|may|june|july|august|september|october"
                + "|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*")) {
      return null;
    }
    return d;
  }
}
