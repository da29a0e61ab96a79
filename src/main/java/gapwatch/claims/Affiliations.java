package gapwatch.claims;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions that only say where a speaker works: "a researcher at Beihang University", "the head of
 * HD Hyundai's research centre", "Tổng giám đốc Viettel High Tech", "chuyên gia tại Đại học RMIT".
 * They are neither side of a claim nor the topic a later sentence refers back to. Stateless.
 */
final class Affiliations {

  private static final Pattern ENGLISH_AFFILIATION_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:(?:researcher|professor|fellow|scientist|analyst|economist|engineer|director"
              + "|head|chief|executive|officer|president|chairman|chairwoman|founder|spokesman"
              + "|spokeswoman|spokesperson|lecturer|strategist|adviser|advisor|partner|dean"
              + "|physicist|chemist|biologist|manager)s?\\s+(?:[\\w-]+\\s+){0,4}?(?:at|of|with|for|to)"
              // "a ranking compiled by Tsinghua University", "a study by Germany's Fraunhofer
              // Society"
              + "|(?:compiled|published|conducted|released|prepared|issued|commissioned|run)\\s+by"
              + "|(?:study|report|survey|analysis|ranking|index|tally|review|paper|poll)\\s+(?:by|from)"
              + "(?:\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*[’']s)?)\\s+(?:the\\s+)?$");

  private static final Pattern VIETNAMESE_AFFILIATION_BEFORE =
      Pattern.compile(
          "(?iu)(?:\\b(?:thuộc|tại)|(?:giám\\s+đốc|chủ\\s+tịch|chuyên\\s+gia|giảng\\s+viên"
              + "|nghiên\\s+cứu\\s+viên|trưởng\\s+phòng|trưởng\\s+ban|viện\\s+trưởng|hiệu\\s+trưởng"
              + "|phó\\s+(?:\\S+\\s+){0,2}?|lãnh\\s+đạo|nhà\\s+sáng\\s+lập|đại\\s+diện)"
              + "(?:\\s+\\S+){0,3}?)\\s+$");

  /**
   * A trailing attribution: ", the German carmaker's China technology chief told reporters". The
   * actors named between its comma and its verb describe the speaker.
   */
  static final Pattern ENGLISH_ATTRIBUTION_TAIL =
      Pattern.compile(
          // ", the South Korean publisher's chief technology officer, Oh Seung-min, told"
          ",\\s+(?:(?:the|a|an)\\s+)?[^,;“”\"]{0,80}?(?:,\\s*\\p{Lu}[^,;“”\"]{1,40},)?(?=\\s(?:said|says|told"
              + "|added|argued|noted|warned"
              + "|wrote|estimated|believes|conceded|acknowledged|showed|shows|found|finds|concluded"
              + "|reported)\\b[^“”\"]*$)");

  private static final Pattern NEXT_CLAUSE =
      Pattern.compile("[,;]\\s*(?:but|while|although|though|and|yet|as)\\b|;");

  /** Whether the words right after an attribution's verb state the claim ("said China is ..."). */
  private static boolean claimFollows(String afterVerb) {
    Matcher next = NEXT_CLAUSE.matcher(afterVerb);
    String own = next.find() ? afterVerb.substring(0, next.start()) : afterVerb;
    return EnglishCues.PREFILTER.matcher(own).find();
  }

  private Affiliations() {}

  /** {@code mentions} without the companies and institutions named only as affiliations. */
  static List<ActorMention> drop(String sentence, List<ActorMention> mentions, String lang) {
    if (mentions.isEmpty()) {
      return mentions; // most sentences: nothing to look at
    }
    Pattern before = lang.equals("vi") ? VIETNAMESE_AFFILIATION_BEFORE : ENGLISH_AFFILIATION_BEFORE;
    Matcher tail = ENGLISH_ATTRIBUTION_TAIL.matcher(sentence);
    // "Speaking in Sendai, Japan's minister said the country's ... is on par with India's": the
    // claim comes after the verb, so the attribution opens the claim and does not trail it
    int tailStart =
        !lang.equals("vi") && tail.find() && !claimFollows(sentence.substring(tail.end()))
            ? tail.start()
            : Integer.MAX_VALUE;
    int tailEnd = tailStart == Integer.MAX_VALUE ? -1 : tail.end();
    return mentions.stream()
        .filter(m -> m.start() < tailStart || m.end() > tailEnd)
        .filter(
            m ->
                (m.kind() != ActorTable.Kind.COMPANY && m.kind() != ActorTable.Kind.INSTITUTION)
                    || !before
                        .matcher(sentence.substring(Math.max(0, m.start() - 60), m.start()))
                        .find())
        .toList();
  }
}
