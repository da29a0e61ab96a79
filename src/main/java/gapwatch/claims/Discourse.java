package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text being read, sentence by sentence, with the actors each names: what rules consult to
 * resolve "the country" or "it", or an omitted reference ("China is a year behind").
 */
final class Discourse {

  private final List<Sentence> sentences;
  private final List<List<ActorMention>> mentions;
  private final List<List<ActorMention>> affiliations;
  private final String lang;

  /**
   * @param affiliations per sentence, the firms named only as where a speaker works ("Phó chủ tịch
   *     Samsung Electronics"): no side of a claim, but who "we" are in the speaker's quote
   */
  Discourse(
      List<Sentence> sentences,
      List<List<ActorMention>> mentions,
      List<List<ActorMention>> affiliations,
      String lang) {
    this.sentences = List.copyOf(sentences);
    this.mentions = List.copyOf(mentions);
    this.affiliations = List.copyOf(affiliations);
    this.lang = lang;
  }

  /** The firms sentence {@code sentence} names only as a speaker's workplace. */
  List<ActorMention> affiliations(int sentence) {
    return affiliations.get(sentence);
  }

  List<Sentence> sentences() {
    return sentences;
  }

  String lang() {
    return lang;
  }

  List<ActorMention> mentions(int sentence) {
    return mentions.get(sentence);
  }

  /**
   * The nearest actor named in the same paragraph's sentences before {@code sentence}, else in the
   * sentences before it or the one after it, other than {@code not}.
   */
  @Nullable String otherActor(int sentence, String not, boolean preferCountry) {
    int paragraph = sentences.get(sentence).paragraph();
    for (int d = 1; d <= 3; d++) {
      int i = sentence - d;
      if (i >= 0 && sentences.get(i).paragraph() == paragraph) {
        String found = lastActor(mentions.get(i), not, preferCountry);
        if (found != null) {
          return found; // the paragraph's own topic comes before the next paragraph's
        }
      }
    }
    for (int d = 1; d <= 3; d++) {
      for (int i : new int[] {sentence - d, sentence + d}) {
        if (i < 0 || i >= sentences.size() || (i > sentence && d > 1)) {
          continue;
        }
        String found = lastActor(mentions.get(i), not, preferCountry);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The actor named closest to {@code actor} in the sentence before, when that sentence names it:
   * the one it was just compared with ("China leads the United States in 52 technologies .... The
   * US retains its lead in quantum computing").
   */
  @Nullable String namedBeside(int sentence, String actor) {
    if (sentence == 0) {
      return null;
    }
    List<ActorMention> ms = mentions.get(sentence - 1);
    ActorMention self = null;
    for (ActorMention m : ms) {
      if (m.canonical().equals(actor) && !m.demonym()) {
        self = m;
        break;
      }
    }
    if (self == null) {
      return null;
    }
    ActorMention best = null;
    for (ActorMention m : ms) {
      // of the same kind first: "Nintendo's Switch 2 outpaced Sony's PlayStation 5 in U.S. sales"
      boolean sameKind = m.kind() == self.kind();
      boolean bestSameKind = best != null && best.kind() == self.kind();
      if (!m.canonical().equals(actor)
          && !m.demonym()
          && (best == null
              || sameKind && !bestSameKind
              || sameKind == bestSameKind && distance(m, self) < distance(best, self))) {
        best = m;
      }
    }
    return best == null ? null : best.canonical();
  }

  private static int distance(ActorMention a, ActorMention b) {
    return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
  }

  /** The most recent actor before sentence {@code sentence}, for "it" and "the country". */
  @Nullable String antecedent(int sentence, ActorTable.@Nullable Kind kind) {
    for (int i = sentence - 1; i >= Math.max(0, sentence - 3); i--) {
      List<ActorMention> ms = new ArrayList<>(mentions.get(i));
      for (int k = 0; k < ms.size(); k++) {
        ActorMention m = ms.get(k);
        if (kind == null || m.kind() == kind) {
          return m.canonical();
        }
      }
    }
    return null;
  }

  private static @Nullable String lastActor(
      List<ActorMention> ms, String not, boolean preferCountry) {
    String any = null;
    for (int k = ms.size() - 1; k >= 0; k--) {
      ActorMention m = ms.get(k);
      if (m.canonical().equals(not)) {
        continue;
      }
      if (!preferCountry || m.kind() == ActorTable.Kind.COUNTRY) {
        return m.canonical();
      }
      if (any == null) {
        any = m.canonical();
      }
    }
    return any;
  }
}
