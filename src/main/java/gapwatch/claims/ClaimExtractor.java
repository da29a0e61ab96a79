package gapwatch.claims;

import gapwatch.article.Article;
import gapwatch.article.LanguageGuesser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Finds the gap claims in a text. The pipeline: detect the language (OpenNLP) unless given, split
 * sentences, find actor mentions (alias table), keep the sentences with standing language, analyse
 * those (tokens, POS, lemmas) and apply the language's rules; then attribute speakers, merge
 * restatements and score confidence. Thread-safe; build one and share it.
 */
public final class ClaimExtractor {

  /** The version recorded with stored claims, raised whenever extraction output changes. */
  public static final String VERSION = "claims-1";

  /** Claims scored below this are stored flagged for review. */
  public static final double REVIEW_THRESHOLD = 0.6;

  /**
   * Longer "sentences" are not read for claims: real ones are far shorter, and analysing a megabyte
   * of text without a full stop (hostile or broken pages) takes minutes.
   */
  static final int MAX_SENTENCE_CHARS = 3000;

  private final TextAnalyzer analyzer;
  private final LanguageGuesser languages;
  private final ActorTable actors;
  private final AmountParser amounts = new AmountParser();
  private final SpeakerFinder speakers;

  public ClaimExtractor(NlpModels models, LanguageGuesser languages, ActorTable actors) {
    this.analyzer = new TextAnalyzer(models);
    this.languages = languages;
    this.actors = actors;
    this.speakers = new SpeakerFinder(actors);
  }

  /** The claims in an article's main text. */
  public List<GapClaim> extract(Article article) {
    return extract(article.text(), article.language());
  }

  /**
   * The claims in {@code text}.
   *
   * @param lang ISO 639-1 code, or null to detect it
   * @throws CancellationException when the thread is interrupted (a caller gave up waiting): the
   *     work stops at the next sentence
   */
  public List<GapClaim> extract(String text, @Nullable String lang) {
    Objects.requireNonNull(text, "text");
    String language = lang != null && !lang.isBlank() ? lang : languages.guess(text).orElse("en");
    List<Sentence> sentences = analyzer.sentences(text, language.equals("vi") ? "vi" : "en");
    List<List<ActorMention>> mentions = new ArrayList<>();
    for (Sentence s : sentences) {
      mentions.add(readable(s) ? actors.find(s.text()) : List.of());
    }
    Discourse discourse = new Discourse(sentences, mentions, language);
    List<Candidate> candidates = new ArrayList<>();
    if (language.equals("vi")) {
      VietnameseClaimFinder finder = new VietnameseClaimFinder(amounts, discourse);
      for (Sentence s : sentences) {
        if (readable(s)) {
          candidates.addAll(finder.find(s, mentions.get(s.index())));
        }
      }
    } else {
      for (Sentence s : sentences) {
        if (!readable(s)
            || mentions.get(s.index()).isEmpty()
            || !EnglishCues.PREFILTER.matcher(s.text()).find()) {
          continue;
        }
        candidates.addAll(
            new EnglishClaimFinder(
                    amounts, discourse, s, mentions.get(s.index()), analyzer.tokens(s))
                .find());
      }
    }
    return merge(candidates, sentences, language);
  }

  /**
   * Whether a sentence is worth the rules: not over {@link #MAX_SENTENCE_CHARS}. Checked before
   * every sentence, so it is also where an interrupted extraction stops.
   *
   * @throws CancellationException when the thread is interrupted
   */
  private static boolean readable(Sentence s) {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("claim extraction interrupted");
    }
    return s.text().length() <= MAX_SENTENCE_CHARS;
  }

  private List<GapClaim> merge(List<Candidate> candidates, List<Sentence> sentences, String lang) {
    Map<String, GapClaim> byKey = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      Speaker speaker =
          lang.equals("vi")
              ? VietnameseSpeakerFinder.find(sentences, c.sentence().index())
              : speakers.find(sentences, c.sentence().index());
      GapClaim claim =
          new GapClaim(
              c.subject(),
              c.reference(),
              c.relation(),
              c.amount(),
              c.domain(),
              speaker,
              c.sentence().evidence(),
              confidence(c, speaker));
      String key = key(claim);
      GapClaim earlier = byKey.get(key);
      if (earlier == null || better(claim, earlier, sentences)) {
        byKey.put(key, claim);
      }
    }
    return withCarriedDomains(new ArrayList<>(byKey.values()));
  }

  /**
   * A claim whose sentence names no domain takes the domain of the nearest other claim about the
   * same pair ("manufacturing technology leading Intel. Intel believes it will take two years to
   * catch up.").
   */
  private static List<GapClaim> withCarriedDomains(List<GapClaim> claims) {
    List<GapClaim> out = new ArrayList<>();
    for (GapClaim c : claims) {
      if (c.domain() != null) {
        out.add(c);
        continue;
      }
      GapClaim donor = null;
      for (GapClaim o : claims) {
        if (o != c
            && o.domain() != null
            && samePair(o, c)
            && (donor == null
                || Math.abs(o.evidence().start() - c.evidence().start())
                    < Math.abs(donor.evidence().start() - c.evidence().start()))) {
          donor = o;
        }
      }
      out.add(
          donor == null
              ? c
              : new GapClaim(
                  c.subject(),
                  c.reference(),
                  c.relation(),
                  c.gap(),
                  donor.domain(),
                  c.speaker(),
                  c.evidence(),
                  c.confidence()));
    }
    return out;
  }

  private static boolean samePair(GapClaim a, GapClaim b) {
    return (a.subject().equals(b.subject()) && a.reference().equals(b.reference()))
        || (a.subject().equals(b.reference()) && a.reference().equals(b.subject()));
  }

  private static String key(GapClaim c) {
    String pair =
        c.relation() == Relation.AHEAD
            ? c.reference() + "<" + c.subject()
            : c.relation() == Relation.BEHIND
                ? c.subject() + "<" + c.reference()
                : sorted(c.subject(), c.reference());
    String speaker = c.speaker() == null ? "" : c.speaker().name();
    String amount =
        c.gap() == null || c.gap().months() == null ? "" : String.valueOf(c.gap().months());
    return pair + "|" + speaker + "|" + amount + "|" + (c.relation() == Relation.PARITY);
  }

  private static String sorted(String a, String b) {
    return a.compareTo(b) < 0 ? a + "=" + b : b + "=" + a;
  }

  /**
   * Which statement of a restated claim to keep: the more confident, then the more specific (an
   * amount, a domain), then one from body text rather than a headline, then the first.
   */
  private static boolean better(GapClaim c, GapClaim earlier, List<Sentence> sentences) {
    if (c.confidence() != earlier.confidence()) {
      return c.confidence() > earlier.confidence();
    }
    if (specificity(c) != specificity(earlier)) {
      return specificity(c) > specificity(earlier);
    }
    return isHeadline(earlier.evidence().sentence()) && !isHeadline(c.evidence().sentence());
  }

  /** A title-case line: most of its longer words capitalised. */
  static boolean isHeadline(String text) {
    int words = 0;
    int capitalised = 0;
    for (String w : text.split("\\s+")) {
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised * 10 >= words * 6;
  }

  private static int specificity(GapClaim c) {
    return (c.gap() != null ? 2 : 0) + (c.domain() != null ? 1 : 0);
  }

  private static double confidence(Candidate c, @Nullable Speaker speaker) {
    double score = 0.8;
    if (c.referenceFromContext()) {
      score -= 0.2;
    }
    if (c.amount() != null) {
      score += 0.1;
    }
    if (speaker != null) {
      score += 0.05;
    }
    return Math.max(0, Math.min(1, score));
  }
}
