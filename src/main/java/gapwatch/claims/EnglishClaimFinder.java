package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * English rules. For each standing cue in a sentence: the subject is the nearest actor before it in
 * its clause (with actors coordinated to it, or the antecedent of "it", "the country"); the
 * reference is the actor that the cue governs — its object ("lags TSMC", "ahead of the US") — or,
 * when the text leaves the reference out ("China is a year behind"), the other actor of the
 * sentence or of the sentences around it. A cue whose object is something other than an actor
 * ("behind schedule", "ahead of the launch") makes no claim. Negations, forecasts and questions are
 * turned or dropped as the annotation guidelines say.
 */
final class EnglishClaimFinder {

  /** Clause breaks: a cue's actors are looked for within its clause. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          ";|:\\s|(?<!\\d)\\s[—–]\\s(?!\\d)|,?\\s+(?:while|whereas|but|although|though|however|yet|despite)\\b"
              + "|,\\s+and\\b|,\\s+which\\b|,\\s+so\\b");

  /** ", the German carmaker's China technology chief told reporters": who said it, not what. */
  private static final Pattern ATTRIBUTION_TAIL = Affiliations.ENGLISH_ATTRIBUTION_TAIL;

  private static final Pattern NEGATION =
      Pattern.compile(
          "(?i)\\b(?:not(?!\\s+(?:too\\s+|that\\s+|very\\s+)?(?:far|much)\\b)|n't|n’t|never|no\\s+longer"
              + "|hardly|nor|neither)\\b\\W*(?:\\w+\\W+){0,2}$");

  private static final Pattern NO_LONGER =
      Pattern.compile("(?i)\\bno\\s+longer\\b\\W*(?:\\w+\\W+){0,2}$");

  /** Modal or intentional language before a cue: a forecast, goal or hypothesis. */
  private static final Pattern FORECAST =
      Pattern.compile(
          "(?i)\\b(?:will|would|could|might|may|shall|going\\s+to|aims?\\s+to|aiming\\s+to|plans?"
              + "\\s+to|planning\\s+to|hopes?\\s+to|hoping\\s+to|wants?\\s+to|seeks?\\s+to|seeking"
              + "\\s+to|vow(?:s|ed)?\\s+to|pledge[sd]?\\s+to|expect(?:s|ed|ing)?\\s+to|intends?\\s+to|set\\s+to|poised\\s+to"
              + "|likely\\s+to|on\\s+track\\s+to|bid\\s+to|race\\s+to|racing\\s+to|strive\\s+to"
              // "risks falling behind", not "its risk engine"
              + "|striving\\s+to|in\\s+order\\s+to|afford\\s+to|(?:risks?|risking)(?=\\s+\\w+ing\\b)|avoid|avoiding"
              + "|potential(?:ly)?|ambition\\s+to|goal\\s+(?:is\\s+)?(?:to|of)|try(?:ing)?\\s+to"
              + "|tries\\s+to|if|unless|whether|soon|fears?\\s+of|fear(?:s|ed)?\\s+that|threat(?:en"
              + "|ens)?\\s+to|projected\\s+to|forecast\\s+to|predicted\\s+to|need\\s+to|needs\\s+to"
              + "|must|should|wish|dream\\s+of|let|lets|allow|allows|allowing)\\b\\W*"
              + "(?:[\\w'’]+\\W+){0,4}$"
              // an embedded question keeps its whole clause: "whether China is ahead of or behind"
              + "|\\bwhether\\b\\W*(?:[\\w'’]+\\W+){0,8}$");

  /** "According to X's Tracker, China leads": a mention inside the source phrase. */
  private static final Pattern INSIDE_ACCORDING_TO =
      Pattern.compile("(?is).*\\baccording\\s+to\\b[^,]*");

  private boolean insideAccordingTo(ActorMention m) {
    return INSIDE_ACCORDING_TO.matcher(s).region(0, m.start()).matches();
  }

  /** A reporting verb inside the clause: its subject is the speaker, the claim comes after. */
  private static final Pattern REPORTING_VERB =
      Pattern.compile(
          "(?i)(?<!\\b(?:was|were|is|are|be|been|being|widely|generally|once|long)\\s)\\b(?:said|says"
              + "|reckoned|reckons|believed|believes|argued|argues|thinks|thought|estimated|estimates"
              + "|warned|warns|concluded|concludes)\\s+(?!to\\b)(?:that\\s+)?");

  /** Reported speech begins: what comes before it is the speaker's, not the claim's. */
  private static final Pattern REPORTED_THAT =
      Pattern.compile(
          "(?i)\\b(?:said|says|told\\s+[^,;]{1,40}?|argued|argues|believes|warned|estimated|noted"
              + "|added|wrote|concluded)\\s+that\\b");

  /** "the latter", "the former's programme": one of a pair named just before. */
  private static final Pattern LATTER =
      Pattern.compile("(?i)\\bthe\\s+(latter|former)(?:[’']s)?\\b");

  private static final Pattern LATTER_OBJECT =
      Pattern.compile("(?i)\\s*(?:by\\s+)?the\\s+(latter|former)(?:[’']s)?\\b");

  /**
   * The first or second of the last pair of actors coordinated before {@code at} ("Samsung and LG",
   * "Russia and China"), in this sentence or the one before.
   */
  private @Nullable ActorMention ofPair(String which, int at) {
    boolean second = which.equalsIgnoreCase("latter");
    List<List<ActorMention>> scopes = new ArrayList<>();
    scopes.add(mentions.stream().filter(m -> m.end() <= at).toList());
    if (sentence.index() > 0) {
      scopes.add(discourse.mentions(sentence.index() - 1));
    }
    for (int k = 0; k < scopes.size(); k++) {
      List<ActorMention> scope = scopes.get(k);
      String text = k == 0 ? s : discourse.sentences().get(sentence.index() - 1).text();
      for (int i = scope.size() - 1; i > 0; i--) {
        ActorMention a = scope.get(i - 1);
        ActorMention b = scope.get(i);
        if (b.start() >= a.end()
            && text.substring(a.end(), b.start()).matches("(?i)\\s*(?:,|and|or|&)\\s*")) {
          return second ? b : a;
        }
      }
    }
    return null;
  }

  /** A gerund that is itself the subject: "closing the gap", "catching up". */
  private static final Pattern GERUND_SUBJECT =
      Pattern.compile("(?i)(?:clos|narrow|bridg|catch|shrink|fill)\\w*ing\\b");

  /** "the company behind ChatGPT", "the battery maker behind GM's cells", "the team behind". */
  private static final Pattern ONE_BEHIND_IT =
      Pattern.compile(
          "(?i)\\b(?:company|firm|maker|makers|group|team|start-?up|lab|developer|supplier|force"
              + "|brains|people|mind|minds|investor|investors|entity|manufacturer|designer|engineers"
              + "|money|technology|chips?|software)\\s+$");

  /**
   * "has left Europe behind", "leave Europe trailing": the object comes before "behind" (group 2);
   * in "has been left a decade behind" (group 1 set) the passive's subject is the one behind.
   */
  private static final Pattern LEFT_BEHIND =
      Pattern.compile(
          "(?is)(\\b(?:been|being|was|were|is|are|get|gets|got|getting)\\s+)?\\b(?:left|leaves?|leaving)\\s+"
              + "((?:[\\w'’-]+\\s+){1,4})$");

  /** A goal or pledge before the cue, even a few words off: "vowed on Thursday to surpass". */
  private static final Pattern GOAL =
      Pattern.compile(
          "(?i)\\b(?:vow|pledge|promise|aim|plan|hope|intend|seek|strive|target|resolve|expect|urge"
              + "|ask|call(?:s|ed|ing)?\\s+on|press)"
              + "(?:s|ed|ing|d)?\\b"
              + "[^.,;]{0,30}?\\bto\\s+(?:\\w+\\s+)?$|\\b(?:goal|target|ambition|aim|plan)\\s+(?:is\\s+|was\\s+)?"
              + "(?:to|of)\\s+(?:\\w+\\s+)?$"
              // "how to make sure smaller member states are not left behind": a concern, not a
              // claim
              + "|\\b(?:make\\s+sure|ensure|ensuring|so\\s+that|to\\s+avoid|avoid)\\b[^.,;]{0,40}$");

  /** "Some commentators say we are ahead ..., but we don't see it that way": reported, denied. */
  private static final Pattern SAID_THEN_DENIED =
      Pattern.compile(
          "(?i)\\b(?:say|says|said|claim|claims|argue|argues|suggest|suggests)\\b.{0,160}\\bbut\\s+"
              + "(?:we|i|they|he|she|the\\s+company)\\s+(?:don'?t|do\\s+not|doesn'?t|does\\s+not|didn'?t"
              + "|did\\s+not|don’t|doesn’t|didn’t)\\s+(?:see|agree|think|believe|accept|buy)");

  /** "Claims that China is “years behind” in AI have become a staple": talk about claims. */
  private static final Pattern ABOUT_CLAIMS =
      Pattern.compile(
          "(?i)^\\W*(?:(?:claims|suggestions|talk|warnings|fears|the\\s+(?:idea|notion|claim|argument"
              + "|perception|view))\\s+that\\b"
              // "The phrase “China is two years behind” has been repeated so often ..."
              + "|the\\s+(?:phrase|line|mantra|refrain|slogan|talking\\s+point|clich[eé]|claim)\\s+[“\"‘])");

  /** A quantity of something "of" an actor: its "of" does not make the actor an object. */
  private static final Pattern OF_MEASURE =
      Pattern.compile(
          "(?i)\\b(?:shipments|sales|exports|output|production|share|revenue|deliveries|imports)\\s+of"
              + "\\s+(?:the\\s+)?$");

  /** An embedded question: "Whether Europe trails the US ... is the subject of a study". */
  private static final Pattern WHETHER =
      Pattern.compile("(?i)\\bwhether\\b\\W*(?:[\\w'’]+\\W+){0,8}$");

  /** "Claims that X has pulled ahead of Y are not supported": the sentence rejects the claim. */
  private static final Pattern REJECTED_SENTENCE =
      Pattern.compile(
          "(?i)\\b(?:claims?|claiming|reports?|suggestions?|suggesting|the\\s+idea|the\\s+notion"
              + "|assertions?|asserting|talk|fears|speculation|rumou?rs?|posts?|charts?|videos?"
              + "|stor(?:y|ies))\\s+that\\b.*\\b(?:(?:are|is|were|was|had\\s+been|has\\s+been"
              // "Rumours that Huawei had caught up ... were “simply not true”"
              + "|have\\s+been)\\s+[“\"‘]?(?:(?:entirely|completely|largely|simply)\\s+)?(?:not\\s+supported"
              + "|not\\s+true|not\\s+accurate|inaccurate|incorrect"
              + "|unfounded|false|wrong|overblown|exaggerated|overstated|premature|misleading"
              + "|mistaken|baseless|untrue|nonsense|fabricated|fake|debunked|doctored|made\\s+up"
              + "|a\\s+hoax)|(?:is|are)\\s+a\\s+myth)\\b");

  /** Reporting a claim only to reject it. */
  private static final Pattern REJECTED =
      Pattern.compile(
          "(?i)\\b(?:denied|denies|deny|denying|dismissed|dismisses|dismissing|rejected|rejects"
              + "|rejecting|refuted|refutes|refuting|disputed|disputes|disputing|myth|false|wrong"
              // "brushed off suggestions that the company is now ahead of Apple"
              + "|(?:brush(?:ed|es|ing)?|laugh(?:ed|s|ing)?|shrug(?:ged|s|ging)?)\\s+off|play(?:ed|s|ing)?\\s+down"
              + "|downplay(?:ed|s|ing)?)\\b"
              + "[^.]{0,90}$");

  /** "X called that claim “simply not credible”": the sentence after rejects the one before. */
  private static final Pattern REJECTS_CLAIM_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:(?:called|calls|dismissed|dismisses|rejected|rejects|disputed|disputes|denied|denies"
              + "|refuted|refutes)\\s+(?:that|the|this|such)\\s+(?:claim|assertion|view|idea|notion)"
              + "|(?:that|the|this)\\s+claim\\s+(?:is|was)\\s+(?:false|wrong|untrue|nonsense|baseless|not\\s+"
              + "credible))\\b");

  private static final Pattern REPORTED_CLAIM =
      Pattern.compile(
          "(?i)\\b(?:claimed|claim|claims|said|say|says|argued|argue|argues)\\s+that\\b");

  /**
   * Whether this sentence reports a claim ("Some commentators have claimed that ...") that the next
   * sentence of its paragraph rejects.
   */
  private boolean rejectedNext(String before) {
    int next = sentence.index() + 1;
    List<Sentence> all = discourse.sentences();
    return REPORTED_CLAIM.matcher(before).find()
        && next < all.size()
        && all.get(next).paragraph() == sentence.paragraph()
        && REJECTS_CLAIM_BEFORE.matcher(all.get(next).text()).find();
  }

  private static final Pattern TIME_AHEAD =
      Pattern.compile(
          "(?i)\\bthe\\s+(?:\\w+\\s+)?(?:years?|months?|decades?|weeks?|days?|quarters?|time|period|season)"
              + "\\s+ahead$");

  /** "rivals to spend years catching up": a generic crowd right before the cue is its subject. */
  private static final Pattern GENERIC_SUBJECT_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:rivals|competitors|others|everyone\\s+else|the\\s+rest)\\s+(?:to\\s+)?(?:(?:spend|take"
              + "|need|be|are|were|remain|still|now|years|months|several|many|a\\s+few)\\s+){0,3}$");

  /** "Intel disputes that assessment, saying ...": what follows is the disputer's own claim. */
  private static final Pattern COUNTERCLAIM =
      Pattern.compile(
          "(?i)\\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes"
              + "|disputed|disputes)\\b[^.]{0,60}?,\\s*(?:saying|arguing|insisting|countering"
              + "|contending|adding)\\b");

  /** Nouns that stand for a country or company already named ("the country", "the firm"). */
  private static final Pattern COUNTRY_ANAPHOR =
      Pattern.compile(
          "(?i)\\b(?:the\\s+(?:country|nation|republic|kingdom|region)|the"
              + "\\s+[\\w-]+(?:-people|-strong)\\s+(?:country|nation))\\b");

  private static final Pattern BLOC_ANAPHOR = Pattern.compile("(?i)\\bthe\\s+(?:bloc|union)\\b");

  private static final Pattern COMPANY_ANAPHOR =
      Pattern.compile(
          "(?i)\\b(?:the\\s+(?:[\\w]+-based\\s+)?(?:company|firm|group|chipmaker|carmaker|automaker|manufacturer|maker"
              + "|start-?up|giant|tech\\s+giant|foundry|brand|developer|lab|vendor|supplier"
              + "|conglomerate|business))\\b");

  /** "the Chinese carmaker": a company named before, described by nationality. */
  static final Pattern NATIONAL_COMPANY =
      Pattern.compile(
          // "its Taiwanese rival" is one firm; "their Chinese rivals" are the country's firms
          "(?i)^\\s*(?:its\\s+[\\w.-]+\\s+(?:rival|competitor|counterpart)\\b|the\\s+(?:[\\w.-]+\\s+)?(?:carmaker|automaker|company|firm|chipmaker|giant|group"
              + "|maker|manufacturer|rival|start-?up|champion|conglomerate|foundry|supplier"
              + "|developer|lab|planemaker|shipbuilder|brand|vendor|pair|duo|trio|yard|shipyard|airline"
              + "|carrier|bank|lender|operator|publisher|studio"
              // "the Chinese model", "the Korean car": the product named before, for its maker
              + "|model|car|chip|phone|smartphone|handset|jet|rocket|processor|drone|robot|vehicle"
              + "|sequencer|aircraft)s?\\b)");

  private static final Pattern THEY = Pattern.compile("(?i)\\b(?:they|their|them)\\b");

  private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:it|its|they|their|itself)\\b");

  /** Prepositions marking an actor as the point of comparison, not the subject. */
  private static final Pattern COMPARED_WITH =
      Pattern.compile(
          "(?i)\\b(?:compared\\s+(?:with|to)|relative\\s+to|than|against|versus|vs\\.?|unlike|like"
              // "cells from CATL outperformed": the maker of the subject, not a comparison
              // "According to the IFR, China overtook Japan": a source, not a comparison
              + "|over|behind|with|(?<!according\\s)(?<!due\\s)(?<!thanks\\s)to|(?<!(?:cells|chips|models|products|systems|batteries|drones|phones"
              + "|cars|vehicles|satellites|engines|jets|equipment|devices|radios|reactors|robots|tools"
              + "|rockets|processors|accelerators|modems|panels|sensors)\\s)from)\\s+"
              // "Over the past decade, Britain has fallen behind": a time, not a comparison
              + "(?!(?:the\\s+)?(?:past|last|next|coming|recent|time|years|decades|months)\\b"
              // "in the year to March, India ranks": a date
              + "|(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d)\\b)"
              // a comma only after a name of a list ("compared with Samsung, LG and"), not after a
              // fronted phrase ("With the successful docking, India became")
              + "(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+(?:and\\s+)?|(?-i:\\p{Lu})[\\w-]*,\\s+(?:and\\s+)?){0,4}$");

  private static final Pattern COMPARISON_BASE =
      Pattern.compile(
          "(?i)\\b(?:compared\\s+(?:with|to)|relative\\s+to|versus|vs\\.?)\\s+(?:the\\s+)?$");

  /** Durations and dates that are not gaps. */
  private static final Pattern NOT_A_GAP_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:for|in|over|during|within|since|after|until|the\\s+(?:last|past|next|first"
              + "|coming)|(?:last|past|next|first|coming)|every)\\s+(?:the\\s+)?(?:(?:last|past"
              + "|next|first|coming)\\s+)?(?:just\\s+|only\\s+|about\\s+|around\\s+|nearly\\s+)?$");

  private static final Pattern NOT_A_GAP_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:ago|earlier|later|from\\s+now|old|long\\b(?!\\s+(?:lead|gap))|in\\s+a\\s+row"
              + "|of\\s+(?:mass\\s+)?(?:production|experience|work|development|research|growth"
              + "|investment|effort|operation)|running|straight|before|after|since|at\\s+the"
              + "\\s+earliest|in\\s+(?:19|20)\\d\\d)\\b");

  /** Words that end the object slot after a cue. */
  private static final Set<String> SLOT_BREAK =
      Set.of(
          "in",
          "on",
          "at",
          "by",
          "for",
          "from",
          "with",
          "when",
          "while",
          "as",
          "since",
          "because",
          "and",
          "but",
          "which",
          "who",
          "where",
          "after",
          "before",
          "amid",
          "despite",
          "thanks",
          "due",
          "according",
          "said",
          "says",
          "is",
          "are",
          "was",
          "were",
          "will",
          "would",
          "can",
          "could",
          "has",
          "have",
          "had",
          "to",
          "if",
          "than",
          "so",
          "or",
          "into",
          "across",
          "among",
          "during",
          "until",
          "within",
          "through",
          "about",
          "over",
          "per");

  private final AmountParser amounts;
  private final Discourse discourse;
  private final Sentence sentence;
  private final String s;

  /** The table's actor mentions: the only ones used to resolve references and anaphora. */
  private final List<ActorMention> mentions;

  /** The same plus unknown organisation names, which may stand as subject or object only. */
  private final List<ActorMention> all;

  private final List<Token> tokens;
  private final List<AmountMention> found;

  private final TextAnalyzer analyzer;

  /** The actor a sentence's speaker speaks for, by sentence index: who "we" are. */
  private final java.util.function.IntFunction<@Nullable String> speakerSide;

  /**
   * Actors already taken as objects of earlier cues of the sentence: not subjects of later ones.
   */
  private final List<ActorMention> objects = new ArrayList<>();

  /** The "compared with X" actor an implicit reference came from, for its coordinated list. */
  private @Nullable ActorMention comparisonBase;

  /** The mention an anaphoric subject ("it", "the country") stands for, in this sentence. */
  private @Nullable ActorMention antecedentMention;

  /** The mention the subject was taken from, when it was named in the clause. */
  private @Nullable ActorMention subjectMention;

  /** A noun phrase standing as the subject of a clause whose actor is the sentence's subject. */
  private @Nullable String subjectPhrase;

  EnglishClaimFinder(
      AmountParser amounts,
      Discourse discourse,
      Sentence sentence,
      List<ActorMention> rawMentions,
      TextAnalyzer analyzer,
      java.util.function.IntFunction<@Nullable String> speakerSide) {
    this.speakerSide = speakerSide;
    this.amounts = amounts;
    this.discourse = discourse;
    this.sentence = sentence;
    this.s = sentence.text();
    this.all = heads(s, rawMentions);
    this.mentions = all.stream().filter(m -> !m.open()).toList();
    this.analyzer = analyzer;
    this.tokens = analyzer.tokens(sentence);
    this.found = amounts.find(s);
  }

  /** The claims the sentence's cues make ({@link EnglishCues#find} of the sentence). */
  List<Candidate> find(List<Cue> cues) {
    if (s.strip().endsWith("?")) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    for (Cue cue : cues) {
      out.addAll(fromCue(cue));
    }
    if (out.isEmpty()) {
      Candidate level = twoSidesLevel();
      if (level != null) {
        out.add(level);
      }
    }
    return out;
  }

  /** "the two companies were roughly level on HBM4": parity between the two actors named last. */
  static final Pattern TWO_SIDES_LEVEL =
      Pattern.compile(
          "(?i)\\b(?:the\\s+two|both)(?:\\s+(countries|nations|powers|economies|companies|firms|rivals"
              + "|chipmakers|carmakers|automakers|giants|labs|makers|groups))?\\s+(?:are|were|remain"
              + "|remained|stand|stood|now|still|appear\\s+to\\s+be|seem\\s+to\\s+be)\\s+(?:now\\s+)?"
              + "(?:(?:roughly|broadly|about|more\\s+or\\s+less|largely|essentially|effectively"
              + "|virtually|statistically)\\s+)?(?:level|neck\\s+and\\s+neck|on\\s+(?:a\\s+)?par|evenly\\s+matched"
              + "|equal|tied|at\\s+parity)\\b");

  private @Nullable Candidate twoSidesLevel() {
    Matcher m = TWO_SIDES_LEVEL.matcher(s);
    if (!m.find() || isForecast(s.substring(0, m.start()), "level")) {
      return null;
    }
    Boolean countries =
        m.group(1) == null
            ? null // "the two are now level": any two actors
            : m.group(1).toLowerCase(Locale.ROOT).matches("countries|nations|powers|economies");
    List<String> named = new ArrayList<>();
    List<ActorMention> earlier = new ArrayList<>();
    for (int i = Math.max(0, sentence.index() - 2); i < sentence.index(); i++) {
      earlier.addAll(discourse.mentions(i));
    }
    earlier.addAll(mentions.stream().filter(a -> a.end() <= m.start()).toList());
    for (int k = earlier.size() - 1; k >= 0 && named.size() < 2; k--) {
      ActorMention a = earlier.get(k);
      boolean country = a.kind() == ActorTable.Kind.COUNTRY;
      if ((countries == null || country == countries)
          && !a.demonym()
          && !named.contains(a.canonical())) {
        named.add(0, a.canonical());
      }
    }
    if (named.size() < 2) {
      return null;
    }
    String domain = notActor(DomainFinder.after(s, m.end(), s.length(), "en"));
    return new Candidate(
        named.get(0), named.get(1), Relation.PARITY, null, domain, sentence, true, m.start());
  }

  /**
   * Whether a verb cue is used as that verb rather than as a noun or adjective after a determiner
   * or possessive ("its rival Samsung", "LG's rival", "the leading supplier"). The UD tagger often
   * tags news verbs after a name as nouns ("SMIC lags TSMC"), so only a determiner or possessive
   * before the cue word counts against it; the cue word is found by its lemma.
   */
  /** A sentence opening with a condition: what follows its comma is only its outcome. */
  private static final Pattern HYPOTHETICAL =
      Pattern.compile("^[“\"‘']?\\s*(?:If|Unless|Should|Were|Had)\\s");

  /**
   * Whether "ahead of" follows the object of a planned act ("will show its new edge AI chips ahead
   * of Computex"): the act comes before an event; nobody stands ahead of anybody.
   */
  private boolean doneAheadOf(Cue cue, String before) {
    Token last = null;
    for (Token t : tokens) {
      if (t.end() <= cue.start()) {
        last = t;
      }
    }
    // the tagger may call "chips" a verb, so a word list says what may stand before a lead
    return last != null
        && !last.text()
            .matches(
                "(?i)years?|months?|decades?|generations?|nodes?|steps?|notch(?:es)?|miles|weeks?"
                    + "|light-years|streets|be|been|being|is|are|was|were|remains?|remained|stay(?:s|ed)?"
                    + "|still|now|well|far|way|already|just|only|even|much|comfortably|clearly|firmly"
                    + "|slightly|significantly|pull(?:s|ed)?|move[sd]?|get|gets|got|keep|keeps|kept"
                    + "|edged|inched|jumped|leapt|raced|surged|forged|sits?|lies|lie|'s|’s")
        && before.matches(
            "(?is).*\\b(?:will|would|plans?\\s+to|is\\s+set\\s+to|are\\s+set\\s+to|expects?\\s+to"
                + "|aims?\\s+to|intends?\\s+to|hopes?\\s+to)\\b.*");
  }

  private boolean verbUsedAsVerb(Cue cue) {
    if (cue.verbs().isEmpty()) {
      return true;
    }
    Token previous = null;
    for (Token t : tokens) {
      if (t.start() >= cue.start()
          && t.end() <= cue.end()
          && cue.verbs().contains(analyzer.lemma(t))) {
        boolean nominal = t.pos().equals("NOUN") || t.pos().equals("ADJ");
        boolean determined =
            previous != null
                && (previous.pos().equals("DET")
                    || previous.pos().equals("ADJ")
                    || previous.text().matches("(?i)its|their|his|her|our|whose|'s|’s|s'"));
        return !(nominal && determined);
      }
      previous = t;
    }
    return true;
  }

  private List<Candidate> fromCue(Cue cue) {
    if (!verbUsedAsVerb(cue)) {
      return List.of();
    }
    int[] clause = clause(cue);
    if (cue.frame() == Cue.Frame.OBJECT) {
      // an object is never the subject of a later cue, even when this cue makes no claim
      objects.addAll(objectSlot(cue, clause[1]).actors());
    }
    String before = s.substring(clause[0], cue.start());
    String cueText = s.substring(cue.start(), cue.end()).toLowerCase(Locale.ROOT);
    if (cueText.matches("ahead\\s+of") && doneAheadOf(cue, before)) {
      return List.of(); // "will show its new chips ahead of Computex": before an event, no lead
    }
    if (HYPOTHETICAL.matcher(s).lookingAt()
        && s.indexOf(',') >= 0
        && s.indexOf(',') < cue.start()) {
      return List.of(); // "If we stop investing now, we will never catch up": a condition's outcome
    }
    Relation relation = cue.relation();
    boolean negated =
        NEGATION.matcher(before).find()
            || (cue.frame() == Cue.Frame.OBJECT
                && cueText.matches("(?s)^(?:not|no)\\b.*")
                && !cueText.matches("(?s)^not\\s+(?:too\\s+|that\\s+|very\\s+)?(?:far|much)\\b.*"));
    boolean impossibility =
        cueText.matches(
            "(?s).*(?:cannot|can't|can’t|could|unable|struggl|fail|able|match\\s+for"
                + "|yet\\s+to).*");
    if (negated && !impossibility) {
      if (relation == Relation.AHEAD) {
        return List.of(); // a negated lead asserts nothing by itself
      }
      if (relation == Relation.BEHIND && !cueText.contains("catch") && !cueText.contains("gap")) {
        relation = Relation.PARITY; // "not behind" → level
      } else if (relation == Relation.PARITY) {
        relation = Relation.BEHIND; // "not on par with" → behind
      }
    }
    if (cueText.contains("caught up") && !negated && !NO_LONGER.matcher(before).find()) {
      relation = Relation.PARITY;
    }
    if (relation == Relation.PARITY
        && before.matches(
            "(?is).*\\b(?:years?|months?|decades?|generations?)\\s+(?:away\\s+)?from\\s+$")) {
      relation = Relation.BEHIND; // "five to ten years from matching the US Navy"
    }
    if (TIME_AHEAD.matcher(s.substring(0, cue.end())).find()) {
      return List.of(); // "imports will keep rising in the years ahead": time, not a lead
    }
    if (GENERIC_SUBJECT_BEFORE.matcher(before).find()) {
      return List.of(); // "expected rivals to spend years catching up": no named side
    }
    if (isForecast(before, cueText)
        || WHETHER.matcher(before).find()
        || ABOUT_CLAIMS.matcher(s).lookingAt()
        || SAID_THEN_DENIED.matcher(s).find()
        || REJECTED.matcher(before).find() && !COUNTERCLAIM.matcher(before).find()
        || REJECTED_SENTENCE.matcher(s).find()
        || rejectedNext(before)) {
      return List.of();
    }
    if (isScheduling(cue)) {
      return List.of();
    }
    if (GERUND_SUBJECT.matcher(cueText).lookingAt()
        && before.matches("(?is)(?:.*\\b(?:that|and)\\s+|.*,\\s*|\\s*)")
        && s.substring(cue.end())
            .matches(
                "(?is)^\\s*(?:[\\w'’-]+\\s+){0,3}?(?:would|will|could|may|might"
                    + "|requires?|required|needs?|takes?|took|is|was)\\b.*")) {
      return List.of(); // "closing the gap would require partnerships": an undertaking, no side
    }
    if (cueText.equals("behind") && ONE_BEHIND_IT.matcher(before).find()) {
      return List.of(); // "the battery maker behind GM's Ultium cells": who made it, no standing
    }
    Matcher leftBehind = LEFT_BEHIND.matcher(before);
    // "records that leave European fusion programmes trailing" is "left behind" too
    // but "has left it trailing the UAE", "leave it one node behind TSMC": it is behind the UAE
    if ((cueText.equals("behind") || cueText.equalsIgnoreCase("trailing"))
        && leftBehind.find()
        && objectSlot(cue, clause[1]).actors().isEmpty()) {
      if (leftBehind.group(1) == null) {
        return leftBehind(
            cue, clause, clause[0] + leftBehind.start(), clause[0] + leftBehind.start(2));
      }
      // "Russia has been left a full decade behind": the one left behind is the subject
    }
    if (cue.frame() == Cue.Frame.PAIR) {
      return pair(cue, relation, clause);
    }
    if (relation == Relation.AHEAD && isPassive(before, cue)) {
      relation = Relation.BEHIND; // "X has been overtaken by Y": X is behind Y
    }
    return object(cue, relation, clause, before);
  }

  private List<Candidate> object(Cue cue, Relation relation, int[] clause, String before) {
    subjectPhrase = null;
    subjectMention = null;
    antecedentMention = null;
    List<String> subjects = subjects(cue, clause, before);
    ActorMention given = recipientOfLead(cue);
    if (given != null) {
      // "Rosatom's reactors have given Russia a head start over the US": Russia holds the lead
      subjects = List.of(given.canonical());
      subjectMention = given;
    }
    if (subjects.isEmpty()) {
      return List.of();
    }
    Slot slot = objectSlot(cue, clause[1]);
    List<String> refs = new ArrayList<>();
    slot.actors().forEach(m -> refs.add(m.canonical()));
    boolean fromContext = false;
    if (refs.isEmpty() && slot.pronoun()) {
      String r = pronounObject(cue, subjects);
      if (r != null) {
        refs.add(r);
      }
    }
    boolean notCompared =
        s.substring(cue.end(), clause[1]).matches("(?is)^\\s*(?:as|in|on|for|when)\\b.*");
    if ((refs.isEmpty() || notCompared)
        && relation == Relation.PARITY
        && subjects.size() == 2
        && (notCompared
            || !slot.nonActor()
            || s.substring(cue.end(), clause[1])
                .matches(
                    "(?is)^\\s*(?:today|now|currently|at\\s+present|for\\s+now|these\\s+days)\\b.*"))
        && !s.substring(cue.end(), clause[1]).matches("(?is)^\\s*(?:with|to)\\b.*")) {
      // "Toyota and CATL are roughly on par": the coordinated subjects are level with each other
      return List.of(
          new Candidate(
              subjects.get(0),
              subjects.get(1),
              relation,
              null,
              domain(cue, slot, clause),
              sentence,
              false,
              cue.start()));
    }
    if (refs.isEmpty() && slot.nonActor()) {
      Matcher including = INCLUDING.matcher(s.substring(slot.end(), clause[1]));
      if (GENERIC_ALL.matcher(s.substring(cue.end(), clause[1])).lookingAt() && including.find()) {
        // "ahead of everyone else, including the United States": the named one stands
        for (ActorMention m : all) {
          if (m.start() >= slot.end() + including.end() && m.end() <= clause[1]) {
            refs.add(m.canonical());
            break;
          }
        }
      }
    }
    if (refs.isEmpty()
        && slot.nonActor()
        && s.substring(cue.end(), clause[1]).matches("(?is)^\\s*(?:to|with)?\\s*(?:a|an)\\s.*")) {
      return List.of(); // "comparable to a 5-nanometre-class technology": no actor to compare
    }
    if (refs.isEmpty()) {
      // "X and Y are on par" takes its other side from the sentence; "on par with the previous
      // quarter's" has one, and it is no actor
      boolean adjectival =
          cue.fallback() == Cue.Fallback.SENTENCE
              && !s.substring(cue.start(), cue.end()).matches("(?is).*\\b(?:with|to|as)$");
      if ((slot.nonActor() && !adjectival) || cue.fallback() == Cue.Fallback.NONE) {
        return List.of();
      }
      comparisonBase = null;
      String other = implicitReference(cue, subjects, cue.fallback() == Cue.Fallback.CONTEXT);
      if (other == null) {
        return List.of();
      }
      refs.add(other);
      if (comparisonBase != null) {
        for (ActorMention m : coordinatedAfter(comparisonBase)) {
          if (!refs.contains(m.canonical()) && !subjects.contains(m.canonical())) {
            refs.add(m.canonical());
          }
        }
      }
      fromContext = !inSentence(other);
    }
    GapAmount amount = amountFor(cue, clause);
    Map<String, GapAmount> own = amountsPerObject(slot);
    String domain = domain(cue, slot, clause);
    List<Candidate> out = new ArrayList<>();
    for (String subj : subjects) {
      for (String ref : refs) {
        if (!ref.equals(subj)) {
          GapAmount a = own.getOrDefault(ref, amount);
          out.add(
              new Candidate(subj, ref, relation, a, domain, sentence, fromContext, cue.start()));
        }
      }
    }
    return out;
  }

  private static final Pattern GIVEN =
      Pattern.compile("(?i)\\b(?:gives?|gave|given|giving|hands?|handed|handing)\\s+(?:the\\s+)?$");

  private static final Pattern LEAD_AFTER =
      Pattern.compile(
          "(?i)\\s+(?:an?|the|its|their)?\\s*(?:[\\w-]+\\s+){0,3}?(?:lead|edge|advantage|head\\s+start"
              + "|upper\\s+hand)\\b");

  /** The actor a lead is given to: "gives Moscow a lead of several years over ...". */
  private @Nullable ActorMention recipientOfLead(Cue cue) {
    if (cue.relation() != Relation.AHEAD) {
      return null;
    }
    for (ActorMention m : mentions) {
      if (m.start() < cue.end()
          && LEAD_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()
          && GIVEN.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find()) {
        // "is expected to give the US Air Force an edge": a forecast, no lead yet
        return FORECAST.matcher(s.substring(0, m.start())).find() ? null : m;
      }
    }
    return null;
  }

  /**
   * Amounts stated per object: "trails the US by nearly a year and China by more than six months".
   * Empty unless at least two objects carry their own "by N".
   */
  private Map<String, GapAmount> amountsPerObject(Slot slot) {
    Map<String, GapAmount> out = new java.util.HashMap<>();
    for (ActorMention m : slot.actors()) {
      for (AmountMention a : found) {
        if (a.start() >= m.end()
            && a.kind() == AmountMention.Kind.TIME
            && s.substring(m.end(), a.start()).matches("(?is)\\s+by\\s+")) {
          out.put(m.canonical(), a.amount());
        }
      }
    }
    return out.size() >= 2 ? out : Map.of();
  }

  private boolean isPassiveCue(Cue cue) {
    return cue.relation() == Relation.AHEAD && isPassive(s.substring(0, cue.start()), cue);
  }

  /** "has been overtaken by", "was surpassed by", "being outpaced by". */
  private boolean isPassive(String before, Cue cue) {
    return before.matches(
            "(?is).*\\b(?:be|been|being|is|are|was|were|get|got|gets)\\s+(?:\\w+ly\\s+)?$")
        && s.substring(cue.end()).matches("(?is)^\\s+by\\b.*")
        && s.substring(cue.start(), cue.end())
            .matches("(?is).*(?:ed|en|took|beaten|overtaken)\\b.*");
  }

  /** "a week ahead of General Motors": days and weeks before "ahead of" order events. */
  private boolean isScheduling(Cue cue) {
    String before = s.substring(Math.max(0, cue.start() - 30), cue.start());
    return s.substring(cue.start(), cue.end()).toLowerCase(Locale.ROOT).startsWith("ahead")
        && before.matches(
            "(?is).*\\b(?:a|one|two|three|four|five|six|several|a\\s+few|\\d+)\\s+"
                + "(?:days?|weeks?|hours?|minutes?)\\s*$");
  }

  /** What makes a future catching-up say where things stand: its cost in time or effort. */
  private static final Pattern PRESUPPOSING =
      Pattern.compile(
          "(?i)\\b(?:take|takes|took|taking|need|needs|needed|require|requires|struggl\\w*|years?|months?"
              + "|decades?|before|until|hard|difficult|unlikely|won[’']t|will\\s+not|cannot|can[’']t|long"
              + "|still|yet|first|time|not|never|soon|rac(?:e|es|ing)|scrambl\\w*|rush\\w*)\\b");

  private boolean isForecast(String before, String cueText) {
    if (GOAL.matcher(before).find()
        && !cueText.matches("(?s).*(?:struggl|cannot|can't|can’t|unable|remain|stay).*")) {
      // "vowed on Thursday to surpass", "aims to catch up by 2030": a goal; but "expect Huawei to
      // struggle to match Nvidia" still says where Huawei stands
      return true;
    }
    if (!FORECAST.matcher(before).find()) {
      return false;
    }
    // Presuppositions survive modality: "will take two years to catch up", "will struggle to
    // match", "will remain ahead", "will lag for years" all say where things stand now.
    // ... but "The Commission will match Germany's pledge" is a plan, not where anyone stands
    boolean presupposed =
        PRESUPPOSING.matcher(before).find() || PRESUPPOSING.matcher(cueText).find();
    return !((cueText.contains("catch") || cueText.contains("gap") || cueText.contains("match"))
            && presupposed
        || cueText.matches("(?s)^(?:take|took|need|require).*")
        || cueText.contains("struggl")
        || cueText.matches("(?s).*\\b(?:remain|stay|lag|trail|cannot|can't|can’t|unable).*")
        || before.matches("(?is).*\\b(?:remain|stay)s?\\s*$"));
  }

  /** "China has left Europe behind in electric buses": the subject ahead of the one left. */
  private List<Candidate> leftBehind(Cue cue, int[] clause, int leftAt, int objectFrom) {
    List<ActorMention> objects =
        mentions.stream().filter(m -> m.start() >= objectFrom && m.end() <= cue.start()).toList();
    ActorMention subject = null;
    for (ActorMention m : mentions) {
      if (m.start() >= clause[0] && m.end() <= leftAt) {
        subject = m;
      }
    }
    if (objects.isEmpty() || subject == null) {
      return List.of(); // "has left rivals behind": no named actor was left
    }
    Slot slot = new Slot(objects, false, false, cue.end(), null);
    String domain = domain(cue, slot, clause);
    GapAmount amount = amountFor(cue, clause);
    List<Candidate> out = new ArrayList<>();
    for (ActorMention o : objects) {
      if (!o.canonical().equals(subject.canonical())) {
        out.add(
            new Candidate(
                subject.canonical(),
                o.canonical(),
                Relation.AHEAD,
                amount,
                domain,
                sentence,
                false,
                cue.start()));
      }
    }
    return out;
  }

  // ---- subjects

  private List<String> subjects(Cue cue, int[] clause, String before) {
    ActorMention taker = dummySubjectTaker(cue, before);
    if (taker != null && taker.demonym()) {
      // "It could take the Chinese planemaker 15 years to catch up": the firm named before
      int the = s.substring(0, taker.start()).toLowerCase(Locale.ROOT).lastIndexOf("the ");
      ActorMention firm =
          the >= 0 && taker.start() - the <= 4 && the < clause[1]
              ? nationalCompany(the, clause[1])
              : null;
      if (firm != null) {
        taker = firm;
      }
    }
    if (taker != null) {
      subjectMention = taker;
      return List.of(taker.canonical());
    }
    ActorMention subject = null;
    ActorMention ungoverned = null;
    int[] apposition = apposition(clause[0], cue.start());
    int reportedFrom = clause[0];
    Matcher reporting = REPORTING_VERB.matcher(s.substring(clause[0], cue.start()));
    while (reporting.find()) {
      reportedFrom = clause[0] + reporting.end(); // "Korean engineers reckoned the company was ..."
    }
    for (ActorMention m : all) {
      if (m.start() < reportedFrom || insideAccordingTo(m)) {
        continue; // the speaker's side or the source, not the subject
      }
      if (m.start() >= clause[0] && m.end() <= cue.start()) {
        // what the speaker says starts after the reporting verb: "an adviser to the board, said X"
        String lead =
            s.substring(Math.max(clause[0], Math.min(reportedFrom, m.start())), m.start());
        boolean inApposition =
            apposition != null && m.start() >= apposition[0] && m.end() <= apposition[1];
        boolean example = EXAMPLES.matcher(s.substring(clause[0], m.start())).find();
        if (!COMPARED_WITH.matcher(lead).find()
            && !inApposition
            && !example
            && !objects.contains(m)) {
          subject = m;
          if (!GOVERNED.matcher(lead).find() || OF_MEASURE.matcher(lead).find()) {
            ungoverned = m; // "Shipments of Chinese-brand phones in Southeast Asia eclipsed"
          }
        }
      }
    }
    if (ungoverned != null
        && subject != ungoverned
        && (PREDICATE_GOES_ON.matcher(s.substring(subject.end(), cue.start())).find()
            || GOVERNED.matcher(s.substring(clause[0], subject.start())).find())) {
      // "India remains dependent on China for ingredients and lags its neighbour": China is the
      // object of a preposition in the first predicate; the subject is India
      subject = ungoverned;
    }
    if (subject != null && isPlaceBeforePronoun(subject)) {
      subject = null; // "but in Texas it still trails Kodiak": a place, then the subject pronoun
    }
    if (subject == null && FIRST_PERSON.matcher(before).find()) {
      String we = firstPerson(before);
      if (we != null) {
        return List.of(we);
      }
    }
    if (subject != null
        && (subject.demonym() || subject.kind() == ActorTable.Kind.COUNTRY)
        && s.substring(clause[0], subject.start()).matches("(?is).*\\bthe\\s+$")) {
      // "The Japanese start-up is two years behind": the firm named before, not Japan
      int the = s.substring(0, subject.start()).toLowerCase(Locale.ROOT).lastIndexOf("the");
      ActorMention firm = nationalCompany(the, cue.start());
      if (firm != null) {
        subject = firm;
      }
    }
    List<String> out = new ArrayList<>();
    if (subject != null) {
      subjectMention = subject;
      for (ActorMention m : coordinatedBefore(subject)) {
        out.add(m.canonical());
      }
      out.add(subject.canonical());
      return distinct(out);
    }
    // ", which is gaining ground": the relative pronoun stands for the actor just before it
    if (s.substring(0, clause[0]).matches("(?s).*\\bwhich\\s*$")) {
      for (int i = mentions.size() - 1; i >= 0; i--) {
        if (mentions.get(i).end() <= clause[0]) {
          out.add(mentions.get(i).canonical());
          return out;
        }
      }
    }
    String anaphor = anaphor(before, clause[0]);
    if (anaphor != null) {
      out.add(anaphor);
      return out;
    }
    // A clause without a subject ("..., and manufacturing technology leading Intel") belongs to
    // the sentence's main subject; its own noun phrase says in what.
    if (clause[0] > 0) {
      String np = before.strip().replaceFirst("(?i)^(?:and|but|or|with)\\s+", "");
      if (np.matches("[\\p{L}\\p{N}\\s-]{3,60}") && np.split("\\s+").length <= 5) {
        subjectPhrase = np.replaceFirst("(?i)^(?:the|its|their|a|an)\\s+", "");
      }
      Matcher reported = REPORTED_THAT.matcher(s.substring(0, clause[0]));
      int from = 0;
      while (reported.find()) {
        from = reported.end(); // "X, director at US Command, told a panel that China's navy ..."
      }
      for (ActorMention m : mentions) {
        if (m.start() >= from
            && m.end() <= clause[0]
            && !COMPARED_WITH.matcher(s.substring(0, m.start())).find()) {
          out.add(m.canonical());
          return out;
        }
      }
    }
    return out;
  }

  /** "in Texas it still trails": a place named right before the subject pronoun. */
  private boolean isPlaceBeforePronoun(ActorMention m) {
    return isLocative(m) && s.substring(m.end()).matches("(?is)\\s*,?\\s+(?:it|they|we)\\s+.*");
  }

  /** "makes the most phones in India": a place where, which no pronoun stands for. */
  private boolean isLocative(ActorMention m) {
    return s.substring(0, m.start()).matches("(?is).*\\b(?:in|across|throughout)\\s+(?:the\\s+)?$");
  }

  private @Nullable String anaphor(String before, int clauseStart) {
    Matcher latter = LATTER.matcher(before);
    if (latter.find()) {
      ActorMention one = ofPair(latter.group(1), clauseStart + latter.start());
      if (one != null) {
        return one.canonical();
      }
    }
    ActorTable.Kind kind = null;
    if (BLOC_ANAPHOR.matcher(before).find()) {
      kind = ActorTable.Kind.BLOC; // "The bloc also trails China"
    } else if (COUNTRY_ANAPHOR.matcher(before).find()) {
      kind = ActorTable.Kind.COUNTRY;
    } else if (COMPANY_ANAPHOR.matcher(before).find()) {
      kind = ActorTable.Kind.COMPANY;
    } else if (!PRONOUN.matcher(before).find()) {
      return null;
    }
    // the nearest suitable actor earlier in this sentence, else in the sentences before
    for (int i = mentions.size() - 1; i >= 0; i--) {
      ActorMention m = mentions.get(i);
      if (m.end() <= clauseStart + before.length()
          && (kind == null || m.kind() == kind)
          && !objects.contains(m)
          && !COMPARED_WITH.matcher(s.substring(0, m.start())).find()
          && !insideAccordingTo(m) // "according to a review on a Vietnamese site, though it"
          && !(isLocative(m)
              && (m.kind() == ActorTable.Kind.COUNTRY || m.kind() == ActorTable.Kind.REGION))) {
        antecedentMention = m;
        return m.canonical();
      }
    }
    if (kind == ActorTable.Kind.COMPANY) {
      for (ActorMention m : discourse.affiliations(sentence.index())) {
        if (m.end() <= clauseStart + before.length() && m.kind() == kind) {
          return m.canonical(); // "Sun Kai, co-founder of Hesai, said the company was ..."
        }
      }
    }
    if (THEY.matcher(before).find() && s.matches("(?s).*[“”\"].*")) {
      // in quoted speech "they" are the others: not the speaker's side
      String side = speakerSide.apply(sentence.index());
      for (int i = sentence.index() - 1; i >= Math.max(0, sentence.index() - 2); i--) {
        List<ActorMention> ms = discourse.mentions(i);
        for (int k = ms.size() - 1; k >= 0; k--) {
          if (!ms.get(k).canonical().equals(side)) {
            return ms.get(k).canonical();
          }
        }
      }
    }
    return discourse.antecedent(sentence.index(), kind);
  }

  /**
   * "Rapidus, the state-backed foundry Japan hopes will revive its industry, is ...": the span of
   * an apposition between the subject and the cue, whose actors are not the subject.
   */
  private int @Nullable [] apposition(int from, int to) {
    Matcher m =
        Pattern.compile(
                ",\\s+(?:the|a|an|its|their|which|who|one\\s+of|[\\p{Lu}][\\p{L}-]+[’']s)\\b"
                    + "[^,;]{3,140},")
            .matcher(s.substring(from, to));
    int[] last = null;
    while (m.find()) {
      last = new int[] {from + m.start(), from + m.end()};
    }
    return last;
  }

  /**
   * "Chinese drone makers such as DJI and Autel": companies given as examples of a national group
   * are not the actor; the group's country is.
   */
  private static final Pattern EXAMPLES =
      Pattern.compile(
          // "Chinese designers of AI processors, led by Huawei and Cambricon, remain ..."
          "(?i)\\b(?:such\\s+as|including|like|e\\.g\\.|,\\s*led\\s+by)\\s+(?:[\\p{L}\\p{N}&.’'-]+,?\\s+"
              + "(?:and\\s+|or\\s+)?){0,6}$");

  /** A preposition right before a mention: it is that preposition's object, not a subject. */
  private static final Pattern GOVERNED =
      Pattern.compile(
          "(?i)\\b(?:on|for|from|with|to|in|at|of|by|into|about|against|towards?|upon|as|than)\\s+"
              + "(?:the\\s+)?$");

  /** A second predicate of the same subject: "... and lags", "... but trails". */
  private static final Pattern PREDICATE_GOES_ON =
      Pattern.compile(
          "(?i)\\b(?:and|but|yet)\\s+(?:(?:still|now|also|already|has|have|had|is|are|was|were"
              + "|even)\\s+)*$");

  /** "we", "our" and "us" in quoted speech: the speaker's side. */
  private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:we|our|us)\\b");

  /**
   * Who "we" are: an actor named earlier in the same quotation or sentence, else the speaker's
   * organisation (an actor named in the speaker's affiliation).
   */
  private @Nullable String firstPerson(String before) {
    int i = sentence.index();
    List<Sentence> all = discourse.sentences();
    boolean quoteGoesOn =
        i > 0
            && all.get(i - 1).paragraph() == sentence.paragraph()
            && all.get(i - 1).text().matches("(?s)^\\s*[“\"].*")
            && !all.get(i - 1).text().matches("(?s).*[”\"]\\s*$");
    if (quoteGoesOn && !discourse.mentions(i - 1).isEmpty()) {
      ActorMention first = discourse.mentions(i - 1).get(0);
      List<Cue> cues = EnglishCues.find(all.get(i - 1).text());
      if (cues.isEmpty() || first.end() <= cues.get(0).start()) {
        return first.canonical(); // "“Europe has narrowed the gap. ... we": the quote's subject
      }
    }
    return speakerSide.apply(i);
  }

  /** Actors coordinated after one: "TSMC, Samsung, and other companies" gives Samsung. */
  private List<ActorMention> coordinatedAfter(ActorMention first) {
    List<ActorMention> out = new ArrayList<>();
    int at = first.end();
    for (int i = all.indexOf(first) + 1; i < all.size(); i++) {
      ActorMention m = all.get(i);
      if (!isCoordination(s.substring(at, m.start()))) {
        break;
      }
      out.add(m);
      at = m.end();
    }
    return out;
  }

  /** Actors coordinated before the subject: "Russia and Iran are behind" gives Russia too. */
  private List<ActorMention> coordinatedBefore(ActorMention subject) {
    List<ActorMention> out = new ArrayList<>();
    int idx = all.indexOf(subject);
    int at = subject.start();
    for (int i = idx - 1; i >= 0; i--) {
      ActorMention m = all.get(i);
      String gap = s.substring(m.end(), at);
      if (!gap.matches(
              "(?s)(?:[’']s)?\\s*(?:,|,?\\s*(?:and|or|&|as\\s+well\\s+as))\\s*(?:the\\s+)?")
          || insideAccordingTo(m)) {
        break; // "According to X's Tracker, China leads": the source is not coordinated
      }
      if (gap.strip().equals(",")
          && (GOVERNED.matcher(s.substring(0, m.start())).find()
              || s.substring(0, m.start())
                  .matches("(?is)(?:.*\\s)?(?:per|like|unlike|via)\\s+$"))) {
        break; // "Thanks to BYD, China overtook Japan": a fronted phrase's object, not a list
      }
      out.add(0, m);
      at = m.start();
    }
    return out;
  }

  // ---- the object slot

  /**
   * What follows a cue.
   *
   * @param actors the actor(s) in object position, coordinated ones included
   * @param nonActor whether the cue has an object that is not an actor ("schedule", "rivals")
   * @param pronoun whether the object is "it" or "them"
   * @param end offset just past the object (or the cue when there is none)
   * @param possessed the noun after "Y's" in the object ("the US's technological prowess")
   */
  private record Slot(
      List<ActorMention> actors,
      boolean nonActor,
      boolean pronoun,
      int end,
      @Nullable String possessed) {}

  private static final Pattern OBJECT_PREP =
      Pattern.compile(
          "(?i)^\\s*(?:(?:of|with|to|on|over|than|against|from)\\s+)?(?:(?:that|those)"
              + "\\s+of\\s+)?(?:the\\s+likes\\s+of\\s+)?"
              // "on par with equipment from Ericsson and Nokia": the makers are the object
              // "outperformed a rival candidate from BioNTech"
              + "(?:(?:(?:a|an|the)\\s+)?(?:(?:rival|competing|similar|comparable)\\s+)?(?:equipment|products?"
              + "|hardware|chips?|models?|systems?|offerings?|devices?|gear|those|ones|candidates?"
              + "|vaccines?|drugs?|rockets?|engines?|aircraft|jets?|cars?|vehicles?|phones?|batteries"
              + "|battery|satellites?)\\s+(?:from|made\\s+by|built\\s+by|by|developed\\s+by)\\s+"
              // "years ahead of anything being built in Europe"
              + "|(?:anything|everything|whatever|what\\s+is)\\s+(?:being\\s+)?(?:built|made|developed"
              + "|produced|done|offered|fielded|available)\\s+(?:in|by)\\s+)?");

  private static final Pattern IDIOM_NO_OBJECT =
      Pattern.compile(
          "(?i)^\\s*(?:the\\s+way|the\\s+charge|the\\s+race|by\\s+|in\\s+|when\\s+"
              + "|on\\s+|at\\s+|for\\s+|,|\\.|;|$)");

  /** An event the actor only names: "the iPhone launch", "the Apple event", "Nvidia's earnings". */
  private static final String EVENTS =
      "(?:launch|launches|release|debut|unveiling|event|keynote|meeting|summit|election|deadline"
          + "|tariffs?|sanctions|curbs|restrictions|rules|regulations|ban|vote|polls"
          + "|earnings|results|IPO|listing|rollout|conference|visit|talks|hearing|announcement"
          + "|showcase|expo|fair|festival|holiday|season|show|airshow|exhibition|congress|forum"
          + "|olympics|budget|opening|ceremony|trial|verdict|ruling)";

  private static final Pattern EVENT_AFTER =
      // not "Boeing in launch costs": a preposition starts a domain, and "launch costs" is no event
      Pattern.compile(
          "(?i)(?:[’']s)?\\s+(?:(?!(?:in|on|at|for|of|by|with)\\b)[\\w-]+\\s+){0,2}?"
              + EVENTS
              + "\\b(?!\\s+[a-z]+s\\b)");

  /** An event whose actor comes after it: "ahead of the launch of a Japanese satellite". */
  private static final Pattern EVENT_BEFORE =
      Pattern.compile("(?i).*\\b" + EVENTS + "\\s+(?:of|by|from|with)\\b.*");

  /** An object that is everyone: "ahead of everyone else", "behind all its rivals". */
  private static final Pattern GENERIC_ALL =
      Pattern.compile(
          "(?i)\\s*(?:of|with)?\\s*(?:everyone|everybody|all|the\\s+rest|others|rivals|competitors"
              + "|the\\s+competition|the\\s+field)\\b");

  private static final Pattern INCLUDING =
      Pattern.compile("(?i)^[^.;]{0,40}?,?\\s*(?:including|notably|not\\s+least|even)\\s+");

  /** A speech verb right after a name. */
  private static final Pattern SAYS_AFTER =
      Pattern.compile(
          "(?i)\\s*(?:\\([^)]{1,20}\\))?\\s+(?:also\\s+)?" + SpeakerFinder.SPEECH + "\\b");

  private static final Pattern BOTH_OF_THEM =
      // "both" alone stands for a pair named before; "both the US and China" names its own pair
      Pattern.compile(
          "(?i)(?:both(?:\\s+of\\s+them)?|them\\s+both|all\\s+of\\s+them|the\\s+two(?:\\s+(?:leaders|companies"
              + "|firms|countries|rivals))?)\\b(?!\\s+(?:the\\s+)?(?-i:\\p{Lu}))");

  private Slot objectSlot(Cue cue, int clauseEnd) {
    String after = s.substring(cue.end(), clauseEnd);
    boolean leftBehind =
        s.substring(cue.start(), cue.end()).matches("(?is)(?:.*\\bleft\\s+)?behind")
            && s.substring(0, cue.end()).matches("(?is).*\\bleft\\s+behind");
    if (after.matches("(?is)^\\s+by\\s.*") && (isPassiveCue(cue) || leftBehind)) {
      after = after.replaceFirst("(?is)^\\s+by", "   "); // "overtaken by China": the agent
    } else if (IDIOM_NO_OBJECT.matcher(after).lookingAt()) {
      return new Slot(List.of(), false, false, cue.end(), null);
    }
    Matcher prep = OBJECT_PREP.matcher(after);
    int from = cue.end() + (prep.lookingAt() ? prep.end() : 0);
    Matcher both = BOTH_OF_THEM.matcher(s.substring(from));
    if (both.lookingAt()) {
      // "Ericsson ranked second after Huawei ..., while Nokia slipped to third behind the two"
      List<ActorMention> before = new ArrayList<>();
      for (ActorMention m : mentions) {
        if (m.end() <= cue.start()) {
          before.add(m);
        }
      }
      if (!before.isEmpty()) {
        before.remove(before.size() - 1); // the one nearest the cue is this clause's subject
      }
      List<ActorMention> named = two(before);
      if (named.size() == 2 && !named.get(0).canonical().equals(named.get(1).canonical())) {
        return new Slot(named, false, false, from + both.end(), null);
      }
    }
    if (both.lookingAt() && sentence.index() > 0) {
      List<ActorMention> earlier = two(discourse.mentions(sentence.index() - 1));
      if (!earlier.isEmpty()) {
        // "ahead of both of them": the actors (and offsets) are the previous sentence's
        return new Slot(earlier, false, false, from + both.end(), null);
      }
    }
    Matcher rival = RIVAL.matcher(s.substring(from));
    if (rival.lookingAt()) {
      ActorMention other = rivalOf(cue);
      if (other != null) {
        return new Slot(List.of(other), false, false, from + rival.end(), null);
      }
    }
    Matcher level = LEVEL_OF.matcher(s.substring(from, clauseEnd));
    if (level.lookingAt()) {
      for (ActorMention m : all) {
        if (m.start() >= from + level.end() - 1 && m.start() - from < level.end() + 60) {
          return new Slot(List.of(m), false, false, m.end(), null); // "the level of Z Y has"
        }
      }
    }
    Matcher latter = LATTER_OBJECT.matcher(s.substring(from, clauseEnd));
    if (latter.lookingAt()) {
      ActorMention one = ofPair(latter.group(1), from);
      if (one != null) {
        // "is still outpaced by the latter": the second of the pair named before
        return new Slot(List.of(one), false, false, from + latter.end(), null);
      }
    }
    if (s.substring(from).matches("(?is)^(?:it|them)\\b.*")) {
      return new Slot(List.of(), false, true, from, null);
    }
    if (s.substring(from).matches("(?s)^(?:ours|us)\\b.*")) { // lower case: "US" is the country
      String side = speakerSide.apply(sentence.index());
      int end = from + (s.startsWith("ours", from) ? 4 : 2);
      if (side != null) {
        // the pronoun itself stands in the slot, not a mention of the side elsewhere in the
        // sentence
        ActorTable.Kind kind =
            mentions.stream()
                .filter(m -> m.canonical().equals(side))
                .map(ActorMention::kind)
                .findFirst()
                .orElse(ActorTable.Kind.COMPANY);
        return new Slot(
            List.of(new ActorMention(side, kind, from, end, side, false, true)),
            false,
            false,
            end,
            null);
      }
    }
    List<ActorMention> actors = new ArrayList<>();
    int at = from;
    ActorMention national = nationalCompany(from, clauseEnd);
    if (national != null) {
      return new Slot(List.of(national), false, false, national.end(), null);
    }
    for (ActorMention m : all) {
      if (m.start() < from || m.end() > clauseEnd) {
        continue;
      }
      String gap = s.substring(at, m.start());
      if (actors.isEmpty() ? !isNounPhrasePrefix(gap) : !isCoordination(gap)) {
        break;
      }
      if (!actors.isEmpty()
          && gap.matches("(?i)\\s*,\\s*(?:the\\s+)?")
          && SAYS_AFTER.matcher(s.substring(m.end())).lookingAt()) {
        break; // "behind TSMC, TechInsights said": the source, not another object
      }
      if (actors.isEmpty() && EVENT_BEFORE.matcher(gap).matches()) {
        return new Slot(List.of(), true, false, cue.end(), null);
      }
      if (actors.isEmpty()
          && m.kind() == ActorTable.Kind.COMPANY
          && gap.matches("(?i)\\s*(?:a|an)\\s+")) {
        return new Slot(List.of(), true, false, cue.end(), null); // "overtaking a Tesla": a car
      }
      actors.add(m);
      at = m.end();
    }
    if (!actors.isEmpty() && EVENT_AFTER.matcher(s).region(at, clauseEnd).lookingAt()) {
      return new Slot(List.of(), true, false, cue.end(), null); // "ahead of the iPhone launch"
    }
    if (!actors.isEmpty()) {
      return new Slot(actors, false, false, at, possessed(at, clauseEnd));
    }
    return new Slot(List.of(), startsNounPhrase(from), false, cue.end(), null);
  }

  /**
   * The two actors "both" stands for: the first two named, not a demonym describing one of them
   * ("CSSC has pulled ahead of HD Hyundai ... the Korean yard ... its Chinese rival").
   */
  private static List<ActorMention> two(List<ActorMention> mentions) {
    List<ActorMention> named = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (!m.demonym() && !seen.contains(m.canonical())) {
        named.add(m);
        seen.add(m.canonical());
      }
    }
    // fewer than two named: the other is a firm the table does not know, never a demonym
    return named.size() >= 2 ? named.subList(0, 2) : named;
  }

  /**
   * "trails the Chinese carmaker": a demonym with a company noun after "the" stands for the company
   * named before (BYD), not for the country.
   */
  private @Nullable ActorMention nationalCompany(int from, int clauseEnd) {
    String after = s.substring(from, clauseEnd);
    Matcher m = NATIONAL_COMPANY.matcher(after);
    if (!m.lookingAt()) {
      return null;
    }
    boolean demonym = false;
    for (ActorMention a : all) {
      // "the Chinese carmaker", and with a country name used attributively, "the US planemaker"
      if (a.start() >= from
          && a.end() <= from + m.end()
          && (a.demonym() || a.kind() == ActorTable.Kind.COUNTRY)) {
        demonym = true;
      }
    }
    if (!demonym && !after.matches("(?is)^\\s*the\\s+[\\p{L}-]+-based\\s.*")) {
      return null; // neither "the Chinese carmaker" nor "the Netherlands-based company"
    }
    // not the clause's own subject: "Estun is closing in on the Japanese pair" means firms before
    int clauseStart = 0;
    Matcher brk = CLAUSE_BREAK.matcher(s.substring(0, from));
    while (brk.find()) {
      clauseStart = brk.end();
    }
    ActorMention clauseSubject = null;
    for (ActorMention a : all) {
      if (a.start() >= clauseStart && a.end() <= from) {
        clauseSubject = a;
        break;
      }
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      ActorMention a = all.get(i);
      if (a.end() <= from
          && a != clauseSubject
          && (a.kind() == ActorTable.Kind.COMPANY || a.kind() == ActorTable.Kind.PRODUCT)
          && !a.demonym()) {
        return new ActorMention(
            a.canonical(), a.kind(), from, from + m.end(), a.surface(), false, a.open());
      }
    }
    String earlier = discourse.antecedent(sentence.index(), ActorTable.Kind.COMPANY);
    return earlier == null
        ? null
        : new ActorMention(
            earlier, ActorTable.Kind.COMPANY, from, from + m.end(), earlier, false, false);
  }

  /** "its larger rival", "their main competitor": the other actor the sentence names. */
  private static final Pattern RIVAL =
      Pattern.compile(
          "(?i)(?:its|their|his|her)\\s+(?:[\\w-]+\\s+)?(?:rival|competitor|challenger|counterpart"
              + "|neighbou?r)\\b");

  /** "the level of battery-cell expertise South Korea has", "the standard that Y set". */
  private static final Pattern LEVEL_OF =
      Pattern.compile(
          "(?i)\\s*(?:to\\s+)?(?:the\\s+)?(?:level|standard|position|capabilit(?:y|ies)|performance|quality)"
              + "\\s+(?:of\\s+(?:[\\w-]+\\s+){0,4}?)?(?:that\\s+|which\\s+)?");

  private @Nullable ActorMention rivalOf(Cue cue) {
    ActorMention subject = null;
    ActorMention ungoverned = null;
    for (ActorMention m : all) {
      if (m.end() <= cue.start()) {
        subject = m;
        if (!GOVERNED.matcher(s.substring(0, m.start())).find()) {
          ungoverned = m; // "India remains dependent on China ... and lags its neighbour"
        }
      }
    }
    if (ungoverned != null) {
      subject = ungoverned;
    }
    ActorMention other = null;
    for (ActorMention m : all) {
      if (subject != null && !m.canonical().equals(subject.canonical())) {
        if (m.kind() == subject.kind() && !m.demonym()) {
          return m; // "Samsung ... its crosstown rival": a firm's rival is a firm
        }
        if (other == null) {
          other = m;
        }
      }
    }
    if (subject != null && subject.kind() == ActorTable.Kind.COMPANY && sentence.index() > 0) {
      for (ActorMention m : discourse.mentions(sentence.index() - 1)) {
        if (m.kind() == ActorTable.Kind.COMPANY
            && !m.demonym()
            && !m.canonical().equals(subject.canonical())) {
          return new ActorMention(
              m.canonical(), m.kind(), cue.end(), cue.end(), m.surface(), false, false);
        }
      }
    }
    if (other != null) {
      return other;
    }
    String context =
        subject == null ? null : discourse.otherActor(sentence.index(), subject.canonical(), false);
    return context == null
        ? null
        : new ActorMention(
            context, ActorTable.Kind.COMPANY, cue.end(), cue.end(), context, false, true);
  }

  /** Words allowed between a cue and its object actor: determiners, adjectives, titles. */
  private boolean isNounPhrasePrefix(String gap) {
    // "overtaken Meta Platforms Inc.'s Llama": an abbreviation's full stop ends nothing
    String g = gap.replaceAll("[”“\"’‘]", " ").replaceAll("\\b(Inc|Corp|Co|Ltd)\\.", "$1").strip();
    if (g.isEmpty()) {
      return true;
    }
    if (g.matches(".*[,;:.()\\[\\]“”\"].*")) {
      return false;
    }
    String[] words = g.split("\\s+");
    if (words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (SLOT_BREAK.contains(w.toLowerCase(Locale.ROOT)) && !w.equals("the")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCoordination(String gap) {
    // "the US by nearly a year and China": an amount per object may stand between them; "Qualcomm's
    // Snapdragon 8 Elite Gen 5 and Apple's A19": so may the rest of a product's name
    return gap.matches(
        "(?s)(?:\\s+[\\p{Lu}\\p{N}][\\w.+-]*){0,4}(?i:(?:\\s+by\\s+[^,;]{1,40}?)?\\s*(?:,|,?\\s*(?:and|or|&"
            + "|as\\s+well\\s+as))\\s*(?:the\\s+)?)");
  }

  /** Whether a noun phrase (not an actor) starts at {@code at}: the cue has a non-actor object. */
  private boolean startsNounPhrase(int at) {
    for (Token t : tokens) {
      if (t.end() <= at) {
        continue;
      }
      return switch (t.pos()) {
        case "DET", "NOUN", "PROPN", "ADJ", "NUM", "X" -> !t.is("such");
        case "PRON" ->
            t.text()
                .matches(
                    "(?i)its|their|his|her|our|my|your|everyone|everybody"
                        + "|anyone|others?|all|both");
        default -> false;
      };
    }
    return false;
  }

  /** "the US's technological prowess" → "technological prowess". */
  private @Nullable String possessed(int at, int clauseEnd) {
    Matcher m =
        Pattern.compile(
                "^[’']s?\\s+((?:[\\w-]+\\s+){0,3}?[\\w-]+)(?=\\s+(?:(?:in|on|by|as|and)\\b|,|\\.)"
                    + "|[,.;]|$)")
            .matcher(s.substring(at, clauseEnd));
    if (!m.find()) {
      return null;
    }
    if (s.substring(at + m.end(), clauseEnd)
        .matches(
            "(?is)^\\s+in\\s+(?:the|this|that)\\s+(?:sector|field|area|industry|market|space)\\b.*")) {
      return null; // "South Korea's dominance in the sector": the field is named elsewhere
    }
    return m.group(1);
  }

  /**
   * "It will take Samsung at least two years to catch up with TSMC": with a dummy "it", the actor
   * that takes the time is named inside the cue, right after "take".
   */
  private @Nullable ActorMention dummySubjectTaker(Cue cue, String before) {
    if (!s.substring(cue.start(), cue.end()).matches("(?is)^(?:take|takes|took|taking)\\s.*")
        || !before.matches(
            "(?is).*\\b(?:it|that)\\s+(?:(?:will|would|could|may|might|can|is"
                + "|was|could\\s+still|still)\\s+)*$")) {
      return null;
    }
    for (ActorMention m : mentions) {
      if (m.start() > cue.start() && m.end() < cue.end()) {
        return m;
      }
    }
    return null;
  }

  private @Nullable String pronounObject(Cue cue, List<String> subjects) {
    for (int i = objects.size() - 1; i >= 0; i--) {
      // "have overtaken Japanese carmakers ..., leading them by 60 points": the earlier object
      if (!subjects.contains(objects.get(i).canonical())) {
        return objects.get(i).canonical();
      }
    }
    for (int i = mentions.size() - 1; i >= 0; i--) {
      ActorMention m = mentions.get(i);
      if (m.end() <= cue.start() && !subjects.contains(m.canonical())) {
        return m.canonical();
      }
    }
    String not = subjects.get(0);
    return discourse.otherActor(sentence.index(), not, false);
  }

  // ---- implicit references

  private @Nullable String implicitReference(Cue cue, List<String> subjects, boolean context) {
    // "when compared with TSMC, SMIC is four years late"
    for (ActorMention m : mentions) {
      if (COMPARISON_BASE.matcher(s.substring(0, m.start())).find()
          && !subjects.contains(m.canonical())) {
        comparisonBase = m;
        return m.canonical();
      }
    }
    String subjectKind = kindOf(subjects.get(0));
    String best = null;
    for (ActorMention m : mentions) {
      if (subjects.contains(m.canonical())) {
        continue;
      }
      if (best == null
          || (m.kind().name().equals(subjectKind) && !kindOf(best).equals(subjectKind))) {
        best = m.canonical();
      }
    }
    if (best != null || !context) {
      return best;
    }
    String rival = discourse.namedBeside(sentence.index(), subjects.get(0));
    if (rival != null) {
      return rival; // "AMD's MI355X outperformed Nvidia's B200 .... Nvidia kept its lead in X"
    }
    boolean country = "COUNTRY".equals(subjectKind) || "BLOC".equals(subjectKind);
    return discourse.otherActor(sentence.index(), subjects.get(0), country);
  }

  private String kindOf(String canonical) {
    for (ActorMention m : mentions) {
      if (m.canonical().equals(canonical)) {
        return m.kind().name();
      }
    }
    return "";
  }

  private boolean inSentence(String canonical) {
    return mentions.stream().anyMatch(m -> m.canonical().equals(canonical));
  }

  // ---- pairs: "the gap between X and Y"

  private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:between|separating)\\b");

  private List<Candidate> pair(Cue cue, Relation relation, int[] clause) {
    if (s.substring(cue.end()).matches("(?is)\\s+between\\s+what\\b.*")) {
      return List.of(); // "the gap between what export controls intend and what Nvidia can ship"
    }
    if (s.substring(0, cue.start()).matches("(?is).*\\b(?:where|in\\s+which)\\s+(?:the\\s+)?$")) {
      return List.of(); // "In lithography, the field where the distance is most visible, ..."
    }
    // "“That gap is now down to a few months,” she said, adding that BOE's yields on Apple orders
    // ...": the quotation ends the claim; what the narration names after it is not its pair
    Matcher quoteEnd = QUOTE_THEN_ATTRIBUTION.matcher(s);
    int end = quoteEnd.find(cue.end()) ? Math.min(clause[1], quoteEnd.start()) : clause[1];
    List<ActorMention> inClause = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.start() >= clause[0] && m.end() <= end) {
        inClause.add(m);
      }
    }
    // An amount often comes in the next clause: "the lag ... is smaller, but still reaches two
    // years"
    GapAmount amount = amountFor(cue, new int[] {clause[0], s.length()}, true);
    String domain = pairDomain(cue, clause);
    List<ActorMention> between = between(cue, inClause);
    boolean explicitPair = between != inClause && assertedAfter(between);
    ActorMention leader = gapWith(cue, inClause);
    List<String> names = new ArrayList<>();
    if (leader != null) {
      String subject = null;
      for (ActorMention m : inClause) {
        if (m.end() <= cue.start() && !m.canonical().equals(leader.canonical())) {
          subject = m.canonical();
        }
      }
      if (subject == null) {
        for (ActorMention m : mentions) {
          if (!m.canonical().equals(leader.canonical())) {
            subject = m.canonical();
            break;
          }
        }
      }
      if (subject == null) {
        subject = discourse.otherActor(sentence.index(), leader.canonical(), false);
      }
      if (subject == null || relation != Relation.BEHIND) {
        return List.of();
      }
      if (domain == null) {
        for (ActorMention m : mentions) {
          if (m.canonical().equals(subject)) {
            domain = generic(nounsAfter(m.end(), cue.start()));
            break;
          }
        }
      }
      return List.of(
          new Candidate(
              subject,
              leader.canonical(),
              relation,
              amount,
              domain,
              sentence,
              !inSentence(subject),
              cue.start()));
    }
    Matcher itAnd =
        Pattern.compile("(?i)\\bbetween\\s+(?:it|them|the\\s+country|the\\s+company)\\s+and\\b")
            .matcher(s);
    if (itAnd.find(cue.start()) && itAnd.start() - cue.end() < 40) {
      String it = discourse.antecedent(sentence.index(), null);
      if (it != null) {
        names.add(it); // "the gap between it and Malaysia": "it" comes first, as written
      }
    }
    for (ActorMention m : between) {
      if (!names.contains(m.canonical())) {
        names.add(m.canonical());
      }
    }
    boolean fromContext = false;
    if (names.size() == 1) {
      String other = discourse.otherActor(sentence.index(), names.get(0), true);
      if (other == null) {
        return List.of();
      }
      names.add(other);
      fromContext = true;
    }
    if (names.size() != 2) {
      return List.of();
    }
    if (relation == Relation.BEHIND && amount == null && !explicitPair) {
      return List.of(); // a bare "gap" is too weak a cue without an amount or "between X and Y"
    }
    String a = names.get(0);
    String b = names.get(1);
    if (relation == Relation.BEHIND && LeaderPrior.leads(a, b)) {
      String t = a;
      a = b;
      b = t;
    }
    return List.of(
        new Candidate(a, b, relation, amount, domain, sentence, fromContext, cue.start()));
  }

  private static final Pattern QUOTE_THEN_ATTRIBUTION =
      Pattern.compile(
          "[,.]?[”\"]\\s*,?\\s*(?:he|she|they|(?:\\p{Lu}[\\p{L}-]+\\s+){0,2}\\p{Lu}[\\p{L}-]+)\\s+(?:said|says"
              + "|added|adds|told|wrote|noted)\\b");

  /** "the gap between X and Y is/may be/has narrowed": the pair is asserted, not a topic. */
  private boolean assertedAfter(List<ActorMention> pair) {
    ActorMention last = pair.get(pair.size() - 1);
    String rest = s.substring(last.end());
    return rest.matches(
        "(?is)^(?:[’']s)?(?:\\s+(?!that\\b|which\\b|who\\b|when\\b|where\\b)[\\p{L}\\p{N}-]+){0,4}?\\s*[”\"]?\\s*(?:in\\s+[^,]{2,60}?\\s*[“\"]?\\s*)?"
            + "(?:is|are|was|were|remains?|remained|stands?|has|have|had|may|might|could|will"
            + "|would|can|isn[’']t|aren[’']t|wasn[’']t|seems?|appears?|looks?)\\b.*");
  }

  private static final Pattern GAP_WITH =
      Pattern.compile("(?i)^\\s*(?:from|with|to|behind|vis-à-vis|relative\\s+to)\\s+(?:the\\s+)?");

  /** "a 1.5-year gap from GPT-4", "its gap with the US": the actor the gap is measured to. */
  private @Nullable ActorMention gapWith(Cue cue, List<ActorMention> inClause) {
    Matcher m = GAP_WITH.matcher(s.substring(cue.end()));
    if (!m.lookingAt()) {
      return null;
    }
    int at = cue.end() + m.end();
    for (ActorMention a : inClause) {
      if (a.start() >= at && isNounPhrasePrefix(s.substring(at, a.start()))) {
        return a;
      }
    }
    return null;
  }

  /** "the technology gap", "the gap between US and Russian drone technology", "in Z". */
  private @Nullable String pairDomain(Cue cue, int[] clause) {
    for (ActorMention m : mentions) {
      if ((m.start() > cue.end() && m.end() <= clause[1] && s.startsWith("’s", m.end())
              || m.start() > cue.end() && m.end() <= clause[1] && s.startsWith("'s", m.end()))
          // "..., according to Daniel Whitcombe, Rocket Lab's vice-president": the source's title
          && !s.substring(cue.end(), m.start())
              .matches("(?is).*\\b(?:according\\s+to|said|says|told)\\b.*")) {
        String np = nounsAfter(m.end(), clause[1]);
        if (np != null) {
          return np;
        }
      }
    }
    String d = notActor(DomainFinder.after(s, cue.end(), clause[1], "en"));
    if (d != null) {
      return d;
    }
    Matcher before =
        Pattern.compile("(?i)(?:the|a|an|its|their)\\s+(?:[\\w-]+\\s+)?([\\p{L}-]+)\\s+$")
            .matcher(s.substring(Math.max(0, cue.start() - 40), cue.start()));
    if (before.find()
        && !before
            .group(1)
            .matches(
                "(?i)big|bigger|huge|large|wide|widening|small"
                    + "|significant|major|growing|narrowing|real|technological|\\d.*|.*-(?:year|decade|month)s?"
                    + "|current|remaining|such|this|that|no|any")) {
      return before.group(1);
    }
    Pattern afterDemonym =
        Pattern.compile(
            "^\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)(?=\\s+(?:is|are|was|were|has|have|in"
                + "|remains?)\\b|[,.;])");
    for (ActorMention m : mentions) {
      if (m.demonym() && m.start() > cue.end() && m.end() <= clause[1]) {
        Matcher a = afterDemonym.matcher(s.substring(m.end(), clause[1]));
        if (a.find()) {
          return a.group(1);
        }
        String np = generic(nounsAfter(m.end(), clause[1])); // "... open-source models any more"
        if (np != null) {
          return np;
        }
      }
    }
    return DomainFinder.after(s, 0, s.length(), "en");
  }

  /** "gap between X and Y": the two actors after "between"; else every actor of the clause. */
  private List<ActorMention> between(Cue cue, List<ActorMention> inClause) {
    Matcher m = BETWEEN.matcher(s);
    if (m.find(cue.end()) && m.start() - cue.end() < 40) {
      List<ActorMention> two = new ArrayList<>();
      for (ActorMention a : inClause) {
        if (a.start() >= m.end() && two.size() < 2) {
          two.add(a);
        }
      }
      if (two.size() == 2) {
        return two;
      }
    }
    return inClause;
  }

  // ---- clause, amount, domain

  private int[] clause(Cue cue) {
    int start = 0;
    int end = s.length();
    Matcher m = CLAUSE_BREAK.matcher(s);
    while (m.find()) {
      if (m.end() <= cue.start()) {
        start = m.end();
      } else if (m.start() >= cue.end()) {
        end = m.start();
        break;
      }
    }
    Matcher tail = ATTRIBUTION_TAIL.matcher(s);
    if (tail.find(cue.end()) && tail.start() < end) {
      end = tail.start(); // the clause ends where the attribution after it begins
    }
    return new int[] {start, end};
  }

  private @Nullable GapAmount amountFor(Cue cue, int[] clause) {
    return amountFor(cue, clause, false);
  }

  /**
   * The amount of a cue: right before it ("a year behind"), inside it ("four years late"), or after
   * it where a gap's size is stated ("behind the US by two years", "the gap is a year").
   *
   * @param acrossClauses whether the amount may stand in a later clause ("the lag ..., but still
   *     reaches two years")
   */
  private @Nullable GapAmount amountFor(Cue cue, int[] clause, boolean acrossClauses) {
    AmountMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (AmountMention a : found) {
      if (a.start() < clause[0] || a.end() > clause[1]) {
        continue;
      }
      if (NOT_A_GAP_BEFORE.matcher(s.substring(clause[0], a.start())).find()
          || NOT_A_GAP_AFTER.matcher(s.substring(a.end())).find()) {
        continue;
      }
      boolean before = a.end() <= cue.start();
      boolean inside = a.start() < cue.end() && cue.start() < a.end(); // overlaps the cue
      String between =
          inside
              ? ""
              : before ? s.substring(a.end(), cue.start()) : s.substring(cue.end(), a.start());
      boolean plausible =
          inside
              || (before
                  // "“about 18 months to two years” behind": the quote may close in between
                  ? between.matches("(?is)[\\s”\"’]*(?:[\\w-]+\\s+){0,3}")
                      && !between.matches("(?is).*\\b(?:ago|later|after|since)\\b.*")
                  : between.matches(
                      (acrossClauses ? "(?is).{0,120}?" : "(?is)[^,;]{0,60}?")
                          // "behind Turkey in airframes, perhaps by a year or two"
                          + "(?:,\\s*(?:(?:perhaps|maybe|possibly|probably|likely|arguably)\\s+)?(?=by\\b))?"
                          + "\\b(?:by|of|is|are|was|remains?|stands?\\s+at|at|still|reach(?:es)?"
                          + "|only|just|now|put|puts|estimated|reaches|around|about|to|than|as"
                          // "the gap ... is now as wide as five years"
                          + "\\s+(?:long|wide|large|big|great|much)\\s+as)\\s*(?:[\\w-]+\\s+){0,2}|\\s*"));
      int distance = inside ? 0 : Math.max(0, between.length());
      if (plausible && distance < bestDistance) {
        best = a;
        bestDistance = distance;
      }
    }
    return best == null ? null : best.amount();
  }

  /**
   * The claim's domain, in order of reliability: a prepositional phrase after the cue and its
   * object ("behind the US in LLMs"); the noun after "superior"; the object's possessed noun ("the
   * US's technological prowess"); a fronted phrase ("When it comes to LLMs, ..."); the subject's
   * own noun phrase ("Chinese DRAM makers", "China's AI industry", "manufacturing technology
   * leading Intel"); then any domain phrase of the sentence.
   */
  private @Nullable String domain(Cue cue, Slot slot, int[] clause) {
    Matcher ranked = RANKED_IN.matcher(s.substring(cue.start(), cue.end()));
    if (ranked.find() && !ranked.group(1).isBlank()) {
      return ranked.group(1).strip(); // "the third-largest EV market after China"
    }
    // "more advanced than anything Hyundai has put on the road": the words after the object are
    // its own clause, not the claim's field
    boolean objectClause =
        !slot.actors().isEmpty()
            && slot.actors().get(0).start() > cue.end()
            && s.substring(cue.end(), slot.actors().get(0).start())
                .matches("(?is).*\\b(?:anything|everything|whatever|what)\\s+$");
    String d = objectClause ? null : notActor(DomainFinder.after(s, slot.end(), clause[1], "en"));
    if (d == null) {
      d = rankedRole(cue.start(), clause[1]);
    }
    if (d == null && clause[0] > 0) {
      // "...; in quantum computing hardware we are three years behind": the clause's own field
      d = notActor(DomainFinder.after(s, clause[0], cue.start(), "en"));
    }
    if (d == null && clause[0] > 0 && FRONTED_FIELD.matcher(s).lookingAt()) {
      // "“In humanoid robots, China is hot on the heels of ...”": the opening phrase
      d = notActor(DomainFinder.after(s, 0, clause[0], "en"));
    }
    if (d == null && s.substring(cue.start(), cue.end()).equalsIgnoreCase("superior")) {
      d = nounPhraseAt(cue.end(), clause[1]);
    }
    if (d == null) {
      Matcher own = OWN_THING.matcher(s.substring(clause[0], cue.start()));
      while (d == null && own.find()) {
        d = generic(nounsAfter(clause[0] + own.end(), cue.start())); // "their hypersonic systems"
      }
    }
    if (d == null && subjectMention != null && subjectMention.end() < cue.start()) {
      // "Japan's bid to revive leading-edge chipmaking is still playing catch-up": what is tried
      Matcher effort = EFFORT_TO.matcher(s.substring(subjectMention.end(), cue.start()));
      if (effort.lookingAt()) {
        d = generic(nounsAfter(subjectMention.end() + effort.end(), cue.start()));
      }
    }
    if (d == null && subjectMention != null && subjectMention.end() < cue.start()) {
      // "Chinese labs now release open-weight models that are weeks behind": what they make
      Matcher made = MADE_THING.matcher(s.substring(subjectMention.end(), cue.start()));
      if (made.find()) {
        d = generic(nounsAfter(subjectMention.end() + made.end(), cue.start()));
      }
    }
    if (d == null && subjectMention != null && slot.possessed() != null) {
      // "Chinese-made lithography scanners remain behind ASML's machines": the subject's nouns
      d = generic(nounsAfter(subjectMention.end(), cue.start()));
    }
    if (d == null) {
      d = generic(slot.possessed()); // "Malaysia's current level" names no field
    }
    if (d == null && clause[0] == 0) { // a later clause's own phrase was tried above
      d = notActor(DomainFinder.after(s, clause[0], cue.start(), "en"));
    }
    if (d == null && !slot.actors().isEmpty() && !objectClause) {
      int objectEnd = slot.actors().get(slot.actors().size() - 1).end();
      if (objectEnd < cue.end() || objectEnd > clause[1]) {
        objectEnd = slot.end(); // the objects were named in another sentence
      }
      d = generic(nounsAfter(objectEnd, clause[1]));
    }
    if (d == null && subjectMention != null && subjectMention.end() < cue.start()) {
      // "Chinese developers of large language models are now six months behind"
      Matcher makersOf = MAKERS_OF_FIELD.matcher(s.substring(subjectMention.end(), cue.start()));
      if (makersOf.lookingAt()) {
        d = makersOf.group(1);
      }
    }
    if (d == null) {
      d = subjectPhrase;
    }
    if (d == null && subjectMention != null && subjectMention.start() > cue.start()) {
      // "It would take India's chip design firms eight years to ...": the taker's own field
      d = generic(nounsAfter(subjectMention.end(), cue.end()));
    }
    if (d == null && subjectMention != null) {
      d = generic(nounsAfter(subjectMention.end(), cue.start()));
    }
    if (d == null && subjectMention != null) {
      d = phraseBeforeActor(subjectMention);
    }
    if (d == null && antecedentMention != null) {
      d = phraseBeforeActor(antecedentMention);
    }
    if (d == null) {
      d = relativeAntecedent(clause[0], cue.start());
    }

    d = nounPhraseOnly(d);
    if (d == null) {
      d = nounPhraseOnly(sentenceDomain());
    }
    return d;
  }

  /**
   * The phrase up to its first verb, without trailing adverbs ("AI accelerators faster" → "AI
   * accelerators"); none if nothing of a noun phrase is left ("the two are now", "maybe six",
   * "overtook Malaysia last year").
   */
  private static @Nullable String nounPhraseOnly(@Nullable String d) {
    if (d == null) {
      return null;
    }
    String np =
        d.replaceFirst(
                "(?i)(?:^|\\s+)(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|stood|stands"
                    + "|rose|fell|grew|stayed|stays|remained|remains)\\b.*",
                "")
            .replaceFirst("(?i)(?:\\s+(?:now|still|also|already|faster|slower|more|less))+$", "");
    return np.isBlank() || NOT_A_PHRASE.matcher(np).matches() ? null : np;
  }

  /** What the fallbacks above may scrape up that names no field: a clause, a time, a hedge. */
  private static final Pattern NOT_A_PHRASE =
      Pattern.compile(
          "(?i)(?:is|are|was|were|has|have|had|will|would|can|could)\\b.*|(?:the\\s+)?(?:two|both|they|it)"
              + "|.*\\b(?:overtook|overtakes|outpaced|surpassed)\\b.*"
              + "|(?:maybe|perhaps|about|roughly|around|nearly|almost|now|still|also|already)\\b.*"
              + "|(?:.*\\s)?(?:last|this|next)\\s+(?:year|month|week|quarter|decade)");

  private static final Pattern RANKED_IN =
      Pattern.compile(
          "(?i)(?:largest|biggest|best|strongest|highest|leading|most\\s+\\w+)\\s+((?:[\\w-]+\\s+)"
              + "{1,4}?)(?:after|behind)\\b");

  /**
   * The ranking a claim is about: "overtook Tesla as the world's biggest seller of battery electric
   * vehicles", "ranks second after India among the world's rice exporters".
   */
  private static final Pattern RANKED_ROLE =
      Pattern.compile(
          "(?i)\\b(?:as|become|became|becoming|among)\\s+(?:the\\s+)?(?:[\\p{L}.-]+(?:\\s+\\p{Lu}[\\p{L}.-]*)?"
              + "['’]s?\\s+)?(?:(?:second|third|fourth|fifth|No\\.\\s*\\d)[- ])?(?:(?:largest|biggest"
              + "|top|leading|most\\s+\\w+|best-selling|main|dominant|preferred|premier)\\s+)?"
              + "((?:[\\w-]+\\s+){0,5}?(?:exporters?|importers?|producers?|makers?|manufacturers?|sellers?"
              + "|vendors?|suppliers?|markets?|hubs?|builders?|buyers?|destinations?|investors?"
              + "|providers?|operators?|brands?|players?|publishers?|compan(?:y|ies)|carmakers?|automakers?"
              + "|chipmakers?|airlines?|assemblers?|lenders?|banks?|retailers?|shippers?|economy|economies)(?:\\s+(?:of|for|by)\\s+[\\w.-]+(?:\\s+[\\w.-]+){0,4}?)?)"
              // not the full stops of "U.S."
              + "(?=\\s*(?:[,;]|\\.(?!(?-i:\\p{Lu})\\.|\\s*(?-i:\\p{Ll})))"
              + "|\\s+(?:by|in|last|this|after|behind|with|according|said|on|at)\\b|$)");

  private @Nullable String rankedRole(int from, int to) {
    Matcher m = RANKED_ROLE.matcher(s.substring(from, Math.min(to, s.length())));
    return m.find() ? m.group(1).strip() : null;
  }

  /** "their hypersonic systems", "the carmaker's battery platform": what the subject owns. */
  private static final Pattern OWN_THING =
      Pattern.compile(
          "(?i)\\b(?:our|their|its|the\\s+(?:[\\w-]+\\s+)?(?:company|firm|group|[\\w-]*maker|giant"
              + "|start-?up|country|nation|bloc|manufacturer|developer|supplier|operator|lab)[’']s)\\s+");

  /**
   * A sentence that opens with its field: "In humanoid robots, ...", "When it comes to LLMs, ...".
   */
  private static final Pattern FRONTED_FIELD =
      Pattern.compile(
          "^[“\"‘']?\\s*(?:In|On|When\\s+it\\s+comes\\s+to|In\\s+terms\\s+of|Regarding|With\\s+regard\\s+to)\\s");

  /** "'s bid to revive ": an effort whose object is the field. */
  private static final Pattern EFFORT_TO =
      Pattern.compile(
          "(?i)[’']s\\s+(?:\\w+\\s+)?(?:bid|push|drive|effort|attempt|plan|campaign|quest|ambition)s?\\s+to"
              + "\\s+\\w+\\s+");

  /** "... now release open-weight models", "... produce AI research": the thing made. */
  private static final Pattern MADE_THING =
      Pattern.compile(
          "(?i)^\\s+(?:[\\w-]+\\s+){0,2}?(?:now\\s+|already\\s+|still\\s+)?(?:release|produce|make|build|ship"
              + "|offer|sell|field|design|develop|deploy|publish|train)s?\\s+");

  /** Any domain phrase of the sentence, else of the sentence before (the topic carried over). */
  private @Nullable String sentenceDomain() {
    String d = notActor(DomainFinder.after(s, 0, s.length(), "en"));
    if (d == null && sentence.index() > 0) {
      String prev = discourse.sentences().get(sentence.index() - 1).text();
      d = DomainFinder.after(prev, 0, prev.length(), "en");
    }
    return d;
  }

  /** Drops a "domain" that is an actor's name ("on the mainland"). */
  private @Nullable String notActor(@Nullable String domain) {
    if (domain == null) {
      return null;
    }
    for (ActorMention m : mentions) {
      String surface = m.surface().replaceFirst("(?i)^the\\s+", "");
      if (domain.equalsIgnoreCase(surface) || domain.startsWith(surface + " and ")) {
        return null;
      }
    }
    return domain;
  }

  private static final Pattern MAKERS_OF_FIELD =
      Pattern.compile(
          "(?i)[’']?s?\\s+(?:[\\w-]+\\s+)?(?:developers|makers|producers|manufacturers|builders|designers"
              + "|suppliers|vendors)\\s+of\\s+((?:[\\w-]+\\s+){0,4}?[\\w-]+)(?=\\s+(?:are|is|was|were|have|has"
              + "|remain|remains|now|still|lag|lags|trail|trails|sit|sits)\\b)");

  private static final Pattern MAKERS_OF =
      Pattern.compile(
          "(?i)(.+?)\\s+(?:firms?|companies|company|makers?|manufacturers?|producers?|groups?"
              + "|players?|businesses|developers?|industry|industries|sector|suppliers?|start-?ups?"
              + "|vendors?)");

  private static final Pattern NOT_A_FIELD =
      Pattern.compile(
          "(?i)(?:leading|major|big|biggest|top|domestic|local|foreign|other|state-owned|private"
              + "|small|large|rival|tech|technology|western|eastern|national|global|many|some|the)");

  /**
   * Drops a head noun that only says "companies" or "rivals"; keeps the field of "drone makers".
   */
  private static @Nullable String generic(@Nullable String np) {
    if (np == null
        || np.matches("(?i)(?:ahead|behind|well|far)(?:\\s.*)?")
        || DomainFinder.isMedium(np)) {
      return null; // "well ahead of X ahead of the show": standing words, not a field
    }
    Matcher maker = MAKERS_OF.matcher(np);
    if (maker.matches()) {
      // "drone makers" → "drone"; "leading firms" says nothing of a field
      return NOT_A_FIELD.matcher(maker.group(1)).matches() ? null : maker.group(1);
    }
    if (np.matches(
            "(?i)(?:(?:overall|current|technological|technical|own|competitive|relative|general)\\s+)?"
                + "(?:dominance|lead|edge|advantage|level|capabilit(?:y|ies)|strengths?|position)")
        // "Anthropic's top model" says which, not in what
        || np.matches(
            "(?i)(?:top|best|latest|newest|leading|flagship|current|most\\s+advanced)(?:\\s+(?:models?"
                + "|products?|chips?|systems?|offerings?|ones?|versions?|releases?))?")) {
      return null; // "its current level" names no field; "drone capabilities" does
    }
    return np.matches(
            "(?i)(?:\\w+\\s+)?(?:firms?|companies|company|makers?|manufacturers?"
                + "|groups?|players?|businesses|developers?|counterparts?|rivals?|peers?|industry"
                + "|government|military|forces?|officials?|leaders?|people|scientists|researchers"
                + "|engineers|competitors?|ones?|labs?|laborator(?:y|ies)|universit(?:y|ies)|institutions?"
                + "|institutes?|teams?|executives?|arms?|units?|divisions?|subsidiar(?:y|ies)"
                // "Japan's bid to revive chipmaking": an effort, not a field
                + "|bids?|push|drive|efforts?|attempts?|plans?|campaigns?|quests?|ambitions?)")
        ? null
        : np;
  }

  /**
   * The nouns (with their adjectives) right after {@code from}, skipping a possessive "'s": the
   * head of the noun phrase an actor qualifies ("US fighter jets" → "fighter jets").
   */
  private @Nullable String nounsAfter(int from, int limit) {
    if (from >= Math.min(limit, s.length())) {
      return null;
    }
    Matcher w = Pattern.compile("\\S+").matcher(s.substring(0, Math.min(limit, s.length())));
    int start = -1;
    int end = -1;
    boolean first = true;
    while (w.find(first ? from : end)) {
      String word = w.group();
      if (first && word.matches("[’']s?")) {
        end = w.end();
        first = false;
        continue;
      }
      if (start < 0
          && word.matches("(?i)most|more|combined|integrated|overall|annual")
          && isNounish(w.end() + 1, s.substring(w.end()).strip().split("\\s+")[0])) {
        start = w.start(); // "most advanced chipmaking", "combined defence research budget"
        end = w.end();
        first = false;
        continue;
      }
      boolean modifier =
          word.matches("(?i)-(?:made|built|designed|developed|grown|based)") // "Chinese-made"
              // "domestically designed processors"
              || word.matches("(?i)\\p{L}{3,}ly")
                  && s.startsWith(" ", w.end())
                  && s.substring(w.end()).matches("(?s)\\s\\p{L}+ed\\s.*")
              || word.matches("(?i)\\p{L}+ed") && s.substring(0, w.start()).matches("(?s).*ly\\s");
      if (start < 0 && modifier) {
        end = w.end();
        first = false;
        continue;
      }
      first = false;
      String bare = word.replaceAll("^[“\"(]+|[”\"),.;:!?]+$", "");
      if (bare.matches("\\p{P}+") || bare.matches("(?i)such|including|like|especially")) {
        break; // "— maybe six months": a dash ends the phrase; "makers such as X": examples follow
      }
      boolean punctuated = !bare.equals(word) && word.matches(".*[,.;:!?)”\"]$");
      if (bare.isEmpty() || !isNounish(w.start(), bare)) {
        break;
      }
      if (start < 0) {
        start = w.start();
      }
      end = w.start() + word.indexOf(bare) + bare.length();
      if (punctuated) {
        break;
      }
    }
    if (start < 0) {
      return null;
    }
    String np = s.substring(start, end).strip();
    return np.length() < 2 || np.split("\\s+").length > 6 ? null : np;
  }

  /** A word of a noun phrase: its last token a noun, adjective or number, or a compound. */
  private boolean isNounish(int at, String word) {
    if (word.contains("-") && word.length() > 3 && !word.startsWith("-")) {
      return true;
    }
    if (LINKING_VERB.matcher(word).matches()) {
      return false; // "its software stack remains years ahead": the tagger may call it a noun
    }
    String pos = "";
    String nextPos = "";
    for (Token t : tokens) {
      if (t.start() >= at && t.end() <= at + word.length() + 1) {
        pos = t.pos();
      } else if (t.start() > at + word.length() && nextPos.isEmpty()) {
        nextPos = t.pos();
      }
    }
    return switch (pos) {
      case "NOUN", "PROPN", "ADJ", "NUM", "X" -> true;
      // "Turkish drone makers": a bare verb form before a noun is the compound's first noun
      case "VERB" -> nextPos.equals("NOUN") && !word.matches("(?i).*(?:ed|ing)");
      // after a possessive the tagger may call "drone makers" a pronoun and an auxiliary: trust it
      // only for the closed classes themselves
      case "PRON", "AUX" -> !CLOSED_CLASS.matcher(word).matches();
      default -> false;
    };
  }

  private static final Pattern CLOSED_CLASS =
      Pattern.compile(
          "(?i)i|you|he|she|it|we|they|me|him|her|us|them|this|that|these|those|who|which|what|whom"
              + "|whose|one|ones|some\\w*|any\\w*|every\\w*|no\\w*|none|all|both|each|other|others"
              + "|is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should"
              + "|can|could|may|might|must|its|their|his|our|my|your|themselves|itself");

  private static final Pattern LINKING_VERB =
      Pattern.compile(
          "(?i)remains?|stays?|is|are|was|were|has|have|had|lags?|trails?|leads?|sits?|looks?"
              + "|seems?|appears?|still|now");

  /** "high-tech innovation in the PRC": the noun phrase an actor is the place of. */
  private @Nullable String phraseBeforeActor(ActorMention actor) {
    Matcher m =
        Pattern.compile(
                "((?:[\\p{L}\\p{N}-]+\\s+){0,3}[\\p{L}\\p{N}-]+)\\s+(?:in|of)\\s+(?:the\\s+)?$")
            .matcher(s.substring(Math.max(0, actor.start() - 60), actor.start()));
    if (!m.find()) {
      return null;
    }
    String np =
        m.group(1).replaceFirst("(?i)^.*\\b(?:the|a|an|its|their|of|in|on|at|about)\\s+", "");
    return np.matches("(?i).*\\b(?:is|are|was|were|has|have|said|says)\\b.*") ? null : np;
  }

  private static final Pattern RELATIVE_ANTECEDENT =
      Pattern.compile(
          "(?i)\\b(?:an?|the)\\s+((?:[\\w-]+\\s+){0,4}?[\\w-]+)\\s+(?:that|which)\\s+(?:is|are|was|were"
              + "|has|have)\\b");

  /** "a sophisticated stealth jet fighter that is ... ahead of" → that fighter is the domain. */
  private @Nullable String relativeAntecedent(int from, int to) {
    Matcher m = RELATIVE_ANTECEDENT.matcher(s.substring(from, to));
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return last == null
        ? null
        : last.replaceFirst("(?i)^(?:sophisticated|new|latest|first)\\s+", "");
  }

  /** The noun phrase at {@code from}, up to a preposition or punctuation. */
  private @Nullable String nounPhraseAt(int from, int to) {
    Matcher m =
        Pattern.compile(
                "^\\s*([^,;:.()]{2,80}?)(?=\\s*(?:[,;:.()]|$)|\\s+(?:and\\s+(?:is|are|has)|which"
                    + "|that|than|while|but)\\b)")
            .matcher(s.substring(from, to));
    return m.find() ? m.group(1).strip() : null;
  }

  private static List<String> distinct(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * The head of each noun phrase: a demonym or possessor qualifying a named actor gives way to it
   * ("Chinese start-up ModelBest" → ModelBest, "Lockheed Martin's F-22" → F-22's owner).
   */
  static List<ActorMention> heads(String s, List<ActorMention> mentions) {
    List<ActorMention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      ActorMention m = mentions.get(i);
      if (i + 1 < mentions.size()) {
        ActorMention next = mentions.get(i + 1);
        // "Meta Platforms Inc.'s Llama": the abbreviation's full stop belongs to the name
        String between = s.substring(m.end(), next.start()).replaceFirst("^\\.(?=[’'])", "");
        boolean qualifies =
            (m.demonym() && next.kind() != ActorTable.Kind.COUNTRY)
                || between.matches("^[’']s?\\s.*");
        // "Swiss rival Lonza": the noun, not the verb "rivals"
        boolean rivalNoun = m.demonym() && between.matches("\\s+rival\\s+");
        if (qualifies
            && between.length() < 40
            && (rivalNoun
                || !EnglishCues.PREFILTER.matcher(between).find()) // "China's engineers overtook"
            && !between.matches(
                // "Xiaomi's in-house XRing O1": "in-house" is no preposition
                "(?s).*[,;:.()].*|.*(?<![\\w-])(?:and|or|than|to|with|over|of|in|on|as|including|like"
                    // "India's payments system has left Europe's ...": a verb between, two phrases
                    + "|has|have|had|is|are|was|were|left"
                    + "|behind|ahead|lead|leads|trail|trails|lag|lags|beat|beats|surpass\\w*)(?![\\w-]).*")) {
          if (next.open()
              && !m.open()
              && !m.demonym()
              && !(m.kind() == ActorTable.Kind.COUNTRY && between.matches("^[’']s?\\s+$"))) {
            // "BYD's battery unit FinDreams": the known firm stands for its unit; but in
            // "Germany's Rheinmetall" the country only says where the firm is from
            out.add(m);
            i++;
          }
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }
}
