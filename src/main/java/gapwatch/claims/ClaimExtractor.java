package gapwatch.claims;

import gapwatch.article.Article;
import gapwatch.article.LanguageGuesser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the gap claims in a text. The pipeline: detect the language (OpenNLP) unless given, split
 * sentences, find actor mentions (alias table), keep the sentences with standing language, analyse
 * those (tokens, POS, lemmas) and apply the language's rules; then attribute speakers, merge
 * restatements and score confidence. Thread-safe; build one and share it.
 */
public final class ClaimExtractor {

  private static final Logger LOG = LoggerFactory.getLogger(ClaimExtractor.class);

  /** The version recorded with stored claims, raised whenever extraction output changes. */
  public static final String VERSION = "claims-6";

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
  private final RestatedGaps restated = new RestatedGaps(amounts);
  private final SpeakerFinder speakers;
  private final AtomicLong failedSentences = new AtomicLong();

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
    List<List<ActorMention>> affiliations = new ArrayList<>();
    for (Sentence s : sentences) {
      List<ActorMention> named = readable(s) ? actors.find(s.text()) : List.of();
      List<ActorMention> sides = Affiliations.drop(s.text(), named, language);
      mentions.add(sides);
      affiliations.add(named.stream().filter(m -> !sides.contains(m)).toList());
    }
    Discourse discourse = new Discourse(sentences, mentions, affiliations, language);
    List<Candidate> candidates = new ArrayList<>();
    if (language.equals("vi")) {
      VietnameseClaimFinder finder = new VietnameseClaimFinder(amounts, discourse);
      for (Sentence s : sentences) {
        if (!readable(s) || ScoresAndShares.describes(s.text())) {
          continue;
        }
        candidates.addAll(
            isolated(
                s, () -> finder.find(s, mentions.get(s.index()), withOpen(s, mentions, "vi"))));
      }
    } else {
      for (Sentence s : sentences) {
        if (!readable(s)) {
          continue;
        }
        // Only sentences naming an actor and holding standing language reach the costly stages
        // (tokens, POS, lemmas): in ordinary news that is a few percent of them.
        List<ActorMention> all = withOpen(s, mentions, "en");
        boolean twoSides = EnglishClaimFinder.TWO_SIDES_LEVEL.matcher(s.text()).find();
        if (!twoSides
                && ((all.isEmpty() && !ANAPHORIC.matcher(s.text()).find())
                    || !EnglishCues.PREFILTER.matcher(s.text()).find())
            || ScoresAndShares.describes(s.text())) {
          continue;
        }
        List<Cue> cues = EnglishCues.find(s.text());
        if (cues.isEmpty() && !twoSides) {
          continue;
        }
        candidates.addAll(
            isolated(
                s,
                () ->
                    new EnglishClaimFinder(
                            amounts, discourse, s, all, analyzer, i -> speakerSide(discourse, i))
                        .find(cues)));
      }
    }
    candidates.addAll(restated.find(sentences, candidates, language.equals("vi") ? "vi" : "en"));
    return merge(candidates, sentences, language);
  }

  /**
   * One sentence's candidates; a rule that fails on an odd sentence costs that sentence, not the
   * article. The failure is logged with the sentence so it can be turned into a test case.
   */
  private List<Candidate> isolated(Sentence s, Supplier<List<Candidate>> rules) {
    try {
      return rules.get();
    } catch (RuntimeException e) {
      failedSentences.incrementAndGet();
      LOG.warn("claim rules failed on sentence {} and skipped it: \"{}\"", s.index(), s.text(), e);
      return List.of();
    }
  }

  /** How many sentences the rules failed on since this extractor was built; see the log. */
  public long failedSentences() {
    return failedSentences.get();
  }

  /**
   * The actor a sentence's speaker speaks for — who "we" and "ours" are: the actor named in the
   * speaker's affiliation ("head of the US Army's hypersonics office" → United States), else the
   * affiliation itself when it names an organisation ("a spokesman for Vestas" → Vestas).
   */
  private @Nullable String speakerSide(Discourse discourse, int index) {
    List<Sentence> sentences = discourse.sentences();
    Speaker sp = speakers.find(sentences, index);
    if (sp != null && sp.affiliation() == null) {
      // an organisation speaking for itself ("Ericsson's then chief technology officer said"):
      // "we" and "our" are the organisation
      List<ActorMention> own = actors.find(sp.name());
      if (own.size() == 1 && own.get(0).surface().equals(sp.name())) {
        return own.get(0).canonical();
      }
      // "chief executive Hélène Marchetti told reporters": an officer of the firm the story is
      // about
      return CORPORATE_OFFICER.matcher(sentences.get(index).text()).find()
          ? topicCompany(discourse, index)
          : null;
    }
    if (sp == null) {
      return null;
    }
    String affiliation = sp.affiliation();
    List<ActorMention> named = actors.find(affiliation);
    if (!named.isEmpty()) {
      ActorMention first = named.get(0);
      String rest = affiliation.substring(first.end()).strip();
      // "US Army", "Chinese government": a state institution speaks for its country
      // "US Navy Rear Admiral": the institution may be followed by the speaker's rank
      if (first.start() == 0 && (rest.isEmpty() || STATE_INSTITUTION.matcher(rest).lookingAt())) {
        return first.canonical();
      }
    }
    // an organisation, not a person or a bare title ("Barack Obama", "Senator"); "Rapidus Corp."
    // by its usual name
    if (OpenActors.isOrganisationName(affiliation)) {
      return CompanyName.usual(affiliation, actors);
    }
    return named.isEmpty() ? null : named.get(0).canonical();
  }

  /**
   * The company a story is about, for "the company's head of product": the first named outside
   * quotation marks in the sentences up to {@code index} ("Groq unveiled its chip. “People say
   * we're years behind Nvidia ...,” said ..., the company's head of product").
   */
  private static @Nullable String topicCompany(Discourse discourse, int index) {
    int paragraph = discourse.sentences().get(index).paragraph();
    for (int i = Math.max(0, index - 3); i <= index; i++) {
      if (discourse.sentences().get(i).paragraph() != paragraph) {
        continue; // another paragraph's company is not "the company" of this one
      }
      String text = discourse.sentences().get(i).text();
      for (ActorMention m : discourse.mentions(i)) {
        String before = text.substring(0, m.start());
        long opened = before.chars().filter(c -> c == '“').count();
        long closed = before.chars().filter(c -> c == '”').count();
        boolean quoted = opened > closed || before.chars().filter(c -> c == '"').count() % 2 == 1;
        if (m.kind() == ActorTable.Kind.COMPANY && !quoted) {
          return m.canonical();
        }
      }
    }
    return null;
  }

  private static final Pattern CORPORATE_OFFICER =
      Pattern.compile(
          "(?i)\\b(?:chief\\s+executive|CEO|chief\\s+\\w+\\s+officer|founder|co-founder|chairman"
              + "|chairwoman|president|vice-president|general\\s+manager|head\\s+of\\s+\\w+"
              + "|spokes(?:man|woman|person)|board\\s+member)\\b");

  private static final Pattern STATE_INSTITUTION =
      Pattern.compile(
          "(?i)(?:army|navy|air\\s+force|military|armed\\s+forces|government|ministry|department"
              + "|administration|congress|senate|parliament|agency|space\\s+agency|embassy|defen[cs]e"
              + "\\s+ministry|foreign\\s+ministry|commerce\\s+department|state\\s+department)");

  /** Words that stand for an actor named elsewhere: such a sentence may hold a claim too. */
  private static final Pattern ANAPHORIC =
      Pattern.compile(
          "(?i)\\b(?:it|its|they|their|we|our|ours|us|the\\s+(?:country|nation|company|firm|group"
              + "|agency|chipmaker|carmaker|start-?up))\\b");

  /** The sentence's table mentions and the unknown organisation names beside them, in order. */
  private List<ActorMention> withOpen(Sentence s, List<List<ActorMention>> mentions, String lang) {
    List<ActorMention> known = mentions.get(s.index());
    List<ActorMention> open = Affiliations.drop(s.text(), OpenActors.find(s.text(), known), lang);
    if (open.isEmpty()) {
      return known;
    }
    List<ActorMention> all = new ArrayList<>(known);
    for (ActorMention m : open) {
      all.add(usualName(m));
    }
    all.sort(java.util.Comparator.comparingInt(ActorMention::start));
    return all;
  }

  /** An open mention under its usual name: "Toyota Motor Corp." is Toyota, a known actor. */
  private ActorMention usualName(ActorMention open) {
    String usual = CompanyName.usual(open.surface(), actors);
    if (usual.equals(open.canonical())) {
      return open;
    }
    boolean known = actors.canonical(usual).isPresent() || actors.kindOf(usual).isPresent();
    return new ActorMention(
        usual,
        actors.kindOf(usual).orElse(open.kind()),
        open.start(),
        open.end(),
        open.surface(),
        false,
        !known);
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
    // domains are carried before restatements fold, so a folded claim's domain is not lost
    List<GapClaim> carried = withCarriedDomains(new ArrayList<>(byKey.values()));
    return withoutRepeatedHeadline(
        foldAmountless(withTopicDomains(carried, sentences, lang)), sentences);
  }

  /**
   * Guidelines §7 (g031): a headline restates the story's claim, so a headline claim whose pair and
   * direction the body states again merges into the body's, which names the speaker and the amount.
   */
  private static List<GapClaim> withoutRepeatedHeadline(
      List<GapClaim> claims, List<Sentence> sentences) {
    if (sentences.size() < 2
        || sentences.get(0).paragraph() == sentences.get(1).paragraph()
        || !unpunctuated(sentences.get(0))) {
      return claims;
    }
    int headlineEnd = sentences.get(0).end();
    List<GapClaim> out = new ArrayList<>();
    for (GapClaim c : claims) {
      boolean inHeadline = c.evidence().start() < headlineEnd;
      boolean restated =
          inHeadline
              && claims.stream()
                  .anyMatch(
                      o ->
                          o.evidence().start() >= headlineEnd
                              && loosePairKey(o).equals(loosePairKey(c)));
      if (!restated) {
        out.add(c);
      }
    }
    return out;
  }

  /** The pair key with Europe and the European Union as one: headlines shorten "EU" to it. */
  private static String loosePairKey(GapClaim c) {
    return pairKey(c).replace("European Union", "Europe");
  }

  /** A line with no closing full stop: a headline when it opens the text. */
  private static boolean unpunctuated(Sentence s) {
    return !s.text().strip().matches("(?s).*[.!?]$");
  }

  /** Who stands where: "X behind Y" and "Y ahead of X" are one standing. */
  private static String pairKey(GapClaim c) {
    return switch (c.relation()) {
      case AHEAD -> c.reference() + "<" + c.subject();
      case BEHIND -> c.subject() + "<" + c.reference();
      case PARITY -> sorted(c.subject(), c.reference());
    };
  }

  /** How many sentences back a claim with no domain of its own looks for the topic. */
  private static final int TOPIC_REACH = 2;

  /**
   * A claim whose sentence names no domain and shares none with another claim takes the topic of
   * the sentences just before (guidelines: "from the item's context, e.g. a headline, only when the
   * claim sentence names none"): "Rapidus aims to mass-produce 2-nanometre chips ... The Japanese
   * start-up is at least two years behind TSMC".
   */
  private static List<GapClaim> withTopicDomains(
      List<GapClaim> claims, List<Sentence> sentences, String lang) {
    List<GapClaim> out = new ArrayList<>();
    for (GapClaim c : claims) {
      String topic = c.domain() == null ? topicBefore(sentences, c.evidence().start(), lang) : null;
      out.add(topic == null ? c : c.withDomain(topic));
    }
    return out;
  }

  private static @Nullable String topicBefore(List<Sentence> sentences, int at, String lang) {
    int index = -1;
    for (Sentence s : sentences) {
      if (s.start() <= at) {
        index = s.index();
      }
    }
    for (int i = index - 1; i >= Math.max(0, index - TOPIC_REACH); i--) {
      Sentence before = sentences.get(i);
      boolean headline = i == 0 && unpunctuated(before);
      if (before.paragraph() != sentences.get(index).paragraph() && !headline) {
        break; // another paragraph has its own topic; a headline is the whole story's
      }
      String topic = DomainFinder.topic(sentences.get(i).text(), lang.equals("vi") ? "vi" : "en");
      if (topic != null) {
        return topic;
      }
    }
    return null;
  }

  /**
   * Guidelines §7: a restatement without an amount ("Europe has narrowed the gap") merges into the
   * same speaker's claim about the same pair that gives one ("... three to four years behind").
   */
  private static List<GapClaim> foldAmountless(List<GapClaim> claims) {
    List<GapClaim> out = new ArrayList<>();
    for (GapClaim c : claims) {
      boolean amountless =
          c.gap() == null; // "vài tháng" is an amount too (g100-style past/present)
      boolean restated =
          amountless
              && claims.stream()
                  .anyMatch(
                      o ->
                          o != c
                              && o.gap() != null
                              && o.gap().months() != null
                              && key(o)
                                  .replaceFirst("\\|[^|]*\\|(true|false)$", "")
                                  .equals(key(c).replaceFirst("\\|[^|]*\\|(true|false)$", ""))
                              && Math.abs(o.evidence().start() - c.evidence().start()) < 400);
      if (!restated) {
        out.add(c);
      }
    }
    return out;
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
      if (donor == null) {
        donor = sameSentenceSameSubject(claims, c);
      }
      if (donor == null) {
        donor = topicBefore(claims, c);
      }
      out.add(donor == null ? c : c.withDomain(donor.domain()));
    }
    return out;
  }

  /**
   * A claim of the same sentence about the same subject: "overtook Thailand as the second-largest
   * exporter of electronics, behind only Singapore" ranks in one field against both.
   */
  private static @Nullable GapClaim sameSentenceSameSubject(List<GapClaim> claims, GapClaim c) {
    for (GapClaim o : claims) {
      if (o != c
          && o.domain() != null
          && o.subject().equals(c.subject())
          && o.evidence().start() == c.evidence().start()) {
        return o;
      }
    }
    return null;
  }

  /**
   * The claim just before, about the same subject, in the sentence right before: the topic carried
   * on ("... phát triển kịp Thái Lan. Việt Nam đi sau Hàn Quốc khoảng 30-35 năm, ...").
   */
  private static @Nullable GapClaim topicBefore(List<GapClaim> claims, GapClaim c) {
    GapClaim donor = null;
    for (GapClaim o : claims) {
      int distance = c.evidence().start() - o.evidence().end();
      if (o.domain() != null
          && o.subject().equals(c.subject())
          && distance >= 0
          && distance < 8
          && (donor == null || o.evidence().end() > donor.evidence().end())) {
        donor = o;
      }
    }
    return donor;
  }

  private static boolean samePair(GapClaim a, GapClaim b) {
    return (a.subject().equals(b.subject()) && a.reference().equals(b.reference()))
        || (a.subject().equals(b.reference()) && a.reference().equals(b.subject()));
  }

  private static String key(GapClaim c) {
    String pair = pairKey(c);
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
