package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Vietnamese rules, on the sentence string (there is no OpenNLP model for Vietnamese): "X tụt hậu
 * khoảng 6 tháng đến 1 năm so với Y", "X dẫn đầu (Y) trong lĩnh vực Z", "khoảng cách giữa X và Y
 * ... khoảng 1-2 năm", "không có khoảng cách đáng kể giữa X và Y", "X đi sau Y khoảng N năm, sau Z
 * khoảng M năm". Actors come out in canonical English names.
 */
final class VietnameseClaimFinder {

  private static final Pattern BEHIND =
      Pattern.compile(
          "(?iu)(tụt\\s+hậu|đi\\s+sau|đi\\s+chậm|chậm\\s+hơn|kém\\s+hơn|kém|thua\\s+kém|thua|lạc"
              + "\\s+hậu|chậm\\s+chân|xếp\\s+sau|đứng\\s+sau|chưa\\s+thể\\s+sánh\\s+(?:kịp|bằng)"
              + "|không\\s+thể\\s+sánh\\s+(?:kịp|bằng)|đuổi\\s+theo|thu\\s+hẹp\\s+khoảng\\s+cách"
              + "|rút\\s+ngắn\\s+khoảng\\s+cách)");

  private static final Pattern AHEAD =
      Pattern.compile(
          "(?iu)(dẫn\\s+trước|dẫn\\s+đầu|vượt\\s+(?:qua|mặt)|vượt(?!\\s+trội)|bỏ\\s+xa|đi\\s+trước)");

  /** Comparatives: a claim only with a named reference ("tốt hơn Y"), never from context. */
  private static final Pattern AHEAD_COMPARATIVE =
      Pattern.compile(
          "(?iu)(vượt\\s+trội(?:\\s+hơn)?|tốt\\s+hơn|mạnh\\s+hơn|tiên\\s+tiến\\s+hơn|phát"
              + "\\s+triển\\s+hơn|hiện\\s+đại\\s+hơn)");

  private static final Pattern PARITY =
      Pattern.compile(
          "(?iu)(ngang\\s+bằng|ngang\\s+tầm|ngang\\s+ngửa|tương\\s+đương|đã\\s+(?:bắt|đuổi)\\s+kịp)");

  private static final Pattern CATCH_UP = Pattern.compile("(?iu)(bắt\\s+kịp|đuổi\\s+kịp)");

  private static final Pattern NO_GAP =
      Pattern.compile(
          "(?iu)(không|chưa|hầu\\s+như\\s+không)\\s+(?:có\\s+)?(?:sự\\s+)?(?:khoảng\\s+cách|chênh"
              + "\\s+lệch)(?:\\s+\\S+){0,3}?\\s+giữa");

  private static final Pattern GAP =
      Pattern.compile("(?iu)(khoảng\\s+cách|chênh\\s+lệch)(?:\\s+\\S+){0,4}?\\s+giữa");

  private static final Pattern SCHEDULE =
      Pattern.compile("(?iu)chậm\\s+tiến\\s+độ|trễ\\s+hẹn|chậm\\s+trễ|so\\s+với\\s+kế\\s+hoạch");

  private static final Pattern FORECAST =
      Pattern.compile(
          "(?iu)(sẽ|có\\s+thể|tiềm\\s+năng|mục\\s+tiêu|kỳ\\s+vọng|hy\\s+vọng|nhằm|để|muốn|dự\\s+kiến"
              + "|phấn\\s+đấu|nếu)\\s+(?:\\S+\\s+){0,2}$");

  private static final Pattern NEGATED =
      Pattern.compile("(?iu)(?:chưa|không|chẳng)\\s+(?:\\S+\\s+){0,10}(?:hoặc\\s+)?$");

  /** An object that is not a named actor: "các LLM khác", "những đối thủ", "nhiều hãng". */
  private static final Pattern GENERIC_OBJECT =
      Pattern.compile(
          "(?iu)\\s*(?:hơn\\s+)?(?:các|những|nhiều|mọi|toàn|đối\\s+thủ|thế\\s+giới)\\b");

  private final AmountParser amounts;
  private final Discourse discourse;

  VietnameseClaimFinder(AmountParser amounts, Discourse discourse) {
    this.amounts = amounts;
    this.discourse = discourse;
  }

  List<Candidate> find(Sentence sentence, List<ActorMention> mentions) {
    String s = sentence.text();
    if (SCHEDULE.matcher(s).find() || s.strip().endsWith("?")) {
      return List.of();
    }
    List<AmountMention> found = amounts.find(s);
    List<Candidate> out = new ArrayList<>();
    Matcher m = NO_GAP.matcher(s);
    if (m.find()) {
      List<ActorMention> pair = actorsAfter(mentions, m.end(), 2);
      if (pair.size() == 2) {
        out.add(
            candidate(
                sentence,
                pair.get(0).canonical(),
                pair.get(1).canonical(),
                Relation.PARITY,
                null,
                m.start(),
                false));
      }
      return out;
    }
    m = GAP.matcher(s);
    if (m.find()) {
      List<ActorMention> pair = actorsAfter(mentions, m.end(), 2);
      if (pair.size() == 2) {
        String a = pair.get(0).canonical();
        String b = pair.get(1).canonical();
        if (LeaderPrior.leads(a, b)) {
          String t = a;
          a = b;
          b = t;
        }
        GapAmount amount = nearestAfter(found, pair.get(1).end());
        out.add(candidate(sentence, a, b, Relation.BEHIND, amount, m.start(), false));
        return out;
      }
    }
    out.addAll(directional(sentence, mentions, found, BEHIND, Relation.BEHIND));
    out.addAll(directional(sentence, mentions, found, PARITY, Relation.PARITY));
    if (out.isEmpty()) {
      out.addAll(directional(sentence, mentions, found, AHEAD, Relation.AHEAD));
    }
    if (out.isEmpty()) {
      out.addAll(directional(sentence, mentions, found, AHEAD_COMPARATIVE, Relation.AHEAD));
    }
    if (out.isEmpty()) {
      out.addAll(directional(sentence, mentions, found, CATCH_UP, Relation.BEHIND));
    }
    return out;
  }

  private List<Candidate> directional(
      Sentence sentence,
      List<ActorMention> mentions,
      List<AmountMention> found,
      Pattern cue,
      Relation relation) {
    String s = sentence.text();
    List<Candidate> out = new ArrayList<>();
    Matcher m = cue.matcher(s);
    while (m.find()) {
      String before = s.substring(0, m.start());
      if (FORECAST.matcher(before).find()
          || (relation == Relation.AHEAD && NEGATED.matcher(before).find())) {
        continue;
      }
      ActorMention subject = null;
      for (ActorMention a : mentions) {
        if (a.end() <= m.start()) {
          subject = a;
        }
      }
      String subjectName = subject != null ? subject.canonical() : null;
      if (subjectName == null) {
        continue;
      }
      // "so với Y" or a direct object Y; "sau Y ..., sau Z ..." repeats the cue with new objects.
      List<ActorMention> refs = objects(s, mentions, m.end());
      if (refs.isEmpty() && GENERIC_OBJECT.matcher(s.substring(m.end())).lookingAt()) {
        continue; // "vượt trội hơn các LLM khác": compared with unnamed others
      }
      if (refs.isEmpty() && cue == AHEAD_COMPARATIVE) {
        continue;
      }
      if (refs.isEmpty()) {
        String other = discourse.otherActor(sentence.index(), subjectName, true);
        if (other == null) {
          continue;
        }
        GapAmount amount = nearestAfter(found, m.end());
        out.add(candidate(sentence, subjectName, other, relation, amount, m.start(), true));
        continue;
      }
      for (ActorMention ref : refs) {
        GapAmount amount = amountAround(s, found, m.end(), ref);
        out.add(
            candidate(sentence, subjectName, ref.canonical(), relation, amount, m.start(), false));
      }
    }
    return out;
  }

  /** Objects of a cue: the first actor after it, and "sau Z" / "và Z" continuations. */
  private static List<ActorMention> objects(String s, List<ActorMention> mentions, int from) {
    List<ActorMention> out = new ArrayList<>();
    int at = from;
    for (ActorMention a : mentions) {
      if (a.start() < from) {
        continue;
      }
      String gap = s.substring(at, a.start());
      boolean ok =
          out.isEmpty()
              ? gap.matches("(?is)[^,.;]{0,40}?")
              : gap.matches("(?is)[^.;]{0,40}?(?:,\\s*(?:sau|so\\s+với)|\\s+và|,)\\s*");
      if (!ok) {
        break;
      }
      out.add(a);
      at = a.end();
    }
    return out;
  }

  private static @Nullable GapAmount amountAround(
      String s, List<AmountMention> found, int cueEnd, ActorMention ref) {
    for (AmountMention a : found) {
      if (a.start() >= cueEnd && a.end() <= ref.start()) {
        return a.amount();
      }
    }
    for (AmountMention a : found) {
      if (a.start() >= ref.end()) {
        String between = s.substring(ref.end(), a.start());
        if (between.matches("(?is)[^,;.]{0,30}")) {
          return a.amount();
        }
        break;
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

  private static Candidate candidate(
      Sentence sentence,
      String subject,
      String reference,
      Relation relation,
      @Nullable GapAmount amount,
      int cueAt,
      boolean fromContext) {
    String domain = DomainFinder.find(sentence.text(), cueAt, "vi");
    return new Candidate(
        subject, reference, relation, amount, domain, sentence, fromContext, cueAt);
  }
}
