package gapwatch.claims;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds who a Vietnamese claim is attributed to: "Theo chuyên gia X từ Y, ...", "X, <chức vụ> của
 * Y, cho rằng ...", "theo thông tin từ Y". Thread-safe.
 */
final class VietnameseSpeakerFinder {

  private static final String NAME_WORDS =
      "\\p{Lu}[\\p{L}’'.&-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}’'.&-]*){0,5}";

  private static final String NAME = "(" + NAME_WORDS + ")";

  /**
   * An organisation whose name has lower-case words: "Ủy ban châu Âu", "Đại học Quốc gia Hà Nội".
   */
  private static final String ORGANISATION_WORDS =
      "(?:(?:Ủy\\s+ban|Trường\\s+Đại\\s+học|Đại\\s+học|Viện|Bộ|Hiệp\\s+hội|Trung\\s+tâm|Tổ\\s+chức"
          + "|Tổng\\s+công\\s+ty|Công\\s+ty|Tập\\s+đoàn"
          + "|Ngân\\s+hàng|Học\\s+viện|Quỹ|Tổng\\s+cục|Cục|Liên\\s+minh)(?:\\s+(?:\\p{Lu}[\\p{L}’'.-]*"
          // a capitalised word's lower-case second syllable: "Thông tin", "Nhà nước"
          + "(?:\\s+(?!(?:cho|nói|nhận\\s+định|khẳng|đánh\\s+giá|tin\\s+rằng|ước\\s+tính|dự\\s+báo"
          + "|cảnh\\s+báo|và|của|tại|ở|về|trong|đã|vừa"
          + "|cũng|là|có|được|đang|sẽ|công\\s+bố|thực\\s+hiện|phát\\s+hành|đưa|nêu|hôm|ngày|tuần"
          + "|năm|tháng|cho\\s+biết)\\b)\\p{Ll}+)?"
          + "|châu|quốc\\s+gia|quốc\\s+tế|thế\\s+giới|và)){1,6}(?<!\\svà))";

  private static final Pattern THEO =
      Pattern.compile(
          "(?:^|[,;]\\s*|\\s)[Tt]heo\\s+(?:(?:một|các|những)\\s+)?(?:(?:(?:hãng|công\\s+ty|nhóm|tổ\\s+chức"
              + "|hiệp\\s+hội|tạp\\s+chí|báo|tờ|trang|hãng\\s+tin|lãnh\\s+đạo|đại\\s+diện)(?:\\s+\\p{Ll}+){0,4}?"
              + "|(?:[Pp]hó\\s+)?(?:[Tt]hứ\\s+trưởng|[Bb]ộ\\s+trưởng|[Cc]hủ\\s+tịch|[Tt]ổng\\s+giám\\s+đốc"
              + "|[Gg]iám\\s+đốc|[Vv]iện\\s+trưởng|[Hh]iệu\\s+trưởng|[Tt]ổng\\s+thư\\s+ký)(?:\\s+"
              + ORGANISATION_WORDS
              + ")?|chuyên\\s+gia|ông|bà|(?:[Pp]hó\\s+)?[Gg]iáo\\s+sư|GS\\.?"
              + "|TS\\.?|PGS\\.?|ThS\\.?|[Tt]iến\\s+sĩ|[Tt]hạc\\s+sĩ|nhà\\s+\\S+|thông\\s+tin\\s+từ|số\\s+liệu\\s+(?:của|từ)"
              + "|(?:đánh\\s+giá|nhận\\s+định|ước\\s+tính|phân\\s+tích|báo\\s+cáo|thống\\s+kê|khảo\\s+sát"
              + "|nghiên\\s+cứu|kết\\s+quả|xếp\\s+hạng|bảng\\s+xếp\\s+hạng)(?:\\s+\\p{Ll}+){0,3}?"
              + "\\s+(?:của|từ)(?:\\s+\\p{Ll}+){0,5}"
              + "|báo\\s+cáo\\s+(?:của|từ)|dữ\\s+liệu\\s+(?:của|từ))\\s+)*"
              + "("
              + ORGANISATION_WORDS
              + "|"
              + NAME_WORDS
              + ")(?:\\s*(?:\\(([^)]{2,60})\\))?\\s*(?:(?:,\\s*)?(?:từ|của|thuộc|tại)\\s+([^,]{2,80})"
              + "|,\\s*([^,]{2,80}),))?");

  private static final Pattern ORGANISATION = Pattern.compile("(?u)" + ORGANISATION_WORDS);

  private static final Pattern CLAUSE_AFTER_THEO =
      Pattern.compile("(?iu)\\s(?:hiện|đang|đã|vẫn|là|xếp|đi|dẫn|có|sẽ|bị|được)\\s");

  private static final Pattern SAYS =
      Pattern.compile(
          "("
              + ORGANISATION_WORDS
              + "|"
              + NAME_WORDS
              + ")"
              // "Giáo sư Rajesh Mehta của Viện Công nghệ Ấn Độ (IIT) Delhi nói"
              + "\\s*((?:\\s*\\([^)]{2,80}\\))?(?:\\s+(?:của|thuộc)\\s+[^,]{2,80}?)?(?:,\\s*[^,]{2,120}?)*?)\\s*,?\\s+(?:(?:cũng|đã|từng|gần\\s+đây|mới\\s+đây)\\s+)*(?:cũng\\s+)?(?:đã\\s+)?(?:đưa\\s+ra\\s+đánh\\s+giá"
              + "(?:\\s+tương\\s+tự)?\\s*,?\\s*)?(?:cho\\s+rằng|nhận\\s+định|cho\\s+biết|nói|khẳng"
              + "\\s+định|đánh\\s+giá|nhấn\\s+mạnh|tin\\s+rằng|ước\\s+tính|phát\\s+biểu|tuyên\\s+bố"
              + "|thừa\\s+nhận|lưu\\s+ý|cảnh\\s+báo|chia\\s+sẻ|cho\\s+hay|phát\\s+biểu(?:\\s+\\S+){0,3}?\\s+rằng"
              + "|cho\\s+thấy|chỉ\\s+ra|dự\\s+báo|dự\\s+đoán|đưa\\s+tin|nhận\\s+xét|bình\\s+luận|phân\\s+tích"
              + "|lý\\s+giải|giải\\s+thích|viết)");

  /** What may stand before a firm's name: "ngân hàng Morgan Stanley", "hãng tư vấn McKinsey". */
  private static final String FIRM_NOUN =
      "(?:(?:ngân\\s+hàng|hãng|công\\s+ty|tập\\s+đoàn|tổ\\s+chức|quỹ|nhà\\s+băng)(?:\\s+\\p{Ll}+){0,4}"
          // "đại diện Micron chia sẻ": someone speaking for the firm
          + "\\s+|(?:đại\\s+diện|lãnh\\s+đạo|người\\s+phát\\s+ngôn|(?:các\\s+)?nhà\\s+phân\\s+tích)"
          + "(?:\\s+(?:của|hãng|công\\s+ty))?\\s+)?";

  /** "Theo Chỉ số ... của Liên Hợp Quốc,": a document named by its title, then its author. */
  private static final Pattern THEO_DOCUMENT_OF =
      Pattern.compile(
          "(?u)(?:^\\s*|,\\s*)[Tt]heo\\s+(?:[Cc]hỉ\\s+số|[Bb]ảng\\s+xếp\\s+hạng|[Xx]ếp\\s+hạng|[Bb]áo\\s+cáo"
              // "Theo khảo sát chất lượng ban đầu năm nay của J.D. Power,": named or described
              + "|[Kk]hảo\\s+sát)\\s+[^,]{0,80}?\\s*của\\s+(\\p{Lu}[^,]{1,60}?)\\s*(?:,|\\.?\\s*$)");

  /** "Báo cáo (ngày ...) của ORG cho thấy": the organisation is the speaker. */
  private static final Pattern REPORT_OF =
      Pattern.compile(
          "(?iu)(?:báo\\s+cáo|nghiên\\s+cứu|khảo\\s+sát|phân\\s+tích|số\\s+liệu|dữ\\s+liệu)"
              + "(?:\\s+\\S+){0,4}?\\s+(?:của|từ)\\s+([^,]{2,80}?)\\s*(?:\\(([^)]{2,40})\\))?\\s+"
              + "(?:cho\\s+thấy|chỉ\\s+ra|khẳng\\s+định|nhận\\s+định|đánh\\s+giá|kết\\s+luận)");

  /**
   * "báo Chosun Ilbo dẫn lời các nguồn tin trong ngành": an outlet citing only unnamed sources is
   * the innermost named source.
   */
  private static final Pattern OUTLET_CITING_UNNAMED =
      Pattern.compile(
          "(?u)(?iu:báo|tờ|hãng\\s+tin|hãng\\s+thông\\s+tấn|trang(?:\\s+tin)?|tạp\\s+chí)\\s+"
              + NAME
              + "\\s+(?:dẫn\\s+(?:lời\\s+)?(?:(?:các|một|những|nhiều)\\s+)?(?:nguồn\\s+tin|chuyên\\s+gia"
              + "|quan\\s+chức|nhà\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?|giới\\s+\\p{Ll}+)(?!\\s+(?:của|từ|thuộc)"
              + "\\s+\\p{Lu}))");

  /** What a report, ranking or set of figures is called: its author speaks through it. */
  private static final String DOCUMENT =
      "(?:bảng\\s+xếp\\s+hạng|xếp\\s+hạng|báo\\s+cáo|kết\\s+quả|số\\s+liệu|chỉ\\s+số|khảo\\s+sát"
          + "|đánh\\s+giá|nghiên\\s+cứu|thống\\s+kê|dữ\\s+liệu|phân\\s+tích|ước\\s+tính|thử\\s+nghiệm"
          + "|đo\\s+kiểm)";

  /**
   * "bảng xếp hạng ... do Liên Hợp Quốc công bố", "kết quả do chính Viettel công bố": the author of
   * the document the claim comes from.
   */
  private static final Pattern DOCUMENT_BY =
      Pattern.compile(
          "(?iu)"
              + DOCUMENT
              + "(?:\\s+[^\\s,.;]+){0,12}?\\s+do\\s+(?:chính\\s+)?(?:(?:nhóm\\s+nghiên\\s+cứu|các\\s+nhà"
              + "\\s+nghiên\\s+cứu|các\\s+nhà\\s+khoa\\s+học)\\s+(?:của|thuộc|tại)\\s+)?"
              + "(?:(?:hãng|công\\s+ty|tổ\\s+chức|tập\\s+đoàn)(?:\\s+\\p{Ll}+){0,3}?\\s+)?"
              + "(?-i:(\\p{Lu}[^,.;]{1,80}?))\\s*(?:\\(([^)]{2,40})\\))?\\s+(?-i:công\\s+bố|thực\\s+hiện"
              + "|đưa\\s+ra|phát\\s+hành|tiến\\s+hành|biên\\s+soạn|xây\\s+dựng|khởi\\s+xướng)\\b");

  /**
   * "báo Tuổi Trẻ dẫn số liệu từ hãng nghiên cứu Omdia": an outlet citing a named source; the
   * source is the innermost.
   */
  private static final Pattern OUTLET_CITING_SOURCE =
      Pattern.compile(
          "(?u)\\bdẫn\\s+(?:(?:một|các|những)\\s+)?(?:số\\s+liệu|dữ\\s+liệu|báo\\s+cáo|phân\\s+tích"
              + "|nghiên\\s+cứu|khảo\\s+sát|đánh\\s+giá|ước\\s+tính|thống\\s+kê|nhận\\s+định)(?:\\s+\\p{Ll}+){0,3}?"
              + "\\s+(?:của|từ)\\s+"
              + FIRM_NOUN
              + "("
              + ORGANISATION_WORDS
              + "|"
              + NAME_WORDS
              + ")");

  /** "Đây là đánh giá của Hiệp hội Đóng tàu Hàn Quốc": whose judgement the sentence before is. */
  private static final Pattern THIS_IS_ASSESSMENT_OF =
      Pattern.compile(
          "(?u)^(?:Đây|Đó|Điều\\s+này)\\s+là\\s+(?:đánh\\s+giá|nhận\\s+định|kết\\s+luận|ước\\s+tính"
              + "|kết\\s+quả|phân\\s+tích|nhận\\s+xét)(?:\\s+\\p{Ll}+){0,3}?\\s+(?:của|do)\\s+"
              + FIRM_NOUN
              + "("
              + ORGANISATION_WORDS
              + "|"
              + NAME_WORDS
              + ")(?:\\s*\\(([^)]{2,40})\\))?");

  /** "(Theo Reuters)": the item's source line. */
  private static final Pattern SOURCE_LINE =
      Pattern.compile("(?u)^\\s*\\(?\\s*Theo\\s+(" + NAME_WORDS + ")\\s*\\)?\\s*\\.?\\s*$");

  /** "Bộ trưởng Thương mại Mỹ cho biết": a minister not named speaks for the ministry. */
  private static final Pattern MINISTER_SAYS =
      Pattern.compile(
          "(?u)(?:^|[,;”\"]\\s*)(?:[Pp]hó\\s+)?[Bb]ộ\\s+trưởng\\s+(?:[Bb]ộ\\s+)?(\\p{Lu}\\p{L}*(?:\\s+\\p{L}+){0,4}?)"
              + "\\s+(?:cho\\s+biết|nói|khẳng\\s+định|nhận\\s+định|cho\\s+rằng|thừa\\s+nhận|tuyên\\s+bố"
              + "|phát\\s+biểu|nhấn\\s+mạnh)");

  /** "dẫn lời ông NAME, ROLE ORG": the outlet quotes a named person. */
  private static final Pattern QUOTES_NAMED =
      Pattern.compile(
          "(?u)\\bdẫn\\s+lời\\s+(?:(?:ông|bà|TS\\.?|PGS\\.?\\s?TS\\.?|GS\\.?|chuyên\\s+gia)\\s+)+("
              + NAME_WORDS
              + ")(?:\\s*,\\s*([^,.]{2,120}))?");

  private static final Pattern CAPITALISED_WORD = Pattern.compile("(?u)\\b\\p{Lu}[\\p{L}’'-]*");

  /** Countries that open a clause ("So với Thái Lan, Việt Nam ..."), never speakers. */
  private static final Pattern COUNTRY_NAME =
      Pattern.compile(
          "(?u)(?:Trung\\s+Quốc|Mỹ|Việt\\s+Nam|Viet\\s+Nam|Thái\\s+Lan|Nhật\\s+Bản|Hàn\\s+Quốc|Ấn\\s+Độ|Đài\\s+Loan"
              + "|Nga|Đức|Pháp|Anh|Singapore|Malaysia|Indonesia|Philippines|Campuchia|Lào|Úc|Canada"
              + "|Israel|[Cc]hâu\\s+Âu|Liên\\s+minh\\s+châu\\s+Âu)(?:\\s.*)?");

  private VietnameseSpeakerFinder() {}

  /** "Ông cho rằng", "theo bà", "Ông Khải nói": a speaker named before, by title or given name. */
  private static final Pattern TITLE_ONLY =
      Pattern.compile(
          "(?iu)(?:^|[,;]\\s*|\\s)(?:theo\\s+(?:ông|bà)\\s*(?:,|$)|(?:ông|bà)\\s+(?:\\p{Lu}\\S*\\s+)?"
              + "(?:cũng\\s+|còn\\s+)?(?:cho\\s+rằng|nhận\\s+định|cho\\s+biết|nói|khẳng\\s+định"
              + "|đánh\\s+giá|nhấn\\s+mạnh|ước\\s+tính|lưu\\s+ý|cảnh\\s+báo|chia\\s+sẻ|thừa\\s+nhận"
              + "|tin\\s+rằng|nhận\\s+xét|phân\\s+tích|bình\\s+luận|dự\\s+báo))");

  /** "Theo cơ quan này, ...", "báo cáo cho biết": the organisation the sentence before named. */
  private static final Pattern ORGANISATION_ANAPHOR =
      Pattern.compile(
          "(?iu)(?:(?:^|[,;]\\s*|\\s)(?:cũng\\s+)?theo\\s+(?:cơ\\s+quan|báo\\s+cáo|tổ\\s+chức|viện|bộ|hãng"
              + "|công\\s+ty|nghiên\\s+cứu|khảo\\s+sát)(?:\\s+(?:này|trên|đó))?\\s*(?:,|$)|(?:báo\\s+cáo"
              + "|nghiên\\s+cứu|khảo\\s+sát|cơ\\s+quan\\s+này|tổ\\s+chức\\s+này)(?:\\s+(?:này|trên))?\\s+"
              + "(?:cũng\\s+)?(?:cho\\s+biết|cho\\s+thấy|nhận\\s+định|chỉ\\s+ra|đánh\\s+giá|kết\\s+luận))");

  /**
   * "Một nhà phân tích cấp cao của hãng nghiên cứu Canalys cho biết", "Người đứng đầu Roscosmos
   * thừa nhận": someone unnamed speaks for a named organisation.
   */
  private static final Pattern STAFF_OF =
      Pattern.compile(
          "(?u)(?:^|[,;]\\s*|\\s)(?iu:(?:một|các|những)\\s+(?:nhà\\s+phân\\s+tích|chuyên\\s+gia|quan\\s+chức"
              + "|kỹ\\s+sư|nhà\\s+nghiên\\s+cứu|lãnh\\s+đạo|đại\\s+diện)(?:\\s+\\p{Ll}+){0,3}?\\s+(?:của|tại"
              + "|thuộc)|người\\s+đứng\\s+đầu)\\s+(?:(?:hãng|công\\s+ty|tập\\s+đoàn|tổ\\s+chức)(?:\\s+\\p{Ll}+){0,3}?"
              + "\\s+)?("
              + NAME_WORDS
              + ")\\s+(?:(?:đã|cũng)\\s+)?(?iu:cho\\s+biết|nói|thừa\\s+nhận|đánh\\s+giá|nhận\\s+định"
              + "|cho\\s+rằng|khẳng\\s+định|viết|chia\\s+sẻ)");

  static @Nullable Speaker find(List<Sentence> sentences, int index) {
    Speaker sp = resolve(sentences, index);
    if (sp == null) {
      Matcher line = SOURCE_LINE.matcher(sentences.get(sentences.size() - 1).text());
      if (line.matches()) {
        sp = new Speaker(line.group(1).strip(), null); // "(Theo Reuters)" closing the item
      }
    }
    if (sp == null && index > 0) {
      // "Theo Canalys, Samsung dẫn đầu .... Xiaomi đã vượt mặt vivo ...": the source opening the
      // previous sentence goes on speaking in this one
      String prev = sentences.get(index - 1).text();
      if (LEADING_THEO.matcher(prev).lookingAt()
          && sentences.get(index - 1).paragraph() == sentences.get(index).paragraph()
          && !WRITERS_INFERENCE.matcher(sentences.get(index).text()).lookingAt()) {
        sp = resolve(sentences, index - 1);
      }
    }
    if (sp != null && sp.name().matches("(?su).+\\s+(?:có|đặt)\\s+trụ\\s+sở\\b.*")) {
      // "Quỹ ... (ITIF) có trụ sở tại Washington": where it sits is not its name
      sp =
          new Speaker(
              sp.name().replaceFirst("(?su)\\s+(?:có|đặt)\\s+trụ\\s+sở\\b.*$", ""),
              sp.affiliation());
    }
    if (sp != null && NOT_A_NAME.matcher(sp.name()).matches()) {
      return null; // "Theo", "ngành dược": a preposition or a common noun, not who spoke
    }
    return sp == null ? null : untitled(sp);
  }

  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?u)(?i:theo|trong|với|khi|dù|nhưng|tuy|ngoài|sau|trước)|\\p{Ll}+(?:\\s+\\p{Ll}+)*");

  /** A sentence opening with its source: "Theo Canalys, ...". */
  private static final Pattern LEADING_THEO = Pattern.compile("(?u)\\s*Theo\\s+[^,]{2,80},");

  /** An apposition is a noun phrase: one holding "nhưng", "song" ... spans clauses instead. */
  private static final Pattern CLAUSE_LINK =
      Pattern.compile("(?iu)\\b(?:nhưng|song|tuy\\s+nhiên|trong\\s+khi|còn|và\\s+đang|đang)\\s");

  /**
   * "Hà Tĩnh, VinFast đã bắt kịp Hyundai ..., ông X cho biết": a name then a verb is a clause, not
   * an apposition of the name before it.
   */
  private static final Pattern CLAUSE_IN_APPOSITION =
      Pattern.compile(
          "(?u),\\s*\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)*\\s+(?:đã|đang|vẫn|sẽ|cũng|hiện)\\s");

  /** "Kết quả này giúp ...", "Như vậy, ...": the writer drawing a conclusion from the source. */
  private static final Pattern WRITERS_INFERENCE =
      Pattern.compile(
          "(?iu)\\s*(?:(?:kết\\s+quả|điều|con\\s+số|số\\s+liệu)\\s+(?:này|đó|trên)|nhờ\\s+đó|qua"
              + "\\s+đó|như\\s+vậy|do\\s+đó|vì\\s+vậy|từ\\s+đó)\\b");

  /**
   * "Ông Trần Văn Khải" → "Trần Văn Khải", "TS Vũ Minh Hà" → "Vũ Minh Hà"; a bare "Ông Khải" keeps
   * the title.
   */
  private static Speaker untitled(Speaker sp) {
    // the sentence's full stop, not an abbreviation's: "Wood Mackenzie.", "IDC." but "Co."
    String full = sp.name().replaceFirst("(?u)(\\p{L}{4,}|\\b\\p{Lu}{2,})\\.$", "$1");
    String name =
        full.replaceFirst(
            "(?iu)^(?:(?:ông|bà|anh|chị|(?:PGS|GS)\\.\\s?TS\\.?|TS\\.?|PGS\\.?|GS\\.?|ThS\\.?"
                + "|tiến\\s+sĩ|phó\\s+giáo\\s+sư|giáo\\s+sư|thạc\\s+sĩ|kỹ\\s+sư)\\s+)+",
            "");
    return new Speaker(name.split("\\s+").length >= 2 ? name : full, sp.affiliation());
  }

  private static @Nullable Speaker resolve(List<Sentence> sentences, int index) {
    String s = sentences.get(index).text();
    if (ORGANISATION_ANAPHOR.matcher(s).find()) {
      for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
        Speaker before = inSentence(sentences.get(i).text());
        if (before != null && ORGANISATION.matcher(before.name()).find()) {
          return before; // "Theo cơ quan này, ...": the agency named just before
        }
        Matcher named = ORGANISATION.matcher(sentences.get(i).text());
        if (before == null && named.lookingAt()) {
          // "Bộ Thương mại Mỹ vừa công bố bản đánh giá ... Theo cơ quan này, ..."
          return new Speaker(named.group().strip(), null);
        }
      }
    }
    if (s.matches("(?isu).*\\btheo\\s+(?:ông|bà)\\s*,.*")) {
      // "Tuy nhiên, theo ông, Việt Nam vẫn chậm hơn ...": the man named before
      for (int i = index - 1; i >= Math.max(0, index - 6); i--) {
        if (sentences.get(i).paragraph() != sentences.get(index).paragraph()) {
          break;
        }
        Speaker prev = inSentence(sentences.get(i).text());
        if (prev == null) {
          prev = introduced(sentences.get(i).text());
        }
        if (prev != null) {
          prev = withoutOrganisation(prev);
        }
        if (prev != null && !isTitled(prev.name()) && !ORGANISATION.matcher(prev.name()).find()) {
          return prev;
        }
      }
    }
    Speaker sp = inSentence(s);
    if (sp == null && index + 1 < sentences.size()) {
      Matcher given = GIVEN_BY.matcher(sentences.get(index + 1).text());
      if (given.find()) {
        // "Nhận định này được TS. Vũ Thị Lan, Đại học Công nghệ, đưa ra": the next sentence says
        String rest =
            given.group(2)
                .split(
                    ",|(?:^|\\s+)(?:đưa\\s+ra|nêu\\s+ra|phát\\s+biểu|công\\s+bố|thực\\s+hiện|cho\\s+biết)"
                        + "\\b",
                    2)[0];
        return new Speaker(given.group(1).strip(), rest.isBlank() ? null : organisation(rest));
      }
      Matcher judged = THIS_IS_ASSESSMENT_OF.matcher(sentences.get(index + 1).text());
      if (judged.find()) {
        // "... đi sau khoảng 5 năm ... Đây là đánh giá của Hiệp hội Đóng tàu Hàn Quốc"
        return new Speaker(judged.group(1).strip(), null);
      }
    }
    if (sp != null && sp.name().split("\\s+").length >= 2 && !isTitled(sp.name())) {
      return sp;
    }
    if (sp != null || TITLE_ONLY.matcher(s).find()) {
      // "Ông Khải" or "ông": the person named in full before
      String given = sp == null ? null : lastWord(sp.name());
      for (int i = index - 1; i >= Math.max(0, index - 6); i--) {
        Speaker prev = inSentence(sentences.get(i).text());
        if (prev == null) {
          prev = introduced(sentences.get(i).text());
        }
        if (prev != null && isTitled(prev.name())) {
          prev = untitled(prev); // "Ông Kim Dong-hyun, ..., có bài phát biểu": the person, titled
        }
        if (prev != null
            && !isTitled(prev.name())
            && (given == null
                || lastWord(prev.name()).equals(given)
                || prev.name().startsWith(given + " "))) {
          return prev;
        }
      }
    }
    return sp;
  }

  /** "Nhận định này được TS. Vũ Thị Lan (ĐHQG) đưa ra": whose judgement the sentence before is. */
  private static final Pattern GIVEN_BY =
      Pattern.compile(
          "^(?:Nhận\\s+định|Đánh\\s+giá|Nhận\\s+xét|Ý\\s+kiến|Ước\\s+tính|Dự\\s+báo|Phát\\s+biểu"
              + "|Kết\\s+quả|Số\\s+liệu|Báo\\s+cáo|Nghiên\\s+cứu)"
              + "\\s+(?:này|trên|đó)\\s+(?:được|do|là\\s+của)\\s+(?:(?:ông|bà|TS\\.?|PGS\\.?\\s?TS\\.?"
              + "|GS\\.?|ThS\\.?|chuyên\\s+gia|nhóm\\s+nghiên\\s+cứu\\s+(?:của|thuộc)|các\\s+nhà"
              + "\\s+nghiên\\s+cứu\\s+(?:của|thuộc))\\s+)*("
              + ORGANISATION_WORDS
              + "|"
              + NAME_WORDS
              + ")\\s*,?\\s*(.*)$");

  /** "Ông Takeshi Mori đã có hơn 30 năm làm việc ...": a person introduced by title and name. */
  private static final Pattern INTRODUCED =
      Pattern.compile("(?:^|[.;]\\s*|,\\s*)(?:Ông|Bà|ông|bà)\\s+(" + NAME_WORDS + ")");

  private static @Nullable Speaker introduced(String s) {
    Matcher m = INTRODUCED.matcher(s);
    return m.find() && m.group(1).contains(" ") ? new Speaker(m.group(1), null) : null;
  }

  /**
   * "Bộ Công Thương Nguyễn Sinh Nhật Tân" → the person: a title's organisation ran into the name.
   */
  private static Speaker withoutOrganisation(Speaker sp) {
    Matcher org = ORGANISATION.matcher(sp.name());
    if (org.lookingAt()) {
      String rest = sp.name().substring(org.end()).strip();
      if (rest.split("\\s+").length >= 2 && rest.matches("(?u)\\p{Lu}.*")) {
        return new Speaker(rest, org.group().strip());
      }
      String[] words = sp.name().split("\\s+");
      if (rest.isEmpty() && words.length >= 6) {
        // the organisation's capitalised words ran on into the person's: the name starts at its
        // family name, else it is the last three words
        int at = words.length - 3;
        for (int k = words.length - 2; k >= 1; k--) {
          if (FAMILY_NAMES.contains(words[k])) {
            at = k;
            break;
          }
        }
        return new Speaker(
            String.join(" ", java.util.Arrays.copyOfRange(words, at, words.length)),
            String.join(" ", java.util.Arrays.copyOfRange(words, 0, at)));
      }
    }
    return sp;
  }

  /** The most common Vietnamese family names, where a person's name begins. */
  private static final java.util.Set<String> FAMILY_NAMES =
      java.util.Set.of(
          "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Mai", "Tạ", "Lương", "Hà", "Cao");

  private static boolean isTitled(String name) {
    return name.matches("(?iu)^(?:ông|bà|anh|chị)\\b.*");
  }

  private static String lastWord(String name) {
    String[] w = name.strip().split("\\s+");
    return w[w.length - 1];
  }

  static @Nullable Speaker inSentence(String s) {
    Matcher staff = STAFF_OF.matcher(s);
    if (staff.find()) {
      return new Speaker(staff.group(1).strip(), null); // "Người đứng đầu Roscosmos thừa nhận"
    }
    Matcher quoted = QUOTES_NAMED.matcher(s);
    if (quoted.find()) {
      // "tờ Kommersant dẫn lời ông Sergei Volkov, Giám đốc ...": the person quoted is the source
      String rest = quoted.group(2) == null ? null : quoted.group(2).strip();
      return new Speaker(
          quoted.group(1).strip(), rest == null || rest.isEmpty() ? null : organisation(rest));
    }
    Matcher cited = OUTLET_CITING_SOURCE.matcher(s);
    if (cited.find()) {
      return new Speaker(cited.group(1).strip(), null); // "báo X dẫn số liệu từ hãng Omdia"
    }
    Matcher outlet = OUTLET_CITING_UNNAMED.matcher(s);
    if (outlet.find()) {
      return new Speaker(outlet.group(1).strip(), null);
    }
    Matcher by = DOCUMENT_BY.matcher(s);
    if (by.find()) {
      return new Speaker(
          by.group(1).strip(), null); // "theo bảng xếp hạng do Liên Hợp Quốc công bố"
    }
    Matcher r = REPORT_OF.matcher(s);
    if (r.find()) {
      return new Speaker(r.group(1).strip(), r.group(2));
    }
    Matcher document = THEO_DOCUMENT_OF.matcher(s);
    if (document.find()) {
      // "Theo Chỉ số Phát triển Chính phủ điện tử của Liên Hợp Quốc, ...": the index's author
      return new Speaker(document.group(1).strip(), null);
    }
    Matcher m = THEO.matcher(s);
    if (m.find()) {
      String aff =
          m.group(3) != null ? m.group(3).strip() : m.group(4) != null ? m.group(4) : m.group(2);
      if (aff != null && CLAUSE_AFTER_THEO.matcher(aff).find()) {
        aff = null; // "Theo X, Việt Nam hiện xếp thứ 4 ...": the claim itself, not an apposition
      }
      String name = m.group(1).strip();
      if (!name.contains(" ")) {
        // "Theo Thứ trưởng Bộ Công Thương Nguyễn Văn Minh": the organisation's name ran into the
        // person's; a Vietnamese name is the last three capitalised words
        Matcher words = CAPITALISED_WORD.matcher(s.substring(m.start(), m.end(1)));
        List<String> all = new java.util.ArrayList<>();
        while (words.find()) {
          all.add(words.group());
        }
        if (all.size() >= 4) {
          name = String.join(" ", all.subList(all.size() - 3, all.size()));
        }
      }
      return new Speaker(name, aff == null ? null : organisation(aff));
    }
    m = SAYS.matcher(s);
    int from = 0;
    while (from < s.length() && m.find(from)) {
      String name = m.group(1).strip();
      boolean firm =
          name.matches("[A-Z][A-Za-z0-9&.-]{2,}")
              // "Intel thừa nhận ...", "..., hãng tư vấn McKinsey nhận định"
              && s.substring(0, m.start(1)).matches("(?su)\\s*|.*,\\s*" + FIRM_NOUN);
      if (name.split("\\s+").length < 2 && !firm
          || COUNTRY_NAME.matcher(name).matches()
          || CLAUSE_LINK.matcher(m.group(2) == null ? "" : m.group(2)).find()
          // "Pin LFP của Gotion được đánh giá ...": assessed, not assessing
          || m.group(2) != null && m.group(2).matches("(?isu).*(?<!\\p{L})(?:được|bị)\\s*$")
          // "..., theo đánh giá của một số chuyên gia": the noun "đánh giá", not the verb
          || s.substring(0, m.end()).matches("(?isu).*(?<!\\p{L})theo\\s+\\p{L}+(?:\\s+\\p{L}+)?$")
          || CLAUSE_IN_APPOSITION.matcher(m.group(2) == null ? "" : m.group(2)).find()) {
        // a rejected name may swallow the real one into its apposition: "Nokia,” ông Trần ..."
        from = m.end(1);
        continue;
      }
      String apposition = m.group(2) == null ? "" : m.group(2).replaceFirst("^\\s*,\\s*", "");
      String[] parts = apposition.split(",");
      String lastPart = parts[parts.length - 1].strip();
      boolean nameIsObject =
          s.substring(0, m.start(1))
              .matches(
                  "(?isu).*\\b(?:vượt(?:\\s+qua)?|so\\s+với|sau|hơn|kém|thua|bằng|trước|đầu)\\s+$");
      if (nameIsObject && ORGANISATION.matcher(lastPart).matches()) {
        // "Việt Nam đã vượt Thái Lan, Ngân hàng Nhà nước cho biết": the organisation speaks
        return new Speaker(lastPart, null);
      }
      String first = apposition.split(",")[0];
      return new Speaker(name, first.isBlank() ? null : organisation(first));
    }
    Matcher minister = MINISTER_SAYS.matcher(s);
    if (minister.find()) {
      return new Speaker("Bộ " + minister.group(1).strip(), null);
    }
    return null;
  }

  /** Head nouns of Vietnamese organisation names. */
  private static final Pattern ORG_HEAD =
      Pattern.compile(
          "(?u)(?:Viện|Đại\\s+học|Trường|Trung\\s+tâm|Công\\s+ty|Tập\\s+đoàn|Bộ|Hiệp\\s+hội"
              + "|Ngân\\s+hàng|Học\\s+viện|Tổ\\s+chức|Ủy\\s+ban|Sở|Cục|Tổng\\s+cục|Quỹ|Phòng)"
              + "\\s+\\p{Lu}");

  /** The organisation in a title phrase: "đồng sáng lập và CEO của startup AI ModelBest". */
  private static String organisation(String phrase) {
    String p =
        phrase
            .replaceAll("[()]", "")
            .strip()
            .replaceAll("\\s+(?:của\\s+)?(?:Trung\\s+Quốc|Mỹ|Việt\\s+Nam)$", "");
    Matcher head = ORG_HEAD.matcher(p);
    int at = -1;
    while (head.find()) {
      at = head.start();
    }
    if (at >= 0) {
      return p.substring(at).strip();
    }
    Matcher of = Pattern.compile("(?u)(?:của|tại|thuộc|từ)\\s+").matcher(p);
    int after = -1;
    while (of.find()) {
      after = of.end();
    }
    String org = after >= 0 ? p.substring(after) : p;
    // drop leading common nouns and titles: "startup AI ModelBest" -> "ModelBest"
    String named =
        org.replaceFirst("^(?:\\p{Ll}+\\s+)*(?:(?:AI|CEO|công\\s+nghệ)\\s+)*", "").strip();
    // "giám đốc nhà máy" names no organisation: the title as given
    return named.matches("(?su).*\\p{Lu}.*") ? named : p;
  }
}
