package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A gap restated with a new size in a later sentence: "China's space programme was thought to be 30
 * years behind NASA. Today that gap is closer to ten years, argued Liu Wen." The new sentence names
 * no actors; its pair and direction are those of the claim just before, its amount and speaker its
 * own. Stateless.
 */
final class RestatedGaps {

  private static final Pattern ENGLISH =
      Pattern.compile(
          "(?i)\\b(?:that|this|the)\\s+(?:gap|lead|lag|head\\s+start|deficit)\\b"
              + "(?!\\s+(?:time|times|between|over|of|in\\s+the\\s+race)\\b)");

  private static final Pattern VIETNAMESE =
      Pattern.compile(
          "(?iu)(?:khoảng\\s+cách|lợi\\s+thế|độ\\s+trễ|(?:sự\\s+)?chênh\\s+lệch)\\s+(?:này|ấy|đó)");

  /** An earlier size given after the current one: "to ten years, down from 20 years in 2015". */
  private static final Pattern EARLIER_SIZE =
      Pattern.compile(
          "(?i)\\b(?:down|up)\\s+from\\s+(?:(?:a|the)\\s+(?:gap|lead|lag|deficit)\\s+of\\s+)?");

  /** How far after the restating words its amount may start ("chỉ còn", "more than"). */
  private static final int NEAR = 24;

  private final AmountParser amounts;

  RestatedGaps(AmountParser amounts) {
    this.amounts = amounts;
  }

  /**
   * The restatements among {@code sentences}.
   *
   * @param found the candidates the rules found, in sentence order
   */
  List<Candidate> find(List<Sentence> sentences, List<Candidate> found, String lang) {
    Pattern anaphor = lang.equals("vi") ? VIETNAMESE : ENGLISH;
    List<Candidate> out = new ArrayList<>(inSameSentence(found, lang));
    for (Sentence s : sentences) {
      if (s.index() == 0 || found.stream().anyMatch(c -> c.sentence().index() == s.index())) {
        continue;
      }
      Matcher m = anaphor.matcher(s.text());
      if (!m.find()) {
        continue;
      }
      GapAmount amount = anyAfter(s.text(), m.end());
      Candidate before = lastBefore(found, s.index());
      // a size restates a lead or a lag; a parity claim has none to restate
      if (amount != null && before != null && before.relation() != Relation.PARITY) {
        out.add(
            new Candidate(
                before.subject(),
                before.reference(),
                before.relation(),
                amount,
                before.domain(),
                s,
                true,
                m.start()));
      }
    }
    return out;
  }

  /**
   * A second size for a claim, later in its own sentence: "narrowed the gap to roughly 10 years,
   * down from 20 years a decade ago"; "đi sau khoảng 20 năm ...; đến nay, khoảng cách này chỉ còn
   * 5-7 năm". Same pair, direction and domain; the guidelines count each size as a claim.
   */
  private List<Candidate> inSameSentence(List<Candidate> found, String lang) {
    Pattern restating = lang.equals("vi") ? VIETNAMESE : EARLIER_SIZE;
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : found) {
      if (c.amount() == null) {
        continue;
      }
      String text = c.sentence().text();
      if (!lang.equals("vi")) {
        Candidate later = inLaterClause(c, found);
        if (later != null) {
          out.add(later);
          continue;
        }
      }
      Matcher m = restating.matcher(text);
      if (!m.find(Math.min(c.cueAt(), text.length()))) {
        continue;
      }
      AmountMention at = mentionAfter(text, m.end());
      GapAmount other = at == null ? null : at.amount();
      if (other != null && at.start() - m.end() <= NEAR && !other.equals(c.amount())) {
        out.add(c.resized(other, m.start()));
      }
    }
    return out;
  }

  /** A later clause of the same sentence: "...; today the gap is a matter of months". */
  private static final Pattern LATER_CLAUSE =
      Pattern.compile(
          "(?i)(?:;|,\\s+(?:but|and|while|whereas))\\s+(?:[\\w-]+\\s+){0,3}?(?:that|this|the)\\s+"
              + "(?:gap|lead|lag|deficit)\\s+(?:is|was|has|had|stands|now|narrowed|shrank|widened|grew)\\b");

  private @Nullable Candidate inLaterClause(Candidate c, List<Candidate> found) {
    String text = c.sentence().text();
    Matcher m = LATER_CLAUSE.matcher(text);
    if (!m.find(Math.min(c.cueAt(), text.length()))) {
      return null;
    }
    int clauseAt = m.start();
    boolean ownClaim =
        found.stream()
            .anyMatch(o -> o.sentence() == c.sentence() && o != c && o.cueAt() >= clauseAt);
    GapAmount other = anyAfter(text, m.end());
    if (ownClaim || other == null || other.equals(c.amount())) {
      return null;
    }
    return c.resized(other, m.start());
  }

  private @Nullable AmountMention mentionAfter(String text, int from) {
    for (AmountMention a : amounts.find(text)) {
      if (a.start() >= from && a.kind() == AmountMention.Kind.TIME && a.amount().months() != null) {
        return a;
      }
    }
    return null;
  }

  /**
   * The restated size, of any kind: "narrowed to a few months", "at about two generations" — a
   * vague or non-time amount is still the claim's new size.
   */
  private @Nullable GapAmount anyAfter(String text, int from) {
    for (AmountMention a : amounts.find(text)) {
      if (a.start() >= from) {
        return a.amount();
      }
    }
    return null;
  }

  /** The last candidate of the nearest of the two sentences before {@code index}. */
  private static @Nullable Candidate lastBefore(List<Candidate> found, int index) {
    for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
      Candidate last = null;
      for (Candidate c : found) {
        if (c.sentence().index() == i) {
          last = c;
        }
      }
      if (last != null) {
        return last;
      }
    }
    return null;
  }
}
