package gapwatch.claims;

import java.util.regex.Pattern;

/**
 * Sentences about a match's score or a share price's moves, where standing words ("trailed Japan
 * 2-1", "shares of Xpeng trailed the Hang Seng index", "bị Thái Lan dẫn trước 1-0") describe a game
 * or a trading day, not a technology gap. Stateless.
 */
final class ScoresAndShares {

  /** A score: two small numbers with a dash and no unit after them ("2-1", "1–0"). */
  private static final Pattern SCORE =
      Pattern.compile(
          "(?<![\\d.,])\\d{1,2}\\s?[-–]\\s?\\d{1,2}(?![\\d.,%]|\\s*(?:years?|months?|weeks?|days?"
              + "|decades?|generations?|nm|nanomet|per\\s*cent|percent|năm|tháng|tuần|ngày|thập"
              + "|thế\\s+hệ))");

  private static final Pattern MATCH_WORDS =
      Pattern.compile(
          "(?iu)\\b(?:half-?time|equali[sz]er|goalkeeper|penalty|innings|first\\s+half"
              + "|second\\s+half|quarter-?final|semi-?final|final\\s+whistle|hiệp\\s+(?:một|hai|1|2)"
              + "|bàn\\s+thắng|tỷ\\s+số|tỉ\\s+số|đội\\s+tuyển|trận\\s+đấu|vòng\\s+bảng|sân|chung\\s+kết"
              + "|bán\\s+kết|phút\\s+thứ|đội\\s+bóng|HLV|U\\d\\d|final|match|goals?|minute|league"
              + "|tournament|championship|cup|qualif\\w*)\\b");

  private static final Pattern SHARE_WORDS =
      Pattern.compile(
          "(?iu)\\b(?:shares\\s+(?:of|in)|stock\\s+of|(?:[’']s)\\s+(?:shares|stock)\\b"
              + "|cổ\\s+phiếu|Kospi|Nikkei\\s+225|Hang\\s+Seng|VN-?Index|S&P\\s+500|Nasdaq"
              + "|Dow\\s+Jones|FTSE|CSI\\s+300|Shanghai\\s+Composite|benchmark\\s+index)");

  private ScoresAndShares() {}

  /** Words only sport uses: no score is needed beside them. */
  private static final Pattern SPORT_ONLY =
      Pattern.compile(
          "(?iu)\\b(?:đội\\s+tuyển|lượt\\s+trận|ban\\s+huấn\\s+luyện|vòng\\s+loại|World\\s+Cup"
              + "|half-?time|equali[sz]er|goalkeeper|came\\s+from\\s+behind\\s+to\\s+win|crossed\\s+the\\s+line"
              + "|finish\\s+line|podium|marathon|Grand\\s+Prix)\\b");

  /** A gap measured in length: "khoảng cách giữa hai nhà máy là khoảng 150 km". */
  private static final Pattern PHYSICAL_DISTANCE =
      Pattern.compile(
          "(?iu)\\b(?:khoảng\\s+cách|distance|gap)\\b[^.;]{0,160}?\\d[\\d.,]*\\s*(?:km|kilô?mét"
              + "|kilometres?|kilometers?|dặm|miles?|mét|metres?|meters?|hải\\s+lý|nautical\\s+miles?)\\b");

  /**
   * Whether the sentence reports a score, a share price move or a physical distance rather than a
   * standing.
   */
  static boolean describes(String sentence) {
    return SPORT_ONLY.matcher(sentence).find()
        || PHYSICAL_DISTANCE.matcher(sentence).find()
        || (SCORE.matcher(sentence).find() && MATCH_WORDS.matcher(sentence).find())
        || SHARE_WORDS.matcher(sentence).find();
  }
}
