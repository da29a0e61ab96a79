package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Vietnamese rules, on the sentence string (there is no OpenNLP model for Vietnamese). Each cue —
 * "tụt hậu", "đi sau", "dẫn đầu", "vượt qua", "ngang bằng", "bắt kịp", "khoảng cách giữa X và Y" —
 * takes the nearest actor before it as subject (or, after a fronted clause, the actor the clause
 * describes) and the actor it governs as reference ("so với Mỹ", "Samsung", "chatbot của OpenAI");
 * "đi sau Hàn Quốc khoảng 30-35 năm, sau Malaysia khoảng 25 năm" repeats the cue with new objects.
 * Actors come out in canonical English names. One instance per text: it keeps the state of the
 * sentence being read (earlier cues' subjects and objects), so it is not shared between threads.
 */
final class VietnameseClaimFinder {

  private record Def(Pattern pattern, Relation relation, Cue.Fallback fallback, boolean catchUp) {}

  private static Def def(String regex, Relation r, Cue.Fallback fallback) {
    return new Def(Pattern.compile("(?iu)" + regex), r, fallback, false);
  }

  private static final List<Def> DEFS =
      List.of(
          def(
              "(?:không|chẳng)\\s+(?:hề\\s+)?(?:thua\\s+kém|thua|kém(?:\\s+cạnh)?)",
              Relation.PARITY,
              Cue.Fallback.SENTENCE),
          // "thua Trung Quốc khá xa"; not a loss ("thua lỗ", "thua kiện") or a match ("thua 0-2")
          def(
              "(?<!\\p{L})thua(?!\\s+(?:lỗ|kiện|cuộc|trận|đậm|sát|kém|thiệt|\\d))(?![^.,;]{0,30}?\\s\\d+\\s*[-–]\\s*\\d)",
              Relation.BEHIND,
              Cue.Fallback.NONE),
          def(
              "(?:chỉ|đứng|xếp)\\s+sau|(?:chỉ|đứng|xếp)\\s+thứ\\s+\\S+\\s+sau",
              Relation.BEHIND,
              Cue.Fallback.NONE),
          def(
              "(?<!không\\s)(?<!chẳng\\s)(?<!thua\\s)(?<!\\p{L})kém(?!\\s+(?:hơn|xa|cạnh|chất|hiệu"
                  + "|phát))",
              Relation.BEHIND,
              Cue.Fallback.NONE),
          def(
              "tụt\\s+hậu|bị\\s+bỏ\\s+lại(?:\\s+phía)?\\s+sau|tụt\\s+lại(?:\\s+phía)?\\s+sau|bám\\s+(?:sát|đuổi)"
                  + "|đi\\s+sau|đi\\s+chậm|chậm\\s+hơn|kém\\s+hơn|kém\\s+xa|thua\\s+kém|lạc\\s+hậu"
                  + "(?:\\s+hơn)?|chậm\\s+chân\\s+hơn|xếp\\s+sau|đứng\\s+sau|tiệm\\s+cận|(?:vị\\s+trí|hạng|xếp|đứng|lớn|cao|mạnh)\\s+thứ\\s+"
                  + "\\S+\\s+(?:\\([^)]*\\)\\s*)?(?:\\S+\\s+){0,14}?\\(?sau\\b",
              Relation.BEHIND,
              Cue.Fallback.CONTEXT),
          def(
              "(?:chưa|không)\\s+thể\\s+(?:sánh|so\\s+sánh)\\s+(?:kịp|bằng|với|ngang)|(?:chưa|không)"
                  + "\\s+(?:theo|đuổi)\\s+kịp",
              Relation.BEHIND,
              Cue.Fallback.CONTEXT),
          new Def(
              Pattern.compile(
                  "(?iu)(?:bắt\\s+kịp|đuổi\\s+kịp|phát\\s+triển\\s+kịp|theo\\s+kịp|(?:thu\\s+hẹp|rút"
                      + "\\s+ngắn|lấp\\s+đầy)(?:\\s+\\S+){0,2}?\\s+khoảng\\s+cách|đuổi\\s+theo)"),
              Relation.BEHIND,
              Cue.Fallback.CONTEXT,
              true),
          def(
              "(?<!vị\\s|ngôi\\s|vai\\s|trí\\s|thế\\s)(?:đã\\s+|vừa\\s+)?(?:dẫn\\s+trước|dẫn\\s+đầu|vượt\\s+(?:qua|mặt)|qua\\s+mặt|bỏ\\s+xa"
                  + "|bỏ\\s+lại(?:\\s+phía)?\\s+sau"
                  + "|đi\\s+trước|vượt(?!\\s+trội))",
              Relation.AHEAD,
              Cue.Fallback.CONTEXT),
          // "xếp thứ 44, sau Thái Lan và Malaysia nhưng trên Indonesia": ranked above
          def(
              "(?:xếp|đứng)\\s+trên(?=\\s+\\p{Lu})|(?<=\\bsau\\s[^.;]{1,80}\\s(?:nhưng|song)\\s)trên(?=\\s+\\p{Lu})",
              Relation.AHEAD,
              Cue.Fallback.NONE),
          def(
              "vượt\\s+trội(?:\\s+hơn)?|tốt\\s+hơn|mạnh\\s+hơn|tiên\\s+tiến\\s+hơn|hiện\\s+đại\\s+hơn"
                  + "|phát\\s+triển\\s+hơn|nhỉnh\\s+hơn",
              Relation.AHEAD,
              Cue.Fallback.NONE),
          def(
              "ngang\\s+bằng|ngang\\s+tầm|ngang\\s+ngửa|(?<!phẩm\\s|mẫu\\s|loại\\s|dòng\\s|bản\\s)tương\\s+đương|không\\s+thua\\s+kém|ngang\\s+hàng",
              Relation.PARITY,
              Cue.Fallback.SENTENCE));

  private static final Pattern NO_GAP =
      Pattern.compile(
          "(?iu)(?:không|chưa|hầu\\s+như\\s+không|gần\\s+như\\s+không)\\s+(?:còn\\s+)?(?:có\\s+)?"
              + "(?:sự\\s+)?(?:khoảng\\s+cách|chênh\\s+lệch)(?:\\s+\\S+){0,3}?\\s+giữa");

  /** The gap is said to be negligible or gone: "là không đáng kể", "đã gần như bị xóa nhòa". */
  private static final Pattern GAP_GONE =
      Pattern.compile(
          "(?iu)^[^.;]{0,60}?(?:không\\s+(?:còn\\s+)?đáng\\s+kể|(?:gần\\s+như\\s+)?(?:bị\\s+)?xóa\\s+nhòa"
              + "|gần\\s+như\\s+không\\s+còn|không\\s+còn\\s+nữa|bằng\\s+không)");

  private static final Pattern GAP =
      Pattern.compile("(?iu)(?:khoảng\\s+cách|chênh\\s+lệch)(?:\\s+\\S+){0,4}?\\s+giữa");

  /** ", dù ...": a concession after the claim, about something else. */
  private static final Pattern CONCESSION = Pattern.compile("(?iu),\\s+(?:dù|mặc\\s+dù|dẫu)\\s");

  private static final Pattern SCHEDULE =
      Pattern.compile(
          "(?iu)chậm\\s+tiến\\s+độ|trễ\\s+hẹn|chậm\\s+trễ|(?:so\\s+với|hơn|sau|trước)\\s+(?:kế\\s+hoạch|dự\\s+kiến"
              + "|mục\\s+tiêu|kỳ\\s+vọng|dự\\s+báo)");

  /** "bác bỏ thông tin cho rằng ...": the claim is reported only to be rejected. */
  private static final Pattern REJECTED =
      Pattern.compile(
          "(?iu)\\b(?:bác\\s+bỏ|phủ\\s+nhận|bác\\s+tin|không\\s+đúng\\s+sự\\s+thật)\\b.{0,60}?"
              + "(?:cho\\s+rằng|rằng|thông\\s+tin)"
              // "các ý kiến nói hãng đã dẫn trước Tesla ... là “chưa chính xác”"
              + "|\\b(?:ý\\s+kiến|thông\\s+tin|nhận\\s+định)\\s+(?:nói|cho\\s+rằng)\\b.*\\b(?:chưa|không)"
              + "\\s+(?:chính\\s+xác|đúng)");

  private static final Pattern FORECAST =
      Pattern.compile(
          "(?iu)(?:sẽ|có\\s+thể|tiềm\\s+năng|mục\\s+tiêu|kỳ\\s+vọng|hy\\s+vọng|nhằm|muốn|dự\\s+kiến"
              + "|phấn\\s+đấu|nếu|để|tham\\s+vọng|quyết\\s+tâm|nguy\\s+cơ)\\s+(?:\\S+\\s+){0,4}$"
              // "đặt mục tiêu đưa Việt Nam vào nhóm dẫn đầu": a goal reaches further
              + "|mục\\s+tiêu\\s+(?:\\S+\\s+){0,8}$");

  /**
   * "và có thể bắt kịp Mỹ vào năm 2075": catching up foretold, not a gap; but "cần 10 năm nữa mới
   * có thể đuổi kịp" sizes a gap by the time it takes.
   */
  private static final Pattern FORECAST_CATCH_UP =
      // "khó có thể lấp đầy khoảng cách": hardly able to, so behind now
      Pattern.compile(
          "(?iu)(?<!mới\\s)(?<!khó\\s)(?<!không\\s)(?<!chưa\\s)(?:sẽ|có\\s+thể|dự\\s+kiến(?:\\s+sẽ)?"
              + "|có\\s+khả\\s+năng)\\s+$");

  private static final Pattern TIME_NEEDED =
      Pattern.compile("(?iu)\\b(?:cần|mất|phải)\\s+(?:\\S+\\s+){0,4}?(?:năm|tháng|thập\\s+kỷ)\\b");

  /**
   * A negation before the cue in its clause; not the "không" of compounds ("máy bay không người
   * lái", "hàng không", "không gian").
   */
  private static final Pattern NEGATED =
      Pattern.compile(
          "(?iu)(?:chưa|(?<!hàng\\s)không(?!\\s+(?:người\\s+lái|dây|gian|khí|quân|tiền\\s+mặt"
              + "|phát\\s+thải|ngừng|chỉ))|chẳng)\\s+(?:[^\\s,;]+\\s+){0,10}(?:hoặc\\s+)?$");

  /** Clause breaks within a sentence. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "(?iu);|:\\s|,\\s+(?:trong\\s+khi|nhưng|còn|song|tuy\\s+nhiên)\\b|\\s[—–]\\s");

  /** An object that is not a named actor: "các LLM khác", "những đối thủ", "nhiều hãng". */
  private static final Pattern GENERIC_OBJECT =
      Pattern.compile(
          "(?iu)\\s*(?:hơn\\s+)?(?:so\\s+với\\s+)?(?:(?:các|những|nhiều|mọi|toàn|thế\\s+giới"
              + "|phần\\s+còn\\s+lại)\\b|đối\\s+thủ\\b(?!\\s+(?:phương\\s+Tây|(?-i:\\p{Lu}))))");

  /** Nouns that stand for an actor named before: "nước này", "hãng", "các mô hình". */
  private static final Pattern COUNTRY_ANAPHOR =
      Pattern.compile("(?iu)\\b(?:nước|quốc\\s+gia|đất\\s+nước)\\s+(?:này|đó|tỷ\\s+dân)\\b");

  private static final Pattern NOT_BEHIND =
      Pattern.compile("(?iu)(?:không\\s+còn|không\\s+hề|chẳng\\s+hề|không)\\s+(?:\\S+\\s+){0,2}$");

  private static final Pattern GOAL =
      Pattern.compile(
          "(?iu)(?:mục\\s+tiêu|kế\\s+hoạch|phấn\\s+đấu|quyết\\s+tâm|nhằm|tham\\s+vọng|kỳ\\s+vọng"
              + "|hy\\s+vọng|muốn)\\s+(?:\\S+\\s+){0,2}$");

  /**
   * "hợp tác với các nhà sản xuất Mỹ để rút ngắn khoảng cách này": a purpose, unless a time it
   * takes comes first ("cần thêm 5 năm để đuổi kịp").
   */
  private static final Pattern PURPOSE = Pattern.compile("(?iu)\\bđể\\s+$");

  private static final Pattern FIRST_PERSON_NATIONAL =
      Pattern.compile("(?iu)(?:^|[“\"\\s])(?:chúng\\s+ta|nước\\s+ta)\\b");

  /** "... do SoftBank dẫn đầu": led by, in the sense of heading a deal or a group. */
  private static final Pattern LED_BY = Pattern.compile("(?iu)\\bdo\\s+(?:\\S+\\s+){1,4}$");

  /** What one passes, meets or catches up with that is no rival: tests, targets, trends. */
  private static final Pattern NOT_A_RIVAL =
      Pattern.compile(
          "(?iu)\\b(?:kiểm\\s+định|thử\\s+nghiệm|kiểm\\s+tra|kỳ\\s+vọng|dự\\s+báo|mục\\s+tiêu|kế\\s+hoạch"
              + "|giai\\s+đoạn|khó\\s+khăn|thử\\s+thách|ngưỡng|mốc|xu\\s+hướng|yêu\\s+cầu|tiêu\\s+chuẩn"
              + "|đơn\\s+hàng|nhu\\s+cầu)\\b");

  /** A name followed by its speech verb is the source: "Reuters đưa tin", "IDC cho biết". */
  private static final Pattern SPEAKS_NEXT =
      Pattern.compile(
          "(?iu)\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:(?:cũng|đã|vừa)\\s+)?(?:đưa\\s+tin|cho\\s+biết|nhận\\s+định"
              + "|cho\\s+rằng|đánh\\s+giá|nói|khẳng\\s+định|ước\\s+tính|dự\\s+báo|thông\\s+báo|công\\s+bố)\\b");

  /** "chúng tôi" (we, not including the listener): the speaker's organisation. */
  private static final Pattern FIRST_PERSON_COMPANY =
      Pattern.compile("(?iu)(?:^|[“\"\\s])chúng\\s+tôi\\b");

  /** "công nghệ vaccine trong nước", "chip nội địa": the country the text is about. */
  private static final Pattern DOMESTIC =
      Pattern.compile("(?iu)\\b(?:trong\\s+nước|nội\\s+địa|nước\\s+ta|của\\s+ta)\\b");

  private static final Pattern COMPANY_ANAPHOR =
      Pattern.compile(
          "(?iu)\\b(?:hãng|công\\s+ty|tập\\s+đoàn|gã\\s+khổng\\s+lồ|doanh\\s+nghiệp|startup|các\\s+mô"
              + "\\s+hình|mô\\s+hình\\s+này|nhà\\s+sản\\s+xuất)\\b");

  private final AmountParser amounts;
  private final Discourse discourse;

  /** The mentions a cue's objects are taken from: the table's and unknown organisations. */
  private List<ActorMention> objectsPool = List.of();

  VietnameseClaimFinder(AmountParser amounts, Discourse discourse) {
    this.amounts = amounts;
    this.discourse = discourse;
  }

  /**
   * The claims of one sentence.
   *
   * @param mentions the actors the table names in it
   * @param withOpen the same plus unknown organisation names, which may only be objects
   */
  List<Candidate> find(
      Sentence sentence, List<ActorMention> mentions, List<ActorMention> withOpen) {
    this.objectsPool = withOpen;
    String s = sentence.text();
    if (s.strip().endsWith("?") || REJECTED.matcher(s).find()) {
      return List.of();
    }
    List<AmountMention> found = amounts.find(s);
    // a schedule slipping ("chậm tiến độ") voids its own clause only: "Airbus đã vượt mặt Boeing
    // ..., dù nhiều đơn hàng vẫn bị chậm tiến độ"
    List<Candidate> pair = SCHEDULE.matcher(s).find() ? List.of() : pair(sentence, mentions, found);
    if (!pair.isEmpty()) {
      return pair;
    }
    // Cues in reading order: an earlier cue's objects are not a later cue's subject, and a later
    // clause without a subject ("..., nhưng vẫn kém xa Đài Loan") keeps the earlier subject.
    record Found(Def def, int start, int end) {}
    List<Found> cues = new ArrayList<>();
    for (Def d : DEFS) {
      Matcher m = d.pattern().matcher(s);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (cues.stream().noneMatch(t -> t.start() < end && start < t.end())) {
          cues.add(new Found(d, start, end));
        }
      }
    }
    cues.sort(java.util.Comparator.comparingInt(Found::start));
    usedObjects = new ArrayList<>();
    lastSubject = null;
    lastObject = null;
    forecastEnd = -1;
    List<Candidate> out = new ArrayList<>();
    for (Found f : cues) {
      out.addAll(
          withCoordinatedSubjects(
              cue(sentence, mentions, found, f.def(), f.start(), f.end()), s, mentions));
    }
    return out;
  }

  /**
   * "Toyota và Honda đều chậm hơn BYD": each actor coordinated before the subject makes the same
   * claim.
   */
  private static List<Candidate> withCoordinatedSubjects(
      List<Candidate> found, String s, List<ActorMention> mentions) {
    List<Candidate> out = new ArrayList<>(found);
    for (Candidate c : found) {
      ActorMention subject = null;
      for (ActorMention m : mentions) {
        if (m.end() <= c.cueAt() && m.canonical().equals(c.subject())) {
          subject = m;
        }
      }
      int at = mentions.indexOf(subject);
      boolean conjoined = false;
      for (int i = at - 1; subject != null && i >= 0; i--) {
        ActorMention before = mentions.get(i);
        int end = i + 1 < mentions.size() ? mentions.get(i + 1).start() : subject.start();
        String between = before.end() > end ? "" : s.substring(before.end(), end);
        if (before.end() > end
            || !between.matches("(?iu)\\s*(?:,|và|cùng|lẫn|hay|hoặc)\\s*")
            || between.strip().equals(",") && !conjoined) {
          // a list is "A, B và C"; a bare "A, B" is a clause boundary ("..., của Việt Nam, Trung
          // Quốc hiện dẫn trước ...")
          break;
        }
        conjoined = true;
        if (!before.canonical().equals(c.reference())
            && out.stream()
                .noneMatch(
                    o ->
                        o.subject().equals(before.canonical())
                            && o.reference().equals(c.reference()))) {
          out.add(
              new Candidate(
                  before.canonical(),
                  c.reference(),
                  c.relation(),
                  c.amount(),
                  c.domain(),
                  c.sentence(),
                  c.referenceFromContext(),
                  c.cueAt()));
        }
      }
    }
    return out;
  }

  /** Objects of the sentence's earlier cues. */
  private List<ActorMention> usedObjects = new ArrayList<>();

  /**
   * Where the sentence's last forecast cue ends, or -1: later cues in its clause share its mood.
   */
  private int forecastEnd = -1;

  /** The subject of the sentence's previous cue, for a following clause without one. */
  private @Nullable String lastSubject;

  /** The first object of the sentence's previous cue, for a following clause without one. */
  private @Nullable String lastObject;

  private static final Pattern BETWEEN_THE_TWO =
      Pattern.compile(
          "(?iu)\\s*hai\\s+(?:(nước|quốc\\s+gia|nền\\s+kinh\\s+tế)|bên|hãng|công\\s+ty|tập\\s+đoàn)\\b");

  /**
   * The two actors named last before {@code at}, in this sentence or the one before; countries only
   * for "hai nước".
   */
  private List<ActorMention> pairBefore(
      Sentence sentence, List<ActorMention> mentions, int at, boolean countries) {
    List<ActorMention> pool = new ArrayList<>();
    if (sentence.index() > 0) {
      pool.addAll(discourse.mentions(sentence.index() - 1));
    }
    mentions.stream().filter(a -> a.end() <= at).forEach(pool::add);
    List<ActorMention> two = new ArrayList<>();
    for (int i = pool.size() - 1; i >= 0 && two.size() < 2; i--) {
      ActorMention a = pool.get(i);
      if (!a.demonym()
          && (!countries || a.kind() == ActorTable.Kind.COUNTRY)
          && two.stream().noneMatch(o -> o.canonical().equals(a.canonical()))) {
        two.add(0, a);
      }
    }
    return two.size() == 2 ? two : List.of();
  }

  private List<Candidate> pair(
      Sentence sentence, List<ActorMention> mentions, List<AmountMention> found) {
    String s = sentence.text();
    Matcher m = NO_GAP.matcher(s);
    if (m.find()) {
      List<ActorMention> two = actorsAfter(mentions, m.end(), 2);
      if (two.size() == 2) {
        return List.of(
            candidate(
                sentence,
                two.get(0).canonical(),
                two.get(1).canonical(),
                Relation.PARITY,
                null,
                m.start(),
                false));
      }
    }
    m = GAP.matcher(s);
    if (m.find()) {
      List<ActorMention> two = actorsAfter(mentions, m.end(), 2);
      Matcher theTwo = BETWEEN_THE_TWO.matcher(s).region(m.end(), s.length());
      int amountFrom = two.size() == 2 ? two.get(1).end() : m.end();
      if (two.size() < 2 && theTwo.lookingAt()) {
        // "Trong chip nhớ, khoảng cách giữa hai nước hiện chỉ còn khoảng 1-2 năm": the pair just
        // named
        two = pairBefore(sentence, mentions, m.start(), theTwo.group(1) != null);
      }
      if (two.size() == 2) {
        String a = two.get(0).canonical();
        String b = two.get(1).canonical();
        if (LeaderPrior.leads(a, b)) {
          String t = a;
          a = b;
          b = t;
        }
        if (GAP_GONE.matcher(s).region(amountFrom, s.length()).find()) {
          // "khoảng cách giữa hai nước ... là không đáng kể": level
          return List.of(candidate(sentence, a, b, Relation.PARITY, null, m.start(), false));
        }
        GapAmount amount = nearestAfter(found, amountFrom);
        return List.of(candidate(sentence, a, b, Relation.BEHIND, amount, m.start(), false));
      }
    }
    return List.of();
  }

  private List<Candidate> cue(
      Sentence sentence,
      List<ActorMention> mentions,
      List<AmountMention> found,
      Def d,
      int start,
      int end) {
    String s = sentence.text();
    int[] clause = clause(s, start, end);
    Matcher concession = CONCESSION.matcher(s).region(end, clause[1]);
    int ownEnd = concession.find() ? concession.start() : clause[1];
    if (SCHEDULE.matcher(s).region(clause[0], ownEnd).find()) {
      return List.of(); // "chậm tiến độ", "so với kế hoạch": late against a plan, not a rival
    }
    String before = s.substring(clause[0], start);
    boolean negated = NEGATED.matcher(before).find();
    if (negated && d.relation() == Relation.AHEAD) {
      return List.of(); // "chưa có ... vượt qua": a negated lead asserts nothing by itself
    }
    if (s.substring(start, end).matches("(?isu)(?:(?:đã|vừa)\\s+)?dẫn\\s+đầu")
        && s.substring(end)
            .matches(
                "(?isu)^\\s*(?:các\\s+)?(?:vòng|đợt|thương\\s+vụ|nhóm|liên\\s+danh|đoàn|dự\\s+án"
                    + "|liên\\s+minh|chiến\\s+dịch)\\b.*")) {
      return List.of(); // "HongShan đã dẫn đầu vòng gọi vốn": led a round, no rival
    }
    if (LED_BY.matcher(before).find() && s.startsWith("dẫn đầu", start)) {
      return List.of(); // "vòng gọi vốn do SoftBank dẫn đầu": a round led by an investor
    }
    boolean forecastCatchUp =
        d.catchUp()
            && FORECAST_CATCH_UP.matcher(before).find()
            && !TIME_NEEDED.matcher(before).find();
    if (forecastCatchUp
        || !d.catchUp()
            && (FORECAST.matcher(before).find()
                || forecastEnd >= clause[0] && forecastEnd <= start)) {
      // "có thể vượt Malaysia để đứng thứ hai, chỉ sau Indonesia": the whole clause is a forecast
      forecastEnd = end;
      usedObjects.addAll(objects(s, objectsPool, end, clause[1], ""));
      return List.of();
    }
    Relation relation = d.relation();
    if (negated
        && relation == Relation.PARITY
        && !d.pattern().pattern().startsWith("(?iu)(?:không")) {
      relation = Relation.BEHIND; // "chưa ngang tầm Đài Loan": not yet at Taiwan's level
    } else if (negated
        && relation == Relation.BEHIND
        && !d.catchUp()
        && NOT_BEHIND.matcher(before).find()) {
      relation = Relation.PARITY; // "không còn đi sau Samsung", "không hề đi sau": level
    }
    if (d.catchUp()
        && (GOAL.matcher(before).find()
            || PURPOSE.matcher(before).find() && !TIME_NEEDED.matcher(s).find())) {
      return List.of(); // "đặt mục tiêu bắt kịp Thái Lan vào năm 2035": a goal
    }
    String cueText = s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    if (d.catchUp()
        && !cueText.matches("(?u)(?:thu|rút).*") // "đã thu hẹp khoảng cách": narrowed, still behind
        && before.matches("(?isu).*\\bđã\\s+$")
        && !negated) {
      relation = Relation.PARITY; // "đã bắt kịp": caught up
    }
    Matcher passive = PASSIVE_AGENT.matcher(before);
    if (relation == Relation.AHEAD && passive.find()) {
      List<Candidate> taken =
          passive(sentence, mentions, found, clause, clause[0] + passive.start(), start, end);
      if (!taken.isEmpty()) {
        return taken;
      }
    }
    String subject = subject(sentence, mentions, clause, start, end);
    boolean subjectCarried = subject == null;
    if (subject == null) {
      subject = lastSubject;
    }
    if (subject == null) {
      return List.of();
    }
    lastSubject = subject;
    List<ActorMention> refs = objects(s, objectsPool, end, clause[1], subject);
    if (refs.isEmpty() && BOTH.matcher(s.substring(end)).lookingAt()) {
      refs = bothBefore(mentions, clause[0], subject); // "xếp thứ ba, sau cả hai nước này"
    }
    if (refs.size() == 1
        && refs.get(0).kind() == ActorTable.Kind.COUNTRY
        && s.substring(Math.max(0, refs.get(0).start() - 10), refs.get(0).start())
            .matches("(?isu).*\\bđối\\s+thủ\\s+$")) {
      // "dẫn trước TSMC ..., nhưng vẫn đi sau đối thủ Đài Loan": the Taiwanese rival named before
      String rival = lastCompanyBefore(mentions, clause[0]);
      if (rival != null && !rival.equals(subject)) {
        ActorMention country = refs.get(0);
        refs =
            List.of(
                new ActorMention(
                    rival,
                    ActorTable.Kind.COMPANY,
                    country.start(),
                    country.end(),
                    country.surface(),
                    false));
      }
    }
    if (cueText.startsWith("dẫn đầu")
        && !refs.isEmpty()
        && refs.get(0).kind() == ActorTable.Kind.COUNTRY
        && isCompany(mentions, subject)) {
      return List.of(); // "doanh nghiệp dẫn đầu Việt Nam về lợi nhuận": first in a market
    }
    usedObjects.addAll(refs);
    String carriedObject = lastObject;
    lastObject = refs.isEmpty() ? null : refs.get(0).canonical();
    if (refs.isEmpty()
        && subjectCarried
        && carriedObject != null
        && d.fallback() != Cue.Fallback.NONE) {
      // "dẫn trước Mỹ về X, nhưng lại đi sau khoảng 2-3 năm về Y": the same rival, other field
      return List.of(
          candidate(
              sentence,
              subject,
              carriedObject,
              relation,
              amountNear(s, found, start, end, clause[1]),
              start,
              false));
    }
    List<Candidate> out = new ArrayList<>();
    if (refs.isEmpty()) {
      if (relation == Relation.AHEAD && s.substring(end).matches("(?isu)^\\s*(?:tại|ở)\\s.*")) {
        return List.of(); // "nhà đầu tư dẫn đầu tại Hải Phòng": first in a place, no rival
      }
      if (d.fallback() == Cue.Fallback.NONE
          || GENERIC_OBJECT.matcher(s.substring(end)).lookingAt()
          || LED_MARKET.matcher(s).region(start, s.length()).lookingAt() // a market, no rival
          || LED_SEGMENT.matcher(s).region(start, s.length()).lookingAt()
          || cueText.matches(
                  "(?su)^(?:(?:đã|vừa)\\s+)?(?:vượt|bắt\\s+kịp|đuổi\\s+kịp|theo\\s+kịp).*")
              && nonActorObject(s, end)) {
        return List.of();
      }
      List<ActorMention> others = notMarkets(s, mentions);
      String other = otherInSentence(others, subject, true);
      if (other == null && d.fallback() == Cue.Fallback.CONTEXT) {
        other = discourse.otherActor(sentence.index(), subject, true);
      }
      if (other == null) {
        other = otherInSentence(others, subject, false);
      }
      if (other == null
          || cueText.startsWith("dẫn đầu")
              && isCompany(mentions, subject)
              && !isCompany(mentions, other)
              && s.substring(end).matches("(?su)^\\s*\\p{Lu}.*")) {
        // "doanh nghiệp viễn thông dẫn đầu Việt Nam về lợi nhuận": first in a market, no rival
        return List.of();
      }
      GapAmount amount = amountNear(s, found, start, end, clause[1]);
      out.add(candidate(sentence, subject, other, relation, amount, start, true));
      return out;
    }
    int prev = end;
    List<GapAmount> each = new ArrayList<>();
    for (ActorMention ref : refs) {
      GapAmount amount = amountFor(s, found, prev, ref, clause[1]);
      if (amount == null && d.catchUp()) {
        amount = timeNeeded(s, found, clause[0], start);
      }
      each.add(amount);
      prev = ref.end();
    }
    GapAmount last = each.get(each.size() - 1);
    boolean sharedAfter = last != null && each.stream().filter(a -> a != null).count() == 1;
    for (int i = 0; i < refs.size(); i++) {
      // "đi sau Mỹ và châu Âu khoảng 5-7 năm": one amount after the list is the whole list's
      GapAmount amount = sharedAfter ? last : each.get(i);
      out.add(
          candidate(sentence, subject, refs.get(i).canonical(), relation, amount, start, false));
    }
    return out;
  }

  /** "Nhật Bản bị Samsung và SK Hynix bỏ xa": the agents of a lead, after "bị". */
  private static final Pattern PASSIVE_AGENT =
      Pattern.compile("(?iu)\\bbị\\s+(?:\\S+\\s+){1,10}?$");

  /**
   * A lead in the passive: the subject before "bị" is behind each agent named between "bị" and the
   * cue. Empty when no actor stands between them ("bị bỏ xa": the usual active reading applies).
   */
  private List<Candidate> passive(
      Sentence sentence,
      List<ActorMention> mentions,
      List<AmountMention> found,
      int[] clause,
      int byAt,
      int start,
      int end) {
    List<ActorMention> agents = new ArrayList<>();
    for (ActorMention a : mentions) {
      if (a.start() > byAt && a.end() <= start) {
        agents.add(a);
      }
    }
    if (agents.isEmpty()) {
      return List.of();
    }
    String subject = subject(sentence, mentions, new int[] {clause[0], byAt}, byAt, byAt);
    if (subject == null) {
      subject = lastSubject;
    }
    if (subject == null) {
      return List.of();
    }
    lastSubject = subject;
    usedObjects.addAll(agents);
    GapAmount amount = amountNear(sentence.text(), found, start, end, clause[1]);
    List<Candidate> out = new ArrayList<>();
    for (ActorMention agent : agents) {
      if (!agent.canonical().equals(subject)) {
        out.add(
            candidate(sentence, subject, agent.canonical(), Relation.BEHIND, amount, start, false));
      }
    }
    return out;
  }

  private static int[] clause(String s, int start, int end) {
    int from = 0;
    int to = s.length();
    Matcher m = CLAUSE_BREAK.matcher(s);
    while (m.find()) {
      if (m.end() <= start) {
        from = m.end();
      } else if (m.start() >= end) {
        to = m.start();
        break;
      }
    }
    return new int[] {from, to};
  }

  /**
   * The nearest actor before the cue in its clause; an anaphor ("nước này", "hãng") resolved to the
   * actor named before; or, for a fronted clause ("Từng đi chậm 3 năm so với Mỹ, Trung Quốc đã
   * ..."), the first actor after the comma that ends it.
   */
  private @Nullable String subject(
      Sentence sentence, List<ActorMention> mentions, int[] clause, int start, int end) {
    String s = sentence.text();
    ActorMention best = null;
    for (ActorMention a : mentions) {
      if (a.start() >= clause[0] && a.end() <= start && !usedObjects.contains(a)) {
        String lead = s.substring(Math.max(clause[0], a.start() - 30), a.start());
        if (lead.matches(
            "(?isu).*\\bngười\\s+(?:dùng|tiêu\\s+dùng)(?:\\s+\\S+){0,2}?\\s+(?:tại\\s+|ở\\s+)?$")) {
          continue; // "Người dùng iPhone tại Việt Nam": a population group, not the country
        }
        if (lead.matches(
            "(?isu).*\\b(?:theo(?:\\s+[^\\s,]+){0,3}?|(?:báo\\s+cáo|khảo\\s+sát|số\\s+liệu|(?<!tâm\\s)dữ\\s+liệu"
                + "|thống\\s+kê)(?:\\s+[^\\s,]+){0,2}?\\s+(?:của|từ))\\s+$")) {
          // "Theo khảo sát của Cisco, Singapore dẫn trước ...": the source, not a side; but
          // "trung tâm dữ liệu của Việt Nam" are data centres
          continue;
        }
        if (best != null && lead.matches("(?isu).*\\S\\s+(?:tại|ở)\\s+$")) {
          continue; // "Doanh số của Xiaomi tại Đông Nam Á": where, once who has been named
        }
        boolean example =
            lead.matches(
                "(?isu).*\\b(?:như(?!\\s+(?:vậy|thế|trên|sau)\\b)|chẳng\\s+hạn\\s+như|bao\\s+gồm)\\s+(?:\\S+(?:\\s+\\S+){0,3}?\\s*(?:,"
                    + "|\\s+và|\\s+hay|\\s+hoặc)\\s+)?$"); // "như BYD hay Xpeng": examples
        // "Xiaomi đã vượt Apple để trở thành ... lớn thứ hai, chỉ xếp sau Samsung": Apple is the
        // object of "vượt", not who ranks second
        // "nhà sản xuất điện thoại gập lớn thứ hai Trung Quốc": the rank's scope, not a side
        boolean rankScope = lead.matches("(?isu).*\\b(?:nhất|thứ\\s+\\S+)\\s+$");
        boolean objectOfAnother =
            rankScope
                || best != null
                    && lead.matches(
                        "(?isu).*\\b(?:vượt(?:\\s+qua|\\s+mặt)?|qua\\s+mặt|dẫn\\s+trước|bỏ\\s+xa|đi\\s+sau"
                            + "|kém|thua|bắt\\s+kịp|đuổi\\s+kịp)\\s+$");
        if (!lead.matches("(?isu).*\\b(?:so\\s+với|hơn|với)\\s+$")
            && !example
            && !objectOfAnother
            && !isMarket(s, a)) {
          best = a;
        }
      }
    }
    String before = s.substring(clause[0], start);
    String lead30 =
        best == null ? "" : s.substring(Math.max(clause[0], best.start() - 30), best.start());
    if (best != null
        && best.kind() == ActorTable.Kind.COUNTRY
        && COMPANY_ANAPHOR.matcher(lead30).find()
        && !lead30.matches("(?isu).*\\b(?:các|những|nhiều)(?:\\s+\\S+){1,6}\\s+$")) {
      // "hãng điện thoại Trung Quốc": the Chinese phone maker named before, not China
      String company = lastCompanyBefore(mentions, best.start());
      if (company == null) {
        company = discourse.antecedent(sentence.index(), ActorTable.Kind.COMPANY);
      }
      if (company != null) {
        return company;
      }
    }
    Matcher we = FIRST_PERSON_NATIONAL.matcher(before);
    if (we.find() && (best == null || clause[0] + we.start() > best.end())) {
      return "Vietnam"; // "... thấp hơn hẳn Thái Lan, và về công nghệ, chúng ta đang đi sau họ"
    }
    if (best != null) {
      int afterBest = best.end();
      String between = s.substring(afterBest, start);
      // "trở thành nhà sản xuất ... lớn thứ hai": a predicate, not a firm referred back to
      boolean anaphorAfter =
          COMPANY_ANAPHOR
                  .matcher(
                      between.replaceAll("(?iu)\\b(?:trở\\s+thành|là)\\s+\\S+(?:\\s+\\S+)?", ""))
                  .find()
              && between.matches("(?isu).*[,.].*");
      if (!anaphorAfter) {
        return best.canonical();
      }
    }
    if (FIRST_PERSON_NATIONAL.matcher(before).find()) {
      return "Vietnam"; // "Chúng ta đang đi sau ...": in the Vietnamese press, the speakers'
      // country
    }
    if (FIRST_PERSON_COMPANY.matcher(before).find()) {
      // "“Chúng tôi đã phản ứng chậm hơn SK Hynix”, ông Kim, Phó chủ tịch Samsung, nói": the
      // speaker's firm, named in the attribution after the quote or in the sentences before
      int quoteEnd = Math.max(s.indexOf('”', end), s.indexOf('"', end));
      for (ActorMention a : discourse.affiliations(sentence.index())) {
        if (quoteEnd > 0 && a.start() > quoteEnd && a.kind() == ActorTable.Kind.COMPANY) {
          return a.canonical();
        }
      }
      return discourse.antecedent(sentence.index(), ActorTable.Kind.COMPANY);
    }
    if (COUNTRY_ANAPHOR.matcher(before).find() || DOMESTIC.matcher(before).find()) {
      // "ngành công nghiệp hỗ trợ ô tô trong nước": in the Vietnamese press, Vietnam's
      return DOMESTIC.matcher(before).find()
          ? "Vietnam"
          : discourse.antecedent(sentence.index(), ActorTable.Kind.COUNTRY);
    }
    if (COMPANY_ANAPHOR.matcher(before).find()) {
      String company = lastCompanyBefore(mentions, start);
      if (company == null) {
        // "Ông Kim, Giám đốc nghiên cứu của LG Energy Solution, thừa nhận hãng này ...": the
        // speaker's firm
        company = lastCompanyBefore(discourse.affiliations(sentence.index()), start);
      }
      return company != null
          ? company
          : discourse.antecedent(sentence.index(), ActorTable.Kind.COMPANY);
    }
    // fronted clause: "Từng được cho là đi chậm 3 năm so với Mỹ trong lĩnh vực AI, Trung Quốc ..."
    int comma = s.indexOf(',', end);
    if (comma > 0 && best == null) {
      for (ActorMention a : mentions) {
        if (a.start() > comma && s.substring(comma + 1, a.start()).isBlank()) {
          return a.canonical();
        }
      }
    }
    return best == null ? null : best.canonical();
  }

  /** "cả hai nước này", "cả hai": the two actors the sentence named before. */
  private static final Pattern BOTH =
      Pattern.compile(
          "(?iu)\\s*cả\\s+hai(?:\\s+(?:nước|quốc\\s+gia|hãng|công\\s+ty|đối\\s+thủ))?"
              + "(?:\\s+(?:này|đó|trên))?\\b");

  private static List<ActorMention> bothBefore(
      List<ActorMention> mentions, int before, String subject) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention a : mentions) {
      if (a.end() <= before
          && !a.canonical().equals(subject)
          && out.stream().noneMatch(o -> o.canonical().equals(a.canonical()))) {
        out.add(a);
      }
    }
    return out.size() == 2 ? out : List.of();
  }

  private static @Nullable String lastCompanyBefore(List<ActorMention> mentions, int at) {
    String out = null;
    for (ActorMention a : mentions) {
      if (a.end() <= at && a.kind() == ActorTable.Kind.COMPANY) {
        out = a.canonical();
      }
    }
    return out;
  }

  /**
   * Objects of a cue: the first actor after it ("so với Mỹ", "Samsung", "chatbot của OpenAI"),
   * actors coordinated with it, and "sau Z" / "so với Z" continuations of a list.
   */
  private static List<ActorMention> objects(
      String s, List<ActorMention> mentions, int from, int to, String subject) {
    List<ActorMention> out = new ArrayList<>();
    int at = from;
    for (ActorMention a : mentions) {
      if (a.start() < from || a.end() > to || a.canonical().equals(subject)) {
        continue;
      }
      String gap = s.substring(at, a.start());
      if (isMarket(s, a)) {
        continue; // "thị trường smartphone Việt Nam": a market, not an actor
      }
      if (!out.isEmpty()
          && gap.matches(
              "(?isu)\\s*,\\s*(?:hãng|công\\s+ty|tập\\s+đoàn|nhà\\s+sản\\s+xuất|đối\\s+thủ)(?:\\s+\\p{Ll}+){0,2}\\s+")) {
        break; // "vượt xa BYD, hãng xe Trung Quốc ...": the apposition says where BYD is from
      }
      if (ownedByNext(s, a, mentions)) {
        continue; // "pin Blade của BYD", "tàu sân bay lớp Ford của Mỹ": the owner named after it
      }
      if (SPEAKS_NEXT.matcher(s.substring(a.end())).lookingAt()) {
        break; // "..., Reuters đưa tin": the source, not a rival
      }
      if (out.isEmpty() && NOT_A_RIVAL.matcher(s.substring(at, a.start())).find()) {
        break; // "vượt qua vòng kiểm định của Nvidia": a test passed, not a rival beaten
      }
      if (out.isEmpty() && gap.matches("(?isu)\\s*(?:tại|ở)\\s+")) {
        break; // "nhà đầu tư dẫn đầu tại Việt Nam": where, not whom
      }
      if (s.substring(Math.max(0, a.start() - 20), a.start())
          .matches("(?isu).*\\bngười\\s+(?:dùng|tiêu\\s+dùng)\\s+$")) {
        break; // "người dùng Android": users, not the company
      }
      boolean ok =
          out.isEmpty()
              ? gap.matches(
                          // "các sản phẩm cùng loại của Israel": syllables, not words
                          "(?isu)\\s*(?:(?:\\S+\\s+){0,6}?(?:so\\s+với|hơn|với|của|từ)\\s+|(?:\\S+\\s+)"
                              + "{0,2}?"
                              // "so với các mô hình hàng đầu của Mỹ": the owner of the things
                              + "|(?:\\S+\\s+){0,6}?(?:so\\s+với|hơn)\\s+(?:(?:các|những)\\s+)?(?:\\S+\\s+){1,5}?của\\s+)"
                              + "(?:cả\\s+)?(?:(?:các|những)\\s+)?(?:đối\\s+thủ\\s+)?")
                      && !gap.matches("(?isu).*[,.;].*")
                  || gap.matches(
                      "(?isu)[^.;]{0,60}?,\\s*trước\\s+") // "dẫn đầu thị trường X, trước Y"
                  // "bị bỏ lại phía sau trong cuộc đua X, cả so với SpaceX lẫn Trung Quốc"
                  || gap.matches("(?isu)[^.;,]{0,80}?,\\s*(?:cả\\s+)?so\\s+với\\s+")
                  || a.kind() == ActorTable.Kind.COUNTRY
                      && gap.matches(NATIONAL_FIRMS) // "bỏ xa các nhà sản xuất Mỹ"
              : gap.matches(
                  "(?isu)[^.;]{0,40}?(?:,\\s*(?:sau|so\\s+với|hơn|trước)|\\s+(?:và|hay|hoặc|lẫn)|,)\\s*"
                      + "(?:\\S+\\s+){0,3}?"
                      + "(?:của\\s+)?");
      if (!ok || !out.isEmpty() && (startsCue(gap) || SUBORDINATE.matcher(gap).find())) {
        break; // "chỉ sau Brazil và vượt xa Colombia": Colombia is the next cue's object
      }
      out.add(a);
      at = a.end();
    }
    return out;
  }

  /**
   * Whether a mention names a thing of the actor named right after it: a product ("pin Blade của
   * BYD") or a class ("lớp Ford của Mỹ"); but "Sandoz của Thụy Sĩ" is a firm of its country.
   */
  private static boolean ownedByNext(String s, ActorMention a, List<ActorMention> mentions) {
    Matcher of = Pattern.compile("(?iu)^\\s+của\\s+").matcher(s.substring(a.end()));
    if (!of.lookingAt()) {
      return false;
    }
    int ownerAt = a.end() + of.end();
    ActorMention owner =
        mentions.stream().filter(m -> m.start() == ownerAt).findFirst().orElse(null);
    if (owner == null) {
      return false;
    }
    boolean classNoun = s.substring(0, a.start()).matches("(?isu).*\\b(?:lớp|dòng|mẫu|loại)\\s+$");
    return classNoun || a.open() && owner.kind() != ActorTable.Kind.COUNTRY;
  }

  /** Firms of a country named after them: "các nhà sản xuất Mỹ", "những hãng xe Nhật Bản". */
  private static final String NATIONAL_FIRMS =
      "(?isu)\\s*(?:\\S+\\s+){0,2}?(?:các|những|nhiều)\\s+(?:hãng|nhà\\s+sản\\s+xuất|công\\s+ty"
          + "|doanh\\s+nghiệp|tập\\s+đoàn|đối\\s+thủ|nhà\\s+cung\\s+cấp|startup|nhà\\s+máy|phòng\\s+thí"
          + "\\s+nghiệm|viện|trường|đại\\s+học|nhà\\s+mạng|ngân\\s+hàng|nhà\\s+khoa\\s+học|kỹ\\s+sư)"
          // "các hãng UAV nông nghiệp Việt Nam": the trade may hold an acronym
          + "(?:\\s+(?:\\p{Ll}+|\\p{Lu}{2,5})){0,3}?\\s+";

  /** "..., dù Huawei đã ...": a subordinate clause begins; its actors are not objects. */
  private static final Pattern SUBORDINATE =
      Pattern.compile(
          "(?iu)\\b(?:dù|mặc\\s+dù|tuy|khi|nhưng|vì|do|nếu|trong\\s+khi|song|còn|bởi)\\s");

  /** Whether a mention names a market's place: "thị trường smartphone Việt Nam". */
  private static boolean isMarket(String s, ActorMention a) {
    return s.substring(Math.max(0, a.start() - 40), a.start())
        .matches("(?isu).*\\bthị\\s+trường(?:\\s+[^\\s,;.]+){0,5}\\s+$");
  }

  private static List<ActorMention> notMarkets(String s, List<ActorMention> mentions) {
    return mentions.stream().filter(a -> !isMarket(s, a)).toList();
  }

  private static boolean startsCue(String text) {
    return DEFS.stream().anyMatch(d -> d.pattern().matcher(text).find());
  }

  private static boolean nonActorObject(String s, int end) {
    String after = s.substring(end).strip();
    if (after.matches("(?su)^(?:\\d[\\d.,]*\\s*%|\\d[\\d.,]*\\s*(?:lần|phần\\s+trăm)).*")) {
      return true; // "vượt 3% kế hoạch": a target beaten by a share, no rival
    }
    return !after.isEmpty()
        && Character.isLetter(after.charAt(0))
        && !after.matches(
            "(?isu)^(?:trong|về|ở|tại|khi|từ|với|so|họ|đối\\s+thủ|nước\\s+này|hãng\\s+này|trình\\s+độ|mức|năng\\s+lực)\\b.*");
  }

  /** The amount belonging to one object: right after it, else between the previous one and it. */
  private static @Nullable GapAmount amountFor(
      String s, List<AmountMention> found, int prevEnd, ActorMention ref, int to) {
    for (AmountMention a : found) {
      if (a.start() >= ref.end() && a.end() <= to) {
        String between = s.substring(ref.end(), a.start());
        if (between.matches("(?isu)\\s*(?:\\S+\\s+){0,2}?")) {
          return a.amount();
        }
        break;
      }
    }
    for (AmountMention a : found) {
      if (a.start() >= prevEnd && a.end() <= ref.start()) {
        return a.amount();
      }
    }
    return null;
  }

  /** "cần 20 năm nữa", "phải mất 5 năm": the time needed to catch up is the gap. */
  private static @Nullable GapAmount timeNeeded(
      String s, List<AmountMention> found, int from, int to) {
    for (AmountMention a : found) {
      if (a.start() >= from
          && a.end() <= to
          && a.kind() == AmountMention.Kind.TIME
          && s.substring(Math.max(from, a.start() - 12), a.start())
              .matches("(?isu).*\\b(?:cần|mất|tốn)\\s+(?:thêm\\s+)?$")) {
        return a.amount();
      }
    }
    return null;
  }

  private static @Nullable GapAmount amountNear(
      String s, List<AmountMention> found, int start, int end, int to) {
    for (AmountMention a : found) {
      if (a.kind() == AmountMention.Kind.TIME
          && ((a.start() >= end && a.end() <= to && a.start() - end < 40)
              || (a.end() <= start && start - a.end() < 25))) {
        return a.amount();
      }
    }
    return null;
  }

  /**
   * Another actor of the sentence; with {@code sameKind}, only one of the subject's kind (a country
   * is compared with a country: "Trung Quốc dẫn đầu ..., trong khi OpenAI ..." leaves the reference
   * to the context).
   */
  private static @Nullable String otherInSentence(
      List<ActorMention> mentions, String not, boolean sameKind) {
    ActorTable.Kind kind = null;
    for (ActorMention m : mentions) {
      if (m.canonical().equals(not)) {
        kind = m.kind();
      }
    }
    for (ActorMention m : mentions) {
      if (!m.canonical().equals(not) && (!sameKind || kind == null || m.kind() == kind)) {
        return m.canonical();
      }
    }
    return null;
  }

  private static @Nullable GapAmount nearestAfter(List<AmountMention> found, int from) {
    for (AmountMention a : found) {
      if (a.start() >= from && a.kind() == AmountMention.Kind.TIME) {
        return a.amount();
      }
    }
    return null;
  }

  private static List<ActorMention> actorsAfter(List<ActorMention> mentions, int from, int n) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention a : mentions) {
      if (a.start() >= from
          && out.size() < n
          && out.stream().noneMatch(o -> o.canonical().equals(a.canonical()))) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * "Các mô hình có năng lực ngang bằng ...": the noun between subject and cue; "phát triển kịp":
   * the verb before "kịp".
   */
  private static @Nullable String phraseBeforeCue(String s, int cueAt) {
    Matcher m =
        Pattern.compile("(?iu)(?:có|về|với)\\s+((?:\\p{Ll}+\\s+){1,3})$")
            .matcher(s.substring(Math.max(0, cueAt - 40), cueAt));
    if (m.find()) {
      return m.group(1).strip();
    }
    Matcher k = Pattern.compile("(?iu)^(phát\\s+triển)\\s+kịp").matcher(s.substring(cueAt));
    return k.find() ? k.group(1) : null;
  }

  /** "ngành chế tạo thiết bị điện gió của Việt Nam đang tụt hậu": the subject's field. */
  private static final Pattern FIELD_OF =
      Pattern.compile(
          // not a title: "Giám đốc công nghệ của VNG" is the CTO
          "(?u)(?:(?:[Nn]gành|[Ll]ĩnh\\s+vực)\\s+|(?<!(?:đốc|trưởng|[Vv]iện|[Bb]ộ)\\s)(?=(?:năng\\s+lực|trình\\s+độ|công\\s+nghệ|khả\\s+năng"
              + "|công\\s+nghiệp)\\s))(\\p{Ll}+(?:\\s+(?!(?:của|ở|tại|do|năm\\s+\\d)\\s)(?:\\p{Ll}[\\p{L}\\p{N}]*"
              + "|\\p{N}+)){0,7}?)"
              // "ngành bán dẫn của Việt Nam", and without "của": "ngành bán dẫn Việt Nam"; "năng
              // lực số
              // năm 2025 do Liên minh ... công bố": the year and the author are not the field
              + "(?:\\s+năm\\s+\\d{4})?(?:(?:\\s+(?:của|ở|tại|do))?\\s+\\p{Lu}|\\s+(?:trong\\s+nước|nội\\s+địa)\\b)");

  /** "để trở thành nhà sản xuất smartphone màn hình gập hàng đầu": the field of the ranking. */
  private static final Pattern RANKED_ROLE =
      Pattern.compile(
          "(?u)(?:nhà\\s+sản\\s+xuất|nhà\\s+cung\\s+cấp|nhà\\s+xuất\\s+khẩu|nhà\\s+nhập\\s+khẩu|nước"
              + "(?:\\s+có)?|quốc\\s+gia(?:\\s+có)?|hãng|công\\s+ty|thị\\s+trường|họ)\\s+(\\p{L}+(?:\\s+[\\p{L}\\p{N}-]+)"
              // "hãng xe bán chạy nhất", "nước có mật độ robot công nghiệp cao thứ ba"
              + "{0,5}?)\\s+(?:hàng\\s+đầu|(?:lớn|cao|bán\\s+chạy|được\\s+tải\\s+nhiều|nhiều)\\s+(?:nhất|thứ"
              + "\\s+\\S+))");

  /** "dẫn đầu phân khúc xe điện cỡ nhỏ tại Việt Nam": first in a segment, no rival named. */
  private static final Pattern LED_SEGMENT =
      Pattern.compile("(?iu)dẫn\\s+đầu\\s+(?:phân\\s+khúc|mảng|doanh\\s+số|sản\\s+lượng|lượt)\\b");

  /** "dẫn đầu thị trường smartphone Việt Nam, trước Apple": the market is the field. */
  private static final Pattern LED_MARKET =
      Pattern.compile(
          "(?iu)(?:dẫn\\s+đầu|thống\\s+trị|chiếm\\s+lĩnh)\\s+(thị\\s+trường(?:\\s+[\\p{L}\\p{N}]+)"
              + "{1,8}?)(?=\\s*[,.;]|\\s+(?:trước|với|khi|trong|nhờ|và)\\s)");

  /**
   * "Thiết bị 5G do Viettel tự phát triển không hề thua kém ...", "nhận định chip AI nội địa của
   * Trung Quốc ... vẫn kém ...": the thing of the subject's that is compared.
   */
  private static final Pattern OWNED_THING =
      Pattern.compile(
          "(?u)(?:^[“\"]?\\s*|,\\s+|(?:nhận\\s+định|cho\\s+rằng|cho\\s+biết|khẳng\\s+định"
              + "|tin\\s+rằng|thừa\\s+nhận|cho\\s+hay|tiết\\s+lộ)\\s+)(?!(?:Theo|Với|Trong|Tuy|Nhưng|Khi|Nếu|Dù)\\s)"
              // not a speaker's title: "Giám đốc công nghệ của VNG"
              + "(?!(?iu:(?:tổng\\s+)?giám\\s+đốc|chủ\\s+tịch|phó|trưởng|viện\\s+trưởng|bộ\\s+trưởng"
              + "|chuyên\\s+gia|ông|bà|đại\\s+diện|lãnh\\s+đạo|(?:một|các|những)\\s+(?:nhà|chuyên|quan|kỹ"
              + "|lãnh|đại)|người\\s+đứng\\s+đầu)\\s)(\\p{L}+(?:\\s+(?:\\p{Ll}+"
              // "Năng lực sản xuất tấm pin mặt trời của Việt Nam": syllables, so up to ten
              + "|[\\p{Lu}\\p{N}]{1,4})){0,9}?)\\s+(?:của|do)\\s+(?:(?:các|những)\\s+)?(?:\\p{Lu}|(?:công\\s+ty"
              + "|hãng|tập\\s+đoàn|doanh\\s+nghiệp|nhà\\s+sản\\s+xuất)\\b)");

  /** "Ấn Độ hiện có khoảng 125.000 kỹ sư thiết kế vi mạch, vượt xa Hàn Quốc": what is counted. */
  private static final Pattern COUNTED =
      Pattern.compile(
          "(?u)\\b(?:có|thực\\s+hiện|sản\\s+xuất|bán|giao|xuất\\s+khẩu|sở\\s+hữu|vận\\s+hành)\\s+(?:khoảng\\s+"
              + "|hơn\\s+|gần\\s+|tới\\s+)?\\d[\\d.,]*\\s+((?:triệu\\s+|nghìn\\s+|tỷ\\s+)?\\p{Ll}+(?:\\s+\\p{Ll}+){0,6}?)"
              + "(?=\\s*[,.;]|\\s+(?:vượt|đứng|xếp|chỉ|trong|so|và|nhiều|ít|gấp)\\b)");

  private static @Nullable String firstGroup(Pattern p, String s, int before) {
    Matcher m = p.matcher(s);
    return m.find() && m.start(1) < before ? m.group(1) : null;
  }

  /** The first match's group 1 anywhere in {@code s}, before or after the cue. */
  private static @Nullable String firstGroup(Pattern p, String s) {
    return firstGroup(p, s, s.length());
  }

  private static final Pattern BETWEEN = Pattern.compile("(?iu)\\bgiữa\\s+");

  /**
   * "Việt Nam triển khai 5G SA chậm hơn Philippines": what the subject does, between its name and
   * the cue, without the auxiliaries ("vẫn", "đang") that say nothing of a field.
   */
  private static final Pattern ACTIVITY_BEFORE_CUE =
      Pattern.compile(
          "(?u)\\p{Lu}\\p{L}*\\s+((?:\\p{Ll}+|[\\p{Lu}\\p{N}]{1,4})(?:\\s+(?:\\p{Ll}+|[\\p{Lu}\\p{N}]{1,4}))"
              + "{1,5})\\s+$");

  private static final Pattern AUXILIARIES =
      Pattern.compile(
          "(?iu)(?:^|\\s)(?:vẫn|đang|hiện(?:\\s+nay)?|đã|sẽ|còn|chỉ|cũng|có\\s+thể|không\\s+hề|chưa"
              + "|thì|lại|được|bị|rất|khá|hơi|hoàn\\s+toàn|gần\\s+như|tiếp\\s+tục|luôn|thậm\\s+chí)(?=\\s|$)");

  private static @Nullable String actorsActivity(String s, int cueAt) {
    Matcher m = ACTIVITY_BEFORE_CUE.matcher(s.substring(Math.max(0, cueAt - 60), cueAt));
    if (!m.find()) {
      return null;
    }
    // "vượt qua vivo nhưng vẫn xếp sau": only what follows the last conjunction is this cue's
    String clause = m.group(1).replaceFirst("(?iu)^.*\\b(?:nhưng|và|còn|mà|song)\\s+", "");
    String activity = AUXILIARIES.matcher(clause).replaceAll("").strip();
    // "cần ít nhất 5 năm để bắt kịp": how long it takes, not what is done
    return activity.contains(" ")
            && !activity.matches("(?iu).*\\b(?:cần|để|mất|năm|tháng|thập\\s+kỷ)\\b.*")
        ? activity
        : null;
  }

  private static boolean isCompany(List<ActorMention> mentions, String canonical) {
    for (ActorMention m : mentions) {
      if (m.canonical().equals(canonical)) {
        return m.kind() == ActorTable.Kind.COMPANY;
      }
    }
    return false;
  }

  private static @Nullable String rankedRole(String s) {
    Matcher m = RANKED_ROLE.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  /**
   * What no fallback may offer as a field: a verb of saying, "thể" or a bare sector word, a phrase
   * ending in an auxiliary ("có thể", "... còn") or naming places of a named actor ("các nhà máy
   * của Việt Nam").
   */
  private static final Pattern NOT_A_FIELD =
      Pattern.compile(
          DomainFinder.SAYING
              + "|(?iu)thể|ngành|lĩnh\\s+vực|mảng|nỗ\\s+lực|cố\\s+gắng|tổng\\s+thể|khởi\\s+nghiệp|của\\s.*"
              + "|.*\\s(?:còn|chỉ|là|được|đã|đang|vẫn|sẽ|hiện|cũng|bị|sau|trước)|(?:các|những)\\s.*\\bcủa\\s+(?-i:\\p{Lu}).*");

  /** "các doanh nghiệp thiết kế chip Việt Nam còn kém": the firms' trade is the field. */
  private static final Pattern FIRMS_IN_FIELD =
      Pattern.compile(
          "(?u)\\b(?:[Dd]oanh\\s+nghiệp|[Hh]ãng|[Cc]ông\\s+ty|[Nn]hà\\s+sản\\s+xuất|[Nn]hà\\s+cung"
              + "\\s+cấp)\\s+(?!(?:châu|miền|vùng|bang|tỉnh|khởi\\s+nghiệp)\\s)(\\p{Ll}+(?:\\s+[\\p{Ll}\\p{N}]+){0,4}?)"
              // "các hãng châu Âu": a place's first syllable is no trade
              + "(?<!\\s(?:châu|miền|vùng|bang|tỉnh))\\s+\\p{Lu}");

  /** "đi sau TSMC hai thế hệ công nghệ sản xuất chip": the generations are of a field. */
  private static final Pattern GENERATIONS_OF =
      Pattern.compile(
          "(?iu)\\bthế\\s+hệ\\s+((?:công\\s+nghệ|tiến\\s+trình|chip)(?:\\s+\\p{Ll}+){0,4}?)(?=\\s*[,.;]|$)");

  private static boolean isField(String phrase) {
    return !NOT_A_FIELD.matcher(phrase).matches();
  }

  /**
   * The subject's thing compared, trying each start in turn: in "Samsung thừa nhận mảng sản xuất
   * chip ... của hãng" the run from the sentence start holds the verb, the one after it does not.
   */
  private static @Nullable String ownedThing(String s, int cueAt) {
    Matcher m = OWNED_THING.matcher(s);
    int from = 0;
    while (from < s.length() && m.find(from) && m.start(1) < cueAt) {
      String d = DomainFinder.withoutSaying(lowerFirst(m.group(1)));
      if (isField(d)) {
        return d;
      }
      from = m.start(1) + 1;
    }
    return null;
  }

  private static @Nullable String lowerFirst(@Nullable String phrase) {
    return phrase != null && phrase.matches("(?u)\\p{Lu}\\p{Ll}.*")
        ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) // sentence start
        : phrase;
  }

  private static @Nullable String subjectsField(String s, int cueAt) {
    Matcher m = FIELD_OF.matcher(s.substring(0, cueAt));
    if (m.find()) {
      return m.group(1);
    }
    // "Khoảng cách giữa ngành đóng tàu Việt Nam và Hàn Quốc": the pair's field follows the cue
    Matcher between = BETWEEN.matcher(s);
    Matcher field = FIELD_OF.matcher(s);
    return between.find(cueAt) && field.find(between.end()) ? field.group(1) : null;
  }

  private static Candidate candidate(
      Sentence sentence,
      String subject,
      String reference,
      Relation relation,
      @Nullable GapAmount amount,
      int cueAt,
      boolean fromContext) {
    String s = sentence.text();
    List<Supplier<@Nullable String>> sources =
        List.of(
            () -> DomainFinder.find(s, cueAt, "vi"),
            () -> phraseBeforeCue(s, cueAt),
            // "vượt qua Apple để dẫn đầu thị trường ...": the market may follow the cue
            () -> firstGroup(LED_MARKET, s),
            () -> subjectsField(s, cueAt),
            () -> ownedThing(s, cueAt),
            () -> firstGroup(FIRMS_IN_FIELD, s, cueAt),
            () -> firstGroup(GENERATIONS_OF, s),
            () -> firstGroup(COUNTED, s, cueAt),
            () -> rankedRole(s),
            () -> actorsActivity(s, cueAt));
    String domain = null;
    for (Supplier<@Nullable String> source : sources) {
      String d = source.get();
      d = d == null ? null : DomainFinder.withoutSaying(d);
      if (d != null && isField(d)) {
        domain = d;
        break;
      }
    }
    return new Candidate(
        subject, reference, relation, amount, domain, sentence, fromContext, cueAt);
  }
}
