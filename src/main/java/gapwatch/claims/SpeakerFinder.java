package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds who an English claim is attributed to. In-sentence attribution first: "according to X",
 * "..., X, a fellow at Y, said", "..., said X, an analyst at Y", "X (, who ...,) says (that) ...",
 * "X believes that ...". Then the sentence's context: a quotation continued from a sentence whose
 * speaker is named, or "he said" resolved to the person named before. Unnamed sources ("experts",
 * "a report") give no speaker; the newsroom's own statements give none either. Thread-safe.
 */
final class SpeakerFinder {

  /** The outcome: a speaker, explicitly nobody named (unnamed sources), or nothing found. */
  /** A wire dateline opening a sentence: a capitalised place, maybe a date and an agency. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu}\\s.,'-]{2,40}?(?:,\\s+[\\p{L}.]+\\s+\\d{1,2})?(?:\\s+\\([^)]{2,30}\\))?\\s*(?:—|–|--)\\s*");

  private record Attribution(@Nullable Speaker speaker, boolean found) {
    static final Attribution NONE = new Attribution(null, false);
    static final Attribution UNNAMED = new Attribution(null, true);

    static Attribution of(Speaker s) {
      return new Attribution(s, true);
    }
  }

  static final String SPEECH =
      "(?:said|says|say|told|tells|tell|added|adds|noted|notes|note|argued|argues|argue|warned"
          + "|warns|warn|estimated|estimates|estimate|believes|believe|believed|wrote|writes"
          + "|explained|explains|stated|states|claimed|claims|claim|thinks|think(?!\\s+tanks?\\b)|thought|predicted"
          + "|predicts|acknowledged|acknowledges|acknowledge|admitted|admits|admit|insisted"
          + "|insists|disputes|disputed|countered|counters|observed|observes|pointed\\s+out|points\\s+out|reckons|reckoned|contends"
          + "|contended|maintains|maintained|suggested|suggests|asserted|asserts|concluded"
          + "|concludes|found|finds|find|shows|showed|show|reported|reports|calculated"
          // "puts the gap at", not "puts it nanoseconds ahead"
          + "|puts?(?=\\s+(?:the|its|their)\\s+(?:gap|lead|lag|difference|distance|delay)|\\s+it\\s+at\\b)"
          + "|calculates|assessed|assesses|judged|judges|reckon|stressed|stresses|emphasized"
          + "|emphasised|emphasizes|emphasises|commented|comments|remarked|remarks|agreed|agrees"
          + "|conceded|concedes|confirmed|confirms|declared|declares|testified|cautioned"
          + "|cautions|projected|projects|revealed|reveals|indicated|indicates|highlighted"
          + "|highlights|wrote\\s+in|explained\\s+in|told\\s+\\w+|recalled|recalls|forecast"
          + "|forecasts|asserted|announced|announces|boasted|boasts|lamented|laments|complained"
          + "|complains|mentioned|mentions|opined|replied|responded|answered|continued|went\\s+on"
          + "|described|describes|called|calls|characterized|characterised|dubbed|labelled"
          + "|labeled|conceded|acknowledged|wrote\\s+that|believes\\s+that|joked|jokes|quipped"
          + "|quips|mused|muses|scoffed|conceded|boasted)";

  /**
   * A capitalised word of a name, or a particle joined to one: "Tzezana", "Jong-hun", "O'Brien",
   * "al-Harbi".
   */
  private static final String WORD =
      "(?:\\p{Lu}[\\p{L}\\p{N}’'.&-]*|(?:al|el|bin|ibn|abu|van|de|da|di|le)-\\p{Lu}[\\p{L}’'-]*)";

  /** A name: capitalised words with particles, an optional "(alias)" and quoted nickname. */
  private static final String NAME =
      WORD
          + "(?:\\s+(?:(?:de|van|von|der|bin|al|da|le|la|of|for|and|&|the)\\s+)*(?:"
          + WORD
          + "|\\([^)]{2,40}\\)|[“\"][^”\"]{2,20}[”\"]))*";

  /** What a ranking, report or set of figures is; its author speaks through it. */
  private static final String DOCUMENT_NOUN =
      "(?i:reports?|study|studies|surveys?|rankings?|index|tracker|assessments?|analysis|data"
          + "|figures|results|tests|testing|league\\s+tables?|list|scorecard|review|audit|poll"
          + "|benchmarks?|measurements|evaluation|paper|note|census|estimates|statistics|outlook"
          + "|monitor|barometer)";

  private static final Pattern ACCORDING =
      Pattern.compile(
          "\\b(?:[Aa]ccording\\s+to|[Pp]er(?=\\s+(?:(?:the|a|an)\\s+|\\p{Lu}))|[Aa]s\\s+(?:reported|estimated|noted)\\s+by)"
              + "\\s+([^,;.]*(?:\\.[^\\s,;.][^,;.]*)*)(,[^;]*)?");

  /** Weekdays and months: capitalised, never sources. */
  private static final Pattern CALENDAR =
      Pattern.compile(
          "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
              + "|April|May|June|July|August|September|October|November|December)");

  /** ", X(, apposition)*, said" after the claim. */
  private static final Pattern POSTPOSED =
      Pattern.compile(
          // "”, Airbus chief executive Hélène Marchetti told": the title and its firm first
          "(?:^|[,”\"’]\\s*(?:[Tt]he\\s+)?|—\\s*)((?:\\p{Lu}[\\p{L}\\p{N}&.’'-]*\\s+)?(?:(?:vice|chief|senior"
              + "|deputy|former|managing|executive|director|analyst|professor|founder|co-founder|head"
              + "|president|officer|researcher|spokesman|spokeswoman|spokesperson|economist"
              + "|strategist|partner|chairman|chairwoman|board\\s+member)\\s+){1,4})?("
              + NAME
              + ")\\s*((?:,[^,]{1,160}?)*?),?\\s+"
              + "(?:also\\s+|has\\s+|had\\s+|once\\s+|previously\\s+|recently\\s+)?"
              + SPEECH
              + "\\b");

  /** ", said X(, apposition)" after the claim. */
  private static final Pattern INVERTED =
      Pattern.compile(
          "[,”\"’]\\s*"
              + SPEECH
              + "\\s+((?:(?:\\p{Lu}[\\p{L}\\p{N}’'.&-]*|vice|chair|chief|senior"
              + "|deputy|former|managing|executive|director|analyst|professor|founder|co-founder"
              + "|head|secretary|minister|president|officer|researcher|fellow|spokesman"
              + "|spokeswoman|spokesperson|economist|strategist|partner|consultant|adviser|advisor"
              + "|retired|general|admiral|colonel|captain|commander|lieutenant|major|brigadier|marshal"
              + "|rear|engineer|scientist|designer|investor|lawyer|official"
              + "|(?:aviation|defence|defense|industry|energy|auto|chip|tech|space|security|policy"
              + "|market|equity|credit|research)(?=\\s+\\p{Ll}))\\s+){0,6}?)("
              + NAME
              + ")(\\s*,\\s*[^.;]{2,200})?");

  /** Lower-case title words, then the name: the rest of "NSCEB vice chair Michelle Rozo". */
  private static final Pattern TITLED_NAME =
      Pattern.compile(
          "((?:\\s+(?:vice|chair|chairman|chairwoman|chief|senior|deputy|former|managing|executive"
              + "|director|analyst|professor|founder|co-founder|head|secretary|minister|president"
              + "|officer|researcher|fellow|spokesman|spokeswoman|spokesperson|economist|strategist"
              + "|partner|commissioner|adviser|advisor))+\\s+)("
              + NAME
              + ")(\\s*,\\s*[^.;]{2,200})?");

  /** "X(, who ...,) said (that)" before the claim. */
  private static final Pattern PREPOSED =
      Pattern.compile(
          "(?:^|[,;:]\\s*|\\b(?:and|but|as|while|when)\\s+|[“\"]\\s*|\\s[—–-]\\s+)((?:(?:[Tt]he|[Aa]n?)\\s+)?(?:"
              + "[\\p{L}\\p{N}’'.&-]+\\s+){0,6}?)("
              + NAME
              + ")((?:\\s*,[^,]{2,160},)?)\\s+(?:"
              + "(?:also|has|had|have|previously|openly|recently|once|then|now|publicly|still"
              + "|further|even|reportedly|clearly|repeatedly|frequently|often|last\\s+\\w+|\\p{Ll}+ly)\\s+)*"
              + SPEECH
              + "\\b");

  private static final Pattern PRONOUN_SPEECH =
      Pattern.compile(
          "(?:^|[,”\"’]\\s*|\\band\\s+)(?:he|she)\\s+(?:(?:also|then|further|has|had|have"
              + "|previously|once|later|recently|\\p{Ll}+ly)\\s+)*"
              + SPEECH
              + "\\b|^(?:He|She)\\s+"
              + "(?:(?:also|has|had|previously|once|later|recently|\\p{Ll}+ly)\\s+)*"
              + SPEECH
              + "\\b|\\b(?:[Ii]n\\s+(?:his|her)\\s+(?:view|opinion|estimation|assessment|words)"
              + "|according\\s+to\\s+(?:him|her))\\b");

  /** "Kenji Sato of the Tokyo Display Institute": a person, then the organisation. */
  private static final Pattern PERSON_OF_ORGANISATION =
      Pattern.compile(
          "(" + WORD + "(?:\\s+" + WORD + "){0,3}?)\\s+(?:of|from|at)\\s+(?:the\\s+)?(.+)");

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

  /** Unnamed or generic sources: a claim attributed to them has no speaker. */
  private static final Set<String> UNNAMED =
      Set.of(
          "developers",
          "users",
          "experts",
          "expert",
          "analysts",
          "analyst",
          "sources",
          "source",
          "observers",
          "officials",
          "critics",
          "researchers",
          "insiders",
          "people",
          "some",
          "many",
          "others",
          "industry",
          "reports",
          "report",
          "it",
          "they",
          "he",
          "she",
          "we",
          "i",
          "you",
          "this",
          "that",
          "data",
          "studies",
          "study",
          "scientists",
          "engineers",
          "investors",
          "executives",
          "commentators",
          "economists",
          "a",
          "an",
          "the",
          "one",
          "its",
          "their",
          "his",
          "her",
          "several",
          "most",
          "few",
          "media",
          "paper",
          "survey",
          "research",
          "figures",
          "insider",
          "there",
          "these",
          "those",
          "what",
          "which",
          "who",
          "commission",
          "government");

  /** First words that are not names even when capitalised. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "The",
          "This",
          "That",
          "These",
          "Those",
          "It",
          "In",
          "On",
          "At",
          "As",
          "However",
          "Meanwhile",
          "When",
          "While",
          "But",
          "And",
          "If",
          "After",
          "Before",
          "According",
          "Still",
          "Yet",
          "So",
          "Then",
          "Now",
          "Today",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "There",
          "Here",
          "What",
          "Why",
          "How",
          "Where",
          "Despite",
          "Although",
          "Though",
          "With",
          "For",
          "From",
          "By",
          "Its",
          "Their",
          "His",
          "Her",
          "Our",
          "My",
          "We",
          "They",
          "He",
          "She",
          "I",
          "You",
          "A",
          "An",
          "Some",
          "Many",
          "Most",
          "Such",
          "Both",
          "Each",
          "Every",
          "Experts",
          "Analysts",
          "Chinese",
          "American",
          "US",
          "U.S.",
          "Western",
          "European",
          "Korean",
          "Japanese",
          "Indian",
          "Also",
          "Even",
          "Just",
          "Only",
          "Already",
          "Once",
          "Last");

  /** First words that may open an organisation's name: "European Digital Industry Council". */
  private static final Set<String> DEMONYM_OR_PLACE =
      Set.of(
          "Chinese",
          "American",
          "US",
          "U.S.",
          "Western",
          "European",
          "Korean",
          "Japanese",
          "Indian");

  /** Words that end a ministry's name: "Minister of Foreign Affairs Wang Yi". */
  private static final Set<String> MINISTRY_WORDS =
      Set.of(
          "Affairs",
          "Security",
          "Development",
          "Resources",
          "Planning",
          "Technology",
          "Trade",
          "Industry",
          "Commerce",
          "Energy",
          "Defence",
          "Defense",
          "Finance",
          "Health",
          "Science",
          "ICT",
          "Transport",
          "State",
          "Economy",
          "Education",
          "Communications",
          "Information",
          "Environment",
          "Labour",
          "Labor",
          "Justice",
          "Interior",
          "Innovation",
          "Industries",
          "Infrastructure",
          "Agriculture",
          "Treasury");

  /** Words marking an organisation rather than a person. */
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "\\b(?:University|Institute|Research|Securities|Capital|Commission|Association|Center"
              + "|Centre|Group|Corp|Corporation|Inc|Ltd|Co|News|Times|Post|Journal|Agency|Ministry"
              + "|Department|Council|Foundation|Bank|Technology|Technologies|Labs?|Laboratory"
              + "|Partners|Consulting|Analytics|Intelligence|Insights|Advisory|Review|Magazine"
              + "|Daily|Press|Media|Office|Bureau|Forum|Academy|School|College|Society|Federation"
              + "|Union|Committee|Board|Authority|Administration|Service|Services|Industries"
              + "|Holdings|Ventures|Fund|Management|Markets|Economics|Strategies|Strategy"
              + "|Associates|Counterpoint|Canalys|Gartner|IDC|TrendForce|Bloomberg|Reuters"
              + "|Nikkei|Xinhua|Economist|Wire|Court|Auditors?|Tribunal|Parliament|Congress|Senate"
              + "|Assembly|Organisation|Organization|Alliance|Consortium|Council|Tracker|Monitor"
              + "|Observatory|Secretariat|Network|Initiative|Programme|Program|Platform)\\b");

  /** Words of a title before a name ("NSCEB vice chair", "US Defense Secretary"). */
  private static final Pattern TITLE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:ceo|cto|cfo|coo|chief|executive|officer|president|vice|chair|chairman"
              + "|chairwoman|chairperson|director|founder|co-founder|cofounder|professor|prof|dr"
              + "|head|senior|managing|partner|analyst|minister|secretary|general|deputy|mr|ms|mrs"
              + "|principal|lead|fellow|researcher|scientist|economist|engineer|spokesman"
              + "|spokeswoman|spokesperson|governor|senator|ambassador|commissioner|administrator"
              + "|adviser|advisor|consultant|editor|reporter|strategist|expert|official"
              + "|representative|member|leader|boss|founding|former|acting|admiral|rear|commander"
              + "|colonel|lieutenant|lt|gen|captain|major|marshal|brigadier|sergeant)\\b");

  private final ActorTable actors;

  SpeakerFinder(ActorTable actors) {
    this.actors = actors;
  }

  /**
   * The speaker of a claim stated in sentence {@code index}.
   *
   * @param sentences the text's sentences
   */
  @Nullable Speaker find(List<Sentence> sentences, int index) {
    Speaker sp = attributed(sentences, index);
    // "Evaluate Ltd said": the firm by its usual name
    return sp == null
        ? null
        : new Speaker(CompanyName.withoutLegalForm(sp.name()), sp.affiliation());
  }

  private @Nullable Speaker attributed(List<Sentence> sentences, int index) {
    Speaker judged = assessmentOf(sentences, index);
    if (judged != null) {
      return judged;
    }
    Attribution a = inSentence(sentences.get(index).text());
    if (a.speaker() == null) {
      Speaker named = namedRole(sentences, index);
      if (named == null) {
        named = companyItself(sentences, index);
      }
      if (named == null) {
        named = roleAtOrganisation(sentences.get(index).text());
      }
      if (named == null && index > 0) {
        // "The service, the company's executives conceded, ...": the firm of the sentence before
        named = roleOfAnaphor(sentences.get(index).text(), sentences.get(index - 1).text());
      }
      if (named != null) {
        return named;
      }
    }
    if (a.speaker() == null) {
      Speaker source = sourceNamedBefore(sentences, index);
      if (source != null) {
        return source;
      }
    }
    if (a.found()) {
      return a.speaker() == null ? null : complete(a.speaker(), sentences, index);
    }
    String s = sentences.get(index).text();
    if (PRONOUN_SPEECH.matcher(s).find() || continuesQuote(sentences, index)) {
      Speaker prev = previousSpeaker(sentences, index);
      if (prev != null) {
        return prev;
      }
    }
    if (isQuoted(s)) {
      Speaker next = quoteAttributedLater(sentences, index);
      if (next != null) {
        return next;
      }
      Speaker previous = quotedJustBefore(sentences, index);
      if (previous != null) {
        return previous;
      }
    }
    return null;
  }

  /** "the report found", "the bank added", "it found": a source named before speaks again. */
  private static final Pattern SOURCE_ANAPHOR_SPEECH =
      Pattern.compile(
          "\\b[Tt]he\\s+(?:[\\w-]+\\s+){0,2}?(report|study|survey|analysis|index|ranking|tracker"
              + "|assessment|paper|review|audit|authors|auditors|institute|bank|agency|think[- ]tank"
              + "|association|regulator|watchdog|organi[sz]ation|commission|council|consultancy"
              + "|findings|data|figures|ministry)\\s+(?:(?:also|further|has|had)\\s+)?"
              + SPEECH
              + "\\b|(?:^|[,;:]\\s*|\\b(?:and|but)\\s+)(?:[Ii]t|[Tt]hey)\\s+(?:(?:also|further|have|has)"
              + "\\s+)?(?:found|finds|showed|shows|concluded|concludes|estimated|estimates|said|says"
              + "|added|noted|wrote|ranked|ranks)\\b");

  /** "Analysts at TechInsights": the unnamed staff of a named organisation. */
  private static final Pattern STAFF_AT =
      Pattern.compile(
          "\\b(?i:analysts|researchers|economists|engineers|experts|scientists|auditors)\\s+(?:at|from"
              + "|with)\\s+(?:the\\s+)?("
              + NAME
              + ")");

  /** "The Canberra Institute's annual tracker", "X published its annual AI Index": its author. */
  private static final Pattern OWNED_DOCUMENT =
      Pattern.compile(
          "(?:^|[\\s,;(])(?:[Tt]he\\s+)?("
              + NAME
              + ")(?:[’']s\\s+(?:[\\w-]+\\s+){0,3}?"
              + DOCUMENT_NOUN
              + "\\b|\\s+(?:published|released|issued|unveiled|compiled)\\s+(?:its|a|an|the)\\s)");

  /**
   * The organisation a "the report found" or "they concluded" stands for: "Analysts at TechInsights
   * disagree: ... they concluded", or the source of one of the three sentences before.
   */
  private @Nullable Speaker sourceNamedBefore(List<Sentence> sentences, int index) {
    String s = sentences.get(index).text();
    Matcher m = SOURCE_ANAPHOR_SPEECH.matcher(s);
    if (!m.find()) {
      return null;
    }
    Matcher staff = STAFF_AT.matcher(s.substring(0, m.start()));
    if (staff.find()) {
      Speaker sp = speaker(staff.group(1), "", "");
      if (sp != null) {
        return sp; // "Analysts at TechInsights disagree: ... they concluded"
      }
    }
    // "the bank added" stands for a bank, "the institute said" for an institute
    String noun = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String kind =
        Set.of("bank", "institute", "agency", "association", "commission", "council", "ministry")
                .contains(noun)
            ? noun
            : null;
    int paragraph = sentences.get(index).paragraph();
    for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
      if (sentences.get(i).paragraph() != paragraph && i < index - 1) {
        break; // a source named two paragraphs up is not the one "the report" means
      }
      String text = sentences.get(i).text();
      List<Speaker> found = new ArrayList<>();
      Speaker sp = inSentence(text).speaker();
      if (sp != null && (!isPerson(sp.name()) || authorOfDocument(text, sp.name()))) {
        found.add(new Speaker(sp.name(), null));
      }
      Matcher owner = OWNED_DOCUMENT.matcher(text);
      while (owner.find()) {
        Speaker author = speaker(owner.group(1), "", "");
        if (author != null) {
          found.add(author);
        }
      }
      for (Speaker source : found) {
        boolean fits =
            kind != null
                ? source.name().toLowerCase(Locale.ROOT).contains(kind)
                // "the think tank said" is no company
                : !noun.matches("think[- ]tank|watchdog|regulator|auditors")
                    || !isCompany(source.name());
        if (fits) {
          return source;
        }
      }
    }
    return null;
  }

  private boolean isCompany(String name) {
    return actors
        .kindOf(CompanyName.usual(name, actors))
        .map(k -> k == ActorTable.Kind.COMPANY)
        .orElse(false);
  }

  /** Whether {@code name} is named as a document's author: "a study by Epoch AI found". */
  private static boolean authorOfDocument(String text, String name) {
    for (Pattern p : List.of(DOCUMENT_FROM, ORGANISATION_DOCUMENT, PUBLISHED_BY)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        for (int g = 1; g <= m.groupCount(); g++) {
          if (m.group(g) != null && m.group(g).contains(name)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "That is the assessment of Hiroshi Sato, an analyst at Nomura": whose judgement it is. */
  private static final Pattern ASSESSMENT_OF =
      Pattern.compile(
          "^(?:That|This|Such)\\s+(?:is|was|remains)\\s+the\\s+(?:\\w+\\s+)?(?:assessment|view"
              + "|verdict|conclusion|estimate|opinion|reckoning|judge?ment|analysis|finding)\\s+of\\s+"
              // "That is the conclusion of a study by the Mercator Institute"
              + "(?:(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:study|report|survey|analysis|paper|review"
              + "|assessment)\\s+(?:by|from)\\s+(?:the\\s+)?)?("
              + NAME
              + ")(.*)$");

  /**
   * The speaker a "That is the assessment of NAME" sentence gives, to itself and to the sentence
   * before it.
   */
  private @Nullable Speaker assessmentOf(List<Sentence> sentences, int index) {
    for (int i : new int[] {index, index + 1}) {
      if (i < sentences.size()) {
        Matcher m = ASSESSMENT_OF.matcher(sentences.get(i).text());
        if (m.find()) {
          return speaker(m.group(1), "", m.group(m.groupCount()));
        }
      }
    }
    if (index + 1 < sentences.size()
        && PRONOUN_SPEECH.matcher(sentences.get(index).text()).find()) {
      // "“...,” he said. The remark by Kim Jae-won, a senior researcher at KIET, came as ..."
      Matcher m = REMARK_BY.matcher(sentences.get(index + 1).text());
      if (m.find()) {
        String apposition = m.group(m.groupCount());
        return speaker(m.group(1), "", apposition == null ? "" : apposition);
      }
    }
    return null;
  }

  private static final Pattern REMARK_BY =
      Pattern.compile(
          "^(?:The|His|Her|Those|These)\\s+(?:remarks?|comments?|warning|assessment|estimate"
              + "|prediction|view)\\s+(?:by|from|of)\\s+("
              + NAME
              + ")(,[^,]*)?");

  /** "the US defense chief said": a role whose holder a neighbouring sentence names. */
  private static final Pattern ROLE_SPEECH =
      Pattern.compile(
          "(?i)\\bthe\\s+((?:[\\p{L}.’'-]+\\s+){0,3}?)(?:chief|secretary|minister|head|chairman"
              + "|chairwoman|ceo|president|director|spokesman|spokeswoman|spokesperson|boss"
              + "|founder|commander|governor|ambassador)\\s+(?:(?:also|has|had)\\s+)?"
              + SPEECH
              + "\\b");

  /**
   * The person a role stands for: the speaker of the next or previous sentence whose title shares a
   * word with the role ("the US defense chief said" … "US Defense Secretary Robert Gates told").
   */
  private @Nullable Speaker namedRole(List<Sentence> sentences, int index) {
    Matcher m = ROLE_SPEECH.matcher(sentences.get(index).text());
    if (!m.find()) {
      return null;
    }
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String w : m.group(1).toLowerCase(Locale.ROOT).split("[\\s’']+")) {
      if (w.length() >= 4 && !TITLE_WORDS.matcher(w).matches()) {
        words.add(w);
      }
    }
    for (int i : new int[] {index + 1, index - 1}) {
      if (words.isEmpty() || i < 0 || i >= sentences.size()) {
        continue;
      }
      Speaker sp = inSentence(sentences.get(i).text()).speaker();
      if (sp != null && sp.affiliation() != null) {
        for (String w : sp.affiliation().toLowerCase(Locale.ROOT).split("\\s+")) {
          if (words.contains(w)) {
            return sp;
          }
        }
      }
    }
    return null;
  }

  /** "Volkswagen's chief executive warned": a role at an organisation, its holder not named. */
  private static final Pattern ORGANISATION_ROLE_SPEECH =
      Pattern.compile(
          "(?<![\\p{L}’'-])(\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*){0,3})[’']s\\s+"
              + "(?:(?:former|then|outgoing|new|current|top|own|rotating|acting|deputy|vice)\\s+){0,3}"
              // "Bernstein's semiconductor team wrote"
              + "(?:[a-z-]+\\s+)?(?:chief\\s+executive"
              + "|chief(?:\\s+[a-z]+)?\\s+officer|CEO|CTO|head|chairman|chairwoman|chair|president"
              + "|founder|co-founder|spokesman|spokeswoman|spokesperson|boss|chief|director"
              + "|management|team|analysts|researchers|economists|strategists)"
              // "Volkswagen's head of China operations conceded"
              + "(?:\\s+of\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?[a-z-]+)?\\s+(?:(?:also|has|had)\\s+)?"
              + SPEECH
              + "\\b");

  private static final Pattern STATE_INSTITUTION =
      Pattern.compile(
          "\\b(?:Pentagon|Kremlin|White\\s+House|Blue\\s+House|Congress|Parliament|Ministry"
              + "|Department|Commission|Council|Agency|Office|Bureau|Administration)\\b");

  /**
   * "The head of HD Hyundai's shipbuilding research centre told a hearing": a role, then its firm.
   */
  private static final Pattern ROLE_OF_ORGANISATION_SPEECH =
      Pattern.compile(
          "\\b[Tt]he\\s+(?:(?:former|then|outgoing|new|current|deputy|vice)\\s+)?(?:head|chief"
              + "|director|president|chairman|chairwoman|founder|spokesman|spokeswoman|spokesperson"
              + "|boss|chief\\s+executive)\\s+of\\s+(?:the\\s+)?"
              // "the chief executive of search giant Baidu told"
              + "(?:[\\p{Ll}-]+\\s+){0,2}?(\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+\\p{Lu}"
              + "[\\p{L}\\p{N}&.-]*){0,3})(?:[’']s(?:\\s+[\\w-]+){1,4}?)?\\s+(?:(?:also|has|had)\\s+)?"
              + SPEECH
              + "\\b");

  /** "Morgan Stanley analysts wrote": the organisation whose unnamed staff speak. */
  private static final Pattern STAFF_OF_ORGANISATION_SPEECH =
      Pattern.compile(
          "(?<![\\p{L}’'-])(\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*){0,3})\\s+"
              + "(?:analysts?|economists?|researchers?|strategists?|engineers?|scientists?|experts?"
              + "|officials|executives|auditors)"
              + "\\s+(?:(?:also|have|had)\\s+)?(?:"
              + SPEECH
              + ")\\b");

  /** "the carmaker's chairman conceded": a role at a company named before. */
  private static final Pattern ROLE_OF_ANAPHOR_SPEECH =
      Pattern.compile(
          "(?i)\\b(?:the\\s+(?:[\\w-]+\\s+){0,2}?(?:company|firm|[\\w-]*maker|shipbuilder|agency|group|bank"
              + "|start-?up|lab|operator|manufacturer|developer|giant|organisation|organization)[’']s|its)"
              + "\\s+"
              + "(?:(?:former|then|outgoing|new|current|top|rotating|acting|deputy|vice|own)\\s+){0,3}"
              // "the German carmaker's China technology chief told"
              + "(?:(?-i:\\p{Lu})[\\w-]*\\s+)?(?:[a-z-]+\\s+)?"
              + "(?:chairman|chairwoman|chair|chief\\s+executive|chief(?:\\s+[a-z]+)?\\s+officer|CEO|head|chief"
              + "|president|founder|spokesman|spokeswoman|spokesperson|director|boss|executives"
              + "|officials|engineers|analysts|researchers|management)\\s+(?:(?:also|has"
              + "|had)\\s+)?"
              + SPEECH
              + "\\b");

  /** "A senior Comac engineer disputed that": an unnamed member of a named organisation. */
  private static final Pattern MEMBER_OF_ORGANISATION_SPEECH =
      Pattern.compile(
          "\\b(?:[Aa]n?|[Oo]ne)\\s+(?:(?:senior|former|top|chief|lead|leading)\\s+)?("
              + "\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*){0,2})\\s+(?:engineer|executive"
              + "|official|spokesperson|spokesman|spokeswoman|manager|researcher|scientist|director"
              + "|designer|insider)\\s+(?:(?:also|has|had|later)\\s+)?(?:"
              + SPEECH
              + "|telling|saying)\\b");

  /**
   * The organisation a person known only by role speaks for ("Northvolt's former chief executive
   * told the Financial Times" → Northvolt), as the annotation guidelines ask.
   */
  private @Nullable Speaker roleAtOrganisation(String s) {
    Matcher m = null;
    for (Pattern p :
        List.of(
            ORGANISATION_ROLE_SPEECH,
            ROLE_OF_ORGANISATION_SPEECH,
            MEMBER_OF_ORGANISATION_SPEECH,
            STAFF_OF_ORGANISATION_SPEECH)) {
      Matcher candidate = p.matcher(s);
      if (candidate.find()) {
        m = candidate;
        break;
      }
    }
    if (m == null) {
      return roleOfAnaphor(s);
    }
    String organisation = m.group(1).replaceFirst("^The\\s+", "");
    if (NOT_NAMES.contains(organisation.split("\\s+")[0])) {
      return null; // "Some officials said"
    }
    for (ActorMention a : actors.find(organisation)) {
      if (a.kind() == ActorTable.Kind.COUNTRY || a.kind() == ActorTable.Kind.BLOC) {
        return null; // "China's defence minister said": a country's office is no organisation
      }
    }
    return new Speaker(organisation, null);
  }

  /** The company a "the carmaker's chairman conceded" refers to: the first one named before. */
  private @Nullable Speaker roleOfAnaphor(String s) {
    return roleOfAnaphor(s, "");
  }

  /** The same, the company looked for in {@code context} (a sentence before) too. */
  private @Nullable Speaker roleOfAnaphor(String s, String context) {
    Matcher m = ROLE_OF_ANAPHOR_SPEECH.matcher(s);
    if (!m.find()) {
      return null;
    }
    String before = (context.isEmpty() ? "" : context + " ") + s.substring(0, m.start());
    List<ActorMention> known = actors.find(before);
    ActorMention first = null;
    for (ActorMention a : known) {
      if (first == null
          && (a.kind() == ActorTable.Kind.COMPANY || a.kind() == ActorTable.Kind.INSTITUTION)) {
        first = a;
      }
    }
    for (ActorMention a : OpenActors.find(before, known)) {
      if (a.surface().matches("\\p{Lu}{4,}(?:\\s+\\p{Lu}{2,})*")) {
        continue; // "SHANGHAI, April 2 —": the dateline's city
      }
      if (first == null || a.start() < first.start()) {
        // "The Indian Space Research Organisation's ...", "Skyward's drones trail DJI's, the drone
        // maker's chief conceded": the firm named first
        return new Speaker(a.surface(), null);
      }
      break;
    }
    return first == null ? null : new Speaker(first.canonical(), null);
  }

  /** "the French company said": the company named before speaks for itself. */
  private static final String COMPANY_NOUN =
      "(?:company|firm|start-?up|chipmaker|carmaker|automaker|planemaker|shipbuilder|manufacturer"
          + "|operator|developer|lab|supplier|giant)";

  private static final Pattern COMPANY_SPEECH =
      Pattern.compile(
          "(?i)\\bthe\\s+(?:[\\w-]+\\s+){0,2}?"
              + COMPANY_NOUN
              + "\\s+(?:(?:also|has|had)\\s+)?"
              + SPEECH
              + "\\b"
              // "according to benchmark results published by the Hangzhou-based start-up"
              + "|\\b(?:published|released|issued|reported|presented)\\s+by\\s+the\\s+"
              + "(?:[\\w-]+\\s+){0,2}?"
              + COMPANY_NOUN
              + "\\b"
              // "the Paris-based company's own benchmarks show"
              + "|\\bthe\\s+(?:[\\w-]+\\s+){0,2}?"
              + COMPANY_NOUN
              + "[’']s\\s+(?:own\\s+|internal\\s+|latest\\s+)*(?:benchmarks|tests|data|figures|results"
              + "|estimates)\\s+"
              + SPEECH
              + "\\b");

  /**
   * The company a "the company said" attribution refers to: the first one named before it, the
   * subject the company speaks about ("Mistral's newest model is close to OpenAI's best, the French
   * company said").
   */
  private @Nullable Speaker companyItself(List<Sentence> sentences, int index) {
    Matcher m = COMPANY_SPEECH.matcher(sentences.get(index).text());
    if (!m.find()) {
      return null;
    }
    for (int i = index; i >= Math.max(0, index - 2); i--) {
      String text = sentences.get(i).text();
      int limit = i == index ? m.start() : text.length();
      String company = null;
      for (ActorMention a : actors.find(text)) {
        if (company == null && a.end() <= limit && a.kind() == ActorTable.Kind.COMPANY) {
          company = a.canonical();
        }
      }
      if (company != null) {
        return new Speaker(company, null);
      }
    }
    return null;
  }

  /** "In tests by Consumer Reports, ...": the organisation whose tests the sentence reports. */
  private static final Pattern IN_TESTS_BY =
      Pattern.compile(
          "^In\\s+(?:(?:new|recent|independent|its|their)\\s+)?(?:tests?|testing|a\\s+test|a\\s+survey"
              + "|a\\s+study|a\\s+report|an\\s+analysis|a\\s+ranking|benchmarks?|data)\\s+(?:run\\s+)?"
              + "(?:by|from|of)\\s+(?:the\\s+)?("
              + NAME
              + ")\\s*,");

  /** "in single-threaded tests run by Tom's Hardware": whose tests they were. */
  private static final Pattern TESTS_RUN_BY =
      Pattern.compile(
          "\\b(?:tests?|benchmarks?|measurements|testing|trials)\\s+(?:run|conducted|carried\\s+out"
              + "|performed)\\s+by\\s+(?:the\\s+)?("
              + NAME
              + ")");

  /** Attribution stated in the sentence itself. */
  Attribution inSentence(String sentence) {
    // "SHANGHAI — ", "SEOUL, Jan. 15 (Yonhap) -- ": the dateline names where, not who
    String s = DATELINE.matcher(sentence).replaceFirst("");
    for (Pattern tests : List.of(TESTS_RUN_BY, IN_TESTS_BY)) {
      Matcher m = tests.matcher(s);
      Speaker sp = m.find() ? speaker(m.group(1), "", "") : null;
      if (sp != null) {
        return Attribution.of(sp); // "tests run by Tom's Hardware", "In tests by Which?,"
      }
    }
    Matcher m = ACCORDING.matcher(s);
    if (m.find()) {
      Speaker inner = m.group(2) == null ? null : roleAtOrganisation(m.group(2));
      if (inner != null) {
        // "According to Bloomberg, an assessment by Volkswagen's own engineering team concluded":
        // the innermost named source
        return Attribution.of(inner);
      }
      Speaker sp = namedSource(m.group(1), m.group(2) == null ? "" : m.group(2));
      return sp == null ? Attribution.UNNAMED : Attribution.of(sp);
    }
    Speaker cited = citedSource(s);
    if (cited != null) {
      return Attribution.of(cited); // "Nikkei Asia reported, citing data from Clarksons Research"
    }
    m = DOCUMENT_FROM.matcher(s);
    if (m.find()) {
      Speaker sp = speaker(m.group(1) != null ? m.group(1) : m.group(2), "", "");
      if (sp != null) {
        return Attribution.of(sp); // "the AI Index report from Stanford University shows"
      }
    }
    m = ORGANISATION_DOCUMENT.matcher(s);
    if (m.find()) {
      Speaker sp = speaker(m.group(1) != null ? m.group(1) : m.group(2), "", "");
      if (sp != null) {
        return Attribution.of(sp); // "a RAND Corporation study concluded", "tests by X show"
      }
    }
    m = PREPOSED.matcher(s);
    if (m.find() && m.start(2) <= 1) {
      Speaker sp = speaker(m.group(2), m.group(1), m.group(3));
      if (sp != null && !isPerson(sp.name())) {
        // "Arianespace believes ..., chief executive Luc Moreau told reporters": the person
        Matcher person = POSTPOSED.matcher(s);
        if (person.find(m.end())) {
          Speaker p =
              speaker(
                  person.group(2), person.group(1) == null ? "" : person.group(1), person.group(3));
          if (p != null && isPerson(p.name())) {
            return Attribution.of(p);
          }
        }
      }
      if (sp != null) {
        return Attribution.of(sp); // "Kenji Morita, an analyst at Mizuho, believes Rapidus ..."
      }
    }
    m = POSTPOSED.matcher(s);
    while (m.find()) {
      if (m.start(2) == 0) {
        continue; // a name opening the sentence is the preposed form
      }
      Speaker sp = speaker(m.group(2), m.group(1) == null ? "" : m.group(1), m.group(3));
      if (sp != null) {
        return Attribution.of(sp);
      }
    }
    m = INVERTED.matcher(s);
    while (m.find()) {
      if (m.group().matches("(?s)^[,”\"’]\\s*(?:told|tells|tell)\\b.*")) {
        continue; // "X, ..., told Fox News the ...": the listener, not the speaker
      }
      Matcher titled = TITLED_NAME.matcher(s).region(m.end(2), s.length());
      Speaker sp =
          titled.lookingAt()
              // "said NSCEB vice chair Michelle Rozo": the organisation and title come first
              ? speaker(
                  titled.group(2),
                  m.group(2) + titled.group(1),
                  titled.group(3) == null ? "" : titled.group(3))
              : speaker(m.group(2), m.group(1), m.group(3) == null ? "" : m.group(3));
      if (sp != null) {
        return Attribution.of(sp);
      }
    }
    m = PUBLISHED_BY.matcher(s);
    if (m.find()) {
      Speaker sp = speaker(m.group(1), "", "");
      if (sp != null) {
        return Attribution.of(sp); // "ranks fourth in the index published by WIPO"
      }
    }
    m = PREPOSED.matcher(s);
    while (m.find()) {
      if (m.group(1).matches("(?is).*\\b(?:who|that)\\s+\\p{Ll}+(?:ed|ing)\\s+")) {
        // "officers who evaluated South Korea's KF-21 told lawmakers": the name is what they
        // evaluated; the unnamed officers speak
        return Attribution.UNNAMED;
      }
      Speaker sp = speaker(m.group(2), m.group(1), m.group(3));
      if (sp != null) {
        return Attribution.of(sp);
      }
      String who = (m.group(1) + m.group(2)).strip().toLowerCase(Locale.ROOT);
      if (!PRONOUNS.contains(who) && isUnnamed(who)) {
        return Attribution.UNNAMED;
      }
    }
    if (UNNAMED_SPEECH.matcher(s).find()) {
      return Attribution.UNNAMED;
    }
    return Attribution.NONE;
  }

  /**
   * "the Global Innovation Index published by the World Intellectual Property Organization", "a
   * ranking of patent filings compiled by LexisNexis": the document's author.
   */
  private static final Pattern PUBLISHED_BY =
      Pattern.compile(
          "\\b"
              + DOCUMENT_NOUN
              + "\\b[^.;:!?]{0,80}?,?\\s+(?:compiled|published|released|issued|conducted|produced"
              + "|prepared|run|carried\\s+out|put\\s+together|drawn\\s+up|presented)"
              + "(?:\\s+(?:on|last|this|earlier|in)\\s+[\\w-]+(?:\\s+[\\w-]+)?)?\\s+by\\s+(?:the\\s+)?"
              // "by search giant Baidu", "by Beijing consultancy iResearch"
              + "(?:(?:\\p{Lu}[\\p{L}-]+\\s+)?[\\p{Ll}-]+\\s+(?:[\\p{Ll}-]+\\s+)?(?=\\p{Lu}))?("
              + NAME
              + ")");

  /** "citing data from Clarksons Research": the innermost named source of a reported claim. */
  private static final Pattern CITING =
      Pattern.compile(
          "\\bciting\\s+(?:(?:new|recent|latest|its|their|preliminary)\\s+)?(?:data|figures|a\\s+report"
              + "|a\\s+study|research|estimates|an\\s+analysis|a\\s+survey|numbers|statistics)\\s+(?:from"
              + "|by|of)\\s+(?:the\\s+)?("
              + NAME
              + ")");

  private @Nullable Speaker citedSource(String s) {
    Matcher m = CITING.matcher(s);
    return m.find() ? speaker(m.group(1), "", "") : null;
  }

  /** "the latest AI Index report from Stanford University shows": the document's author. */
  private static final Pattern DOCUMENT_FROM =
      Pattern.compile(
          "\\b(?:report|study|survey|analysis|paper|index|assessment|review|ranking|data|figures)"
              + "\\s+(?:from|by|of)\\s+(?:the\\s+)?"
              // "data from Beijing consultancy iResearch showed"
              + "(?:(?:\\p{Lu}[\\p{L}-]+\\s+)?[\\p{Ll}-]+\\s+(?=\\p{Lu}))?("
              + NAME
              // "A report by DigiTimes, citing an unnamed equipment supplier, said"
              + ")(?:\\s*,\\s*citing\\s+[^,]{2,80},)?\\s+(?:also\\s+)?"
              + SPEECH
              + "\\b"
              // "Stanford University's annual AI Index report showed"
              + "|("
              + NAME
              + ")(?:[’']s)?\\s+(?:[\\w-]+\\s+){0,4}?(?:report|study|survey|analysis|paper|index|assessment"
              // "Meta's internal benchmarks show"
              + "|review|ranking|data|figures|benchmarks|tests|results)\\s+(?:also\\s+)?(?:showed|shows"
              + "|show|found|finds|said|says"
              + "|concluded|concludes|estimated|estimates)\\b");

  /** "a RAND Corporation study concluded", "tests by the channel Geekerwan show". */
  private static final Pattern ORGANISATION_DOCUMENT =
      Pattern.compile(
          "\\b(?:(?:[Aa]n?|[Tt]he)\\s+(?:new\\s+|recent\\s+|leaked\\s+|internal\\s+|annual\\s+|latest\\s+"
              + "|confidential\\s+)?("
              + NAME
              + ")\\s+(?:study|report|survey"
              + "|analysis|paper|review|assessment|briefing|estimate|audit|poll|ranking"
              + "|(?:research\\s+)?note|white\\s+paper|filing|tally)|(?:tests|data"
              + "|figures|benchmarks|results|measurements|research)\\s+(?:run\\s+)?by\\s+(?:the\\s+)?"
              + "(?:[\\p{Ll}-]+\\s+){0,4}?("
              + NAME
              + "))\\s+(?:also\\s+)?"
              + SPEECH
              + "\\b");

  private static final Pattern UNNAMED_SPEECH =
      Pattern.compile(
          "(?i)\\b(?:experts?|analysts?|sources|observers|officials|insiders|researchers|critics"
              + "|some|many|others|economists|commentators|people\\s+familiar[^,]*|(?:a|the)\\s+"
              + "(?:new\\s+|recent\\s+)?(?:report|study|paper|survey|analysis))\\s+(?:have\\s+|had"
              + "\\s+|also\\s+)?"
              + SPEECH
              + "\\b|\\bis\\s+said\\s+to\\b|\\bare\\s+said\\s+to\\b"
              + "|\\breportedly\\b");

  /**
   * The named source in the words after "according to": "a new paper released Friday by the
   * National Security Commission on Emerging Biotechnology (NSCEB)" → the commission; "experts" →
   * null.
   */
  private @Nullable Speaker namedSource(String phrase, String rest) {
    Speaker direct = namedSourceIn(phrase, rest);
    boolean described = phrase.strip().matches("(?i)(?:a|an)\\s.*"); // "a Delhi think tank"
    if ((direct == null || described) && rest != null) {
      // "according to a British defence think tank, the Royal United Services Institute"
      Matcher apposed = APPOSED_NAME.matcher(rest);
      if (apposed.find() && ORGANISATION.matcher(apposed.group(1)).find()) {
        return speaker(apposed.group(1), "", "");
      }
    }
    return direct;
  }

  /** ", the Royal United Services Institute" right after a described source. */
  private static final Pattern APPOSED_NAME =
      Pattern.compile("^,\\s+(?:the\\s+)?(" + NAME + ")\\s*(?:[,.;]|$)");

  private static final Pattern NAME_RUN = Pattern.compile(NAME);

  private static final Pattern RELATIVE_CLAUSE = Pattern.compile("\\s+(?:who|that|which|whose)\\s");

  private @Nullable Speaker namedSourceIn(String phrase, String rest) {
    // "a leaked US Navy briefing slide first reported by Forbes": the document's source, not the
    // outlet that reported it, is the innermost named source; but "a teardown ... published by
    // the research firm TechInsights" is the firm's own work
    Matcher outlet =
        Pattern.compile("\\s+(?:first\\s+)?(?:reported|obtained|seen|cited)\\s+by\\s+.*$")
            .matcher(phrase);
    if (outlet.find()
        && Pattern.compile(NAME).matcher(phrase.substring(0, outlet.start())).find()) {
      phrase = phrase.substring(0, outlet.start());
    }
    Matcher relative = RELATIVE_CLAUSE.matcher(phrase);
    if (relative.find() && !NAME_RUN.matcher(phrase.substring(0, relative.start())).find()) {
      return null; // "testers who have driven both systems ... in Shenzhen": unnamed people
    }
    Matcher run = NAME_RUN.matcher(phrase);
    String last = null;
    int lastStart = 0;
    while (run.find()) {
      String r = run.group().strip();
      if (r.matches("[\\p{L}-]+-based")) {
        continue; // "the Hangzhou-based start-up": a place, the firm is named elsewhere
      }
      if (!CALENDAR.matcher(r).matches() && !NOT_NAMES.contains(r.split("\\s+")[0])) {
        last = r;
        lastStart = run.start();
      } else if (NOT_NAMES.contains(r.split("\\s+")[0]) && r.contains(" ")) {
        String tail = r.substring(r.indexOf(' ') + 1);
        if (!CALENDAR.matcher(tail).matches()) {
          last = tail;
          lastStart = run.start() + r.indexOf(' ') + 1;
        }
      }
    }
    if (last == null) {
      return null;
    }
    return speaker(last, phrase.substring(0, lastStart), rest);
  }

  /**
   * A speaker from a matched name, the words before it (a title or "a report by") and after it (an
   * apposition giving the affiliation); null when the name is not a name or is unnamed.
   */
  private @Nullable Speaker speaker(String rawName, String before, String after) {
    // "But Lin Haoyu said": a sentence's opening connective is capitalised, not part of the name
    String name =
        clean(rawName)
            .replaceFirst(
                "^(?:But|And|Yet|So|Still|However|Meanwhile|Now|Then|Also|Instead|Separately"
                    + "|Similarly|Likewise|Per|Via)\\s+(?=\\p{Lu})",
                "");
    if (name.isEmpty()) {
      return null;
    }
    String[] words = name.split("\\s+");
    int titled = titleLength(words);
    if (titled > 0 && NOT_NAMES.contains(words[0])) {
      // "US Defense Secretary Robert Gates": the title's words are not the name's
      before = before + " " + String.join(" ", java.util.Arrays.copyOfRange(words, 0, titled));
      name = String.join(" ", java.util.Arrays.copyOfRange(words, titled, words.length));
    }
    if (name.matches("\\p{Lu}\\p{Ll}+ly")) {
      return null; // "“Honestly, ...": an adverb opening a quote
    }
    if (before.matches("(?s).*\\b(?:in|near|outside)\\s*$")) {
      return null; // "aerospace engineers in Bengaluru say": where the speakers are, not who
    }
    String first = name.split("\\s+")[0];
    boolean organisation = name.contains(" ") && ORGANISATION.matcher(name).find();
    if (NOT_NAMES.contains(first) && !(organisation && DEMONYM_OR_PLACE.contains(first))
        || UNNAMED.contains(first.toLowerCase(Locale.ROOT))) {
      // "The Post said" or "Experts said": maybe the words before hold the real name
      return null;
    }
    if (actors.canonical(name).isPresent() && isActorNotSpeaker(name)) {
      return null;
    }
    Matcher personOf = PERSON_OF_ORGANISATION.matcher(name);
    if (personOf.matches() && !ORGANISATION.matcher(personOf.group(1)).find()) {
      if (java.util.Arrays.stream(personOf.group(1).split("\\s+"))
          .allMatch(w -> TITLE_WORDS.matcher(w).matches())) {
        // "Deputy Minister of Industry and Trade Tran Quoc Hung": the title's office, then the
        // person
        String[] rest = personOf.group(2).split("\\s+");
        int at = rest.length;
        while (at > 0
            && !rest[at - 1].matches("and|of|for|&")
            && !MINISTRY_WORDS.contains(rest[at - 1])) {
          at--;
        }
        at = Math.max(at, 1); // the office has at least one word: "Professor of Physics Kim"
        int length = rest.length - at;
        if (length >= 2 && length <= 4) {
          String office = String.join(" ", java.util.Arrays.copyOfRange(rest, 0, at));
          return new Speaker(
              String.join(" ", java.util.Arrays.copyOfRange(rest, at, rest.length)),
              personOf.group(1) + " of " + office);
        }
      }
      name = personOf.group(1);
      after = ", of " + personOf.group(2) + after;
    }
    String title = before.strip();
    String affiliation = affiliation(after);
    if (affiliation == null && !title.isEmpty()) {
      affiliation = titleOrganisation(title);
    }
    if (affiliation == null) {
      affiliation = ownTitle(name);
    }
    return new Speaker(stripTitle(name), affiliation);
  }

  /**
   * Countries, blocs and regions are actors, not speakers ("China said" is rare and then means its
   * government); companies and institutions ("Stanford University") do speak.
   */
  private boolean isActorNotSpeaker(String name) {
    if (STATE_INSTITUTION.matcher(name).find()
        || actors.standsFor(name)
            && (name.matches("\\p{Lu}{3,6}") || ORGANISATION.matcher(name).find())) {
      return false; // "the Pentagon said", "ISRO said": an institution of the state speaks
    }
    return actors
        .kindOf(actors.canonical(name).orElse(""))
        .map(
            k ->
                k == ActorTable.Kind.COUNTRY
                    || k == ActorTable.Kind.BLOC
                    || k == ActorTable.Kind.REGION)
        .orElse(false);
  }

  private static boolean isUnnamed(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT);
    for (String w : p.split("\\s+")) {
      if (UNNAMED.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "Zhou" → "Zhou Hongyi" when the full name was given earlier in the text. */
  private Speaker complete(Speaker sp, List<Sentence> sentences, int index) {
    if (sp.name().contains(" ")) {
      return sp;
    }
    for (int i = index; i >= Math.max(0, index - 6); i--) {
      Matcher m = Pattern.compile("(" + NAME + ")").matcher(sentences.get(i).text());
      while (m.find()) {
        String full = clean(m.group(1));
        String[] words = full.split("\\s+");
        if (words.length >= 2
            && words.length <= 4
            // "Per Canalys": a preposition opening the sentence, not a first name
            && !words[0].matches("(?i)per|via|as|in|like|unlike|according|but|and|yet|so|while")
            && (words[0].equals(sp.name()) || words[words.length - 1].equals(sp.name()))) {
          Attribution a = inSentence(sentences.get(i).text());
          String affiliation =
              a.speaker() != null && full.equals(a.speaker().name())
                  ? a.speaker().affiliation()
                  : sp.affiliation();
          if (affiliation == null) {
            Matcher appo =
                Pattern.compile("^\\s*,\\s*([^,]{2,160}),")
                    .matcher(sentences.get(i).text().substring(m.end()));
            if (appo.find()) {
              affiliation = affiliation(appo.group(1)); // "Kim Dong-soo, chief executive of X,"
            }
          }
          return new Speaker(stripTitle(full), affiliation);
        }
      }
    }
    return sp;
  }

  /** The speaker named in the sentences just before (for "he said" and continued quotes). */
  private @Nullable Speaker previousSpeaker(List<Sentence> sentences, int index) {
    for (int i = index - 1; i >= Math.max(0, index - 4); i--) {
      Attribution a = inSentence(sentences.get(i).text());
      if (a.speaker() != null && isPerson(a.speaker().name())) {
        return complete(a.speaker(), sentences, i);
      }
      Speaker role = roleAtOrganisation(sentences.get(i).text());
      if (role != null || a.found()) {
        // "..., its founder said. ... he said": the person just before, even unnamed, not a name
        // further up
        return role;
      }
      Speaker introduced = introducedPerson(sentences.get(i).text());
      if (introduced != null) {
        return introduced;
      }
    }
    return null;
  }

  /** Whether "he" or "she" can stand for this speaker: a person's name, not an organisation's. */
  private boolean isPerson(String name) {
    return !ORGANISATION.matcher(name).find()
        && actors.canonical(name).isEmpty()
        && !name.matches("\\p{Lu}{2,}[\\p{Lu}\\p{N}]*"); // "Farley" may be a person; "IDC" is not
  }

  /** A quoted claim whose attribution comes in the next sentence: "“...” / He said." */
  private @Nullable Speaker quoteAttributedLater(List<Sentence> sentences, int index) {
    if (index + 1 < sentences.size()) {
      String next = sentences.get(index + 1).text();
      if (next.matches("(?s)^[^“\"]{0,80}?\\b" + SPEECH + "\\b.*")) {
        Attribution a = inSentence(next);
        if (a.speaker() != null) {
          return complete(a.speaker(), sentences, index + 1);
        }
        if (PRONOUN_SPEECH.matcher(next).find()) {
          return previousSpeaker(sentences, index); // "“...” / “...,” he said." after an intro
        }
      }
    }
    return null;
  }

  /**
   * A quotation opening right after another one in the same paragraph, with no attribution of its
   * own, is the same speaker's ("“...,” said X. “...”").
   */
  private @Nullable Speaker quotedJustBefore(List<Sentence> sentences, int index) {
    if (index == 0 || sentences.get(index - 1).paragraph() != sentences.get(index).paragraph()) {
      return null;
    }
    String prev = sentences.get(index - 1).text();
    if (!prev.matches("(?s).*[“\"].*")) {
      return null;
    }
    Attribution a = inSentence(prev);
    return a.speaker() == null ? null : complete(a.speaker(), sentences, index - 1);
  }

  private static boolean isQuoted(String s) {
    return s.startsWith("“") || s.startsWith("\"") || s.startsWith("‘");
  }

  /** Whether the sentence is inside a quotation opened in an earlier sentence. */
  private static boolean continuesQuote(List<Sentence> sentences, int index) {
    int open = 0;
    int firstOfParagraph = index;
    int paragraph = sentences.get(index).paragraph();
    while (firstOfParagraph > 0 && sentences.get(firstOfParagraph - 1).paragraph() == paragraph) {
      firstOfParagraph--;
    }
    for (int i = firstOfParagraph; i < index; i++) {
      for (char c : sentences.get(i).text().toCharArray()) {
        if (c == '“') {
          open++;
        } else if (c == '”') {
          open = Math.max(0, open - 1);
        }
      }
    }
    String s = sentences.get(index).text();
    return open > 0 || (s.startsWith("“") && !s.substring(1).contains("”") && index > 0);
  }

  /** A sentence opening with a person doing something: "Park Seo-yeon has spent a decade ...". */
  private static final Pattern SUBJECT_PERSON =
      Pattern.compile(
          "("
              + NAME
              + ")\\s+(?:has|had|is|was|leads|led|heads|headed|runs|ran|works|worked|spent"
              + "|joined|founded|studies|studied|directs|directed|spoke|speaks|\\p{Ll}+ed)\\b"
              // "Former ASML engineer Pieter Vos spoke at a seminar": a title before the name
              + "|^(?:[\\p{L}.’'-]+\\s+){1,5}?(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})\\s+(?:spoke"
              + "|speaks|has|had|is|was|told|said|says)\\b");

  private static final Pattern INTRODUCED =
      Pattern.compile(
          "("
              + NAME
              + ")\\s*,\\s*((?:a|an|the|who|whose|(?:vice\\s+)?president|chief|head|director"
              + "|founder|co-founder|chairman|chairwoman|ceo|professor|deputy|general\\s+manager)"
              + "\\b[^,]{2,160}),");

  private @Nullable Speaker introducedPerson(String s) {
    Matcher subject = SUBJECT_PERSON.matcher(s);
    if (subject.lookingAt()) {
      int g = subject.group(1) != null ? 1 : 2;
      String name = stripTitle(clean(subject.group(g))); // "Former ASML engineer Pieter Vos"
      if (name.split("\\s+").length >= 2
          && name.split("\\s+").length <= 4
          && !ORGANISATION.matcher(name).find()
          && actors.canonical(name).isEmpty()
          && !NOT_NAMES.contains(name.split("\\s+")[0])) {
        String affiliation =
            g == 2
                ? titleOrganisation(s.substring(0, subject.start(2)).strip())
                : affiliation(s.substring(subject.end(g)));
        return new Speaker(stripTitle(name), affiliation);
      }
    }
    Matcher m = INTRODUCED.matcher(s);
    while (m.find()) {
      String name = clean(m.group(1));
      if (name.split("\\s+").length >= 2 && actors.canonical(name).isEmpty()) {
        Speaker sp = speaker(name, "", m.group(2));
        if (sp != null) {
          return sp;
        }
      }
    }
    return null;
  }

  private static String clean(String raw) {
    String n =
        trimPunctuation(raw).replaceAll("[’']s$", "").replaceFirst("^[\\p{L}-]+-based\\s+", "");
    n = n.replaceAll("\\s*\\([^)]*\\)", "").replaceAll("\\s*[“\"][^”\"]*[”\"]", "");
    return n.replaceAll("\\s+", " ").strip();
  }

  /** "NSCEB vice chair Michelle Rozo" → "Michelle Rozo": title words before the name go. */
  private static String stripTitle(String name) {
    String[] words = name.split("\\s+");
    int i = titleLength(words);
    String n = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    return n.replaceFirst("^(?:Dr|Mr|Mrs|Ms|Prof)\\.?\\s+", "");
  }

  /**
   * How many of a name's words are its title: up to the last title word that still leaves a name
   * ("US Defense Secretary Robert Gates" → 3, "NSCEB vice chair Michelle Rozo" → 3).
   */
  private static int titleLength(String[] words) {
    int i = 0;
    for (int t = 0; t < words.length - 1; t++) {
      if (TITLE_WORDS.matcher(words[t]).matches()) {
        i = t + 1;
      }
    }
    return i;
  }

  /** The organisation or title words in front of a name ("US Defense Secretary Robert Gates"). */
  private static @Nullable String ownTitle(String name) {
    String[] words = name.split("\\s+");
    int i = titleLength(words);
    if (i == 0) {
      return null;
    }
    String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
    String org = titleOrganisation(title);
    return org != null ? org : title;
  }

  /** An organisation in title words: "NSCEB vice chair" → "NSCEB"; "analyst" → null. */
  private static @Nullable String titleOrganisation(String title) {
    Matcher m = CAPITALISED_RUN.matcher(title);
    String last = null;
    while (m.find()) {
      String run = trimPunctuation(m.group());
      if (!isTitleOrDemonym(run)) {
        last = dropLeadingTitles(run);
      }
    }
    return last;
  }

  /** A run of capitalised words, with "of", "for", "and", "&" and "(ABC)" inside it. */
  private static final Pattern CAPITALISED_RUN =
      Pattern.compile(
          "\\p{Lu}[\\p{L}\\p{N}&.’'-]*(?:\\s+(?:(?:of|for|and|&|de|the|on|in)\\s+)*(?:\\p{Lu}"
              + "[\\p{L}\\p{N}&.’'-]*|\\([\\p{Lu}\\p{N}&.-]{2,12}\\)))*");

  /**
   * The organisation in an apposition: "a fellow at Yuval Ne’eman Workshop ..., at the Tel Aviv
   * University" → "Tel Aviv University" (the last organisation-like run, else the last run that is
   * not a title).
   */
  static @Nullable String affiliation(String apposition) {
    if (apposition.isBlank()) {
      return null;
    }
    String a = NOT_AN_AFFILIATION.matcher(apposition).replaceFirst("");
    Matcher m = CAPITALISED_RUN.matcher(a);
    String last = null;
    String lastOrg = null;
    while (m.find()) {
      String run =
          trimPunctuation(m.group())
              .replaceFirst("\\s+(?:of|for|and|&|the|on|in)$", "")
              .replaceFirst("^[\\p{L}-]+-based\\s+", "")
              .replaceAll("[’']s$", "");
      boolean regionOfRole =
          run.matches(REGION) && a.substring(0, m.start()).matches("(?s).*\\bfor\\s+(?:the\\s+)?$");
      // "a physicist in Munich": where the speaker works, not for whom
      boolean place =
          run.matches("\\p{Lu}\\p{Ll}+") && a.substring(0, m.start()).matches("(?s).*\\bin\\s+$");
      if (!isTitleOrDemonym(run)
          && !regionOfRole // "Nvidia's senior vice-president for Asia-Pacific": Nvidia's
          && !place
          && !NOT_NAMES.contains(run)
          && !CALENDAR.matcher(run).matches()
          && !run.matches("[\\p{L}-]+-based")) {
        last = dropLeadingTitles(run);
        if (ORGANISATION.matcher(run).find()
            || OpenActors.isOrganisationName(last)
                && !last.matches("\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+")) {
          lastOrg = last;
        }
      }
    }
    return lastOrg != null ? lastOrg : last;
  }

  /** A region a role covers ("vice-president for Asia-Pacific"), not a workplace. */
  private static final String REGION =
      "(?:Greater\\s+|Southeast\\s+|South\\s+|East\\s+|Central\\s+|North\\s+|Latin\\s+)?(?:Asia(?:-Pacific)?"
          + "|Europe|Africa|Americas?|China|India|Japan|EMEA|APAC|Middle\\s+East|Pacific|Nordics)";

  /**
   * Where and when the speaker spoke, after the apposition (", at a developer conference in
   * Dongguan on Friday"): not an affiliation. ", at the Tel Aviv University" still is one.
   */
  private static final String OCCASION =
      ",\\s*(?:speaking\\b|(?:at|during)\\s+(?:a|an)\\s+\\p{Ll}|(?:at|during)\\s+the\\s+[^,]{0,60}?\\b(?:show"
          + "|conference|forum|summit|expo|fair|event|briefing|meeting|hearing|congress|launch)\\b"
          + "|(?:on|last|this|earlier)\\s+"
          + CALENDAR.pattern()
          + "|(?:last|this|earlier)\\s+(?:week|month|year))";

  /**
   * Where an apposition stops naming the speaker's workplace: the speech verb, the occasion, or
   * what else was said (", adding that the company's Raybird ...").
   */
  private static final Pattern NOT_AN_AFFILIATION =
      Pattern.compile(
          "(?s)(?:\\b(?:said|says|told|added|in\\s+an\\s+interview)|"
              + OCCASION
              + "|,\\s*(?:adding|saying|noting|explaining|arguing|citing|pointing)\\b).*$");

  private static String dropLeadingTitles(String run) {
    String[] words = run.split("\\s+");
    int i = 0;
    while (i < words.length - 1
        && (TITLE_WORDS.matcher(words[i]).matches()
            || DEMONYMS.contains(words[i])
            || words[i].equals("AI")
            || words[i].equals("The"))) {
      i++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }

  private static boolean isTitleOrDemonym(String run) {
    for (String word : run.split("\\s+")) {
      String w = word.replaceAll("[.,]", "");
      if (!TITLE_WORDS.matcher(w).matches() && !DEMONYMS.contains(w) && !w.equals("AI")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> DEMONYMS =
      Set.of(
          "Chinese",
          "American",
          "Japanese",
          "Korean",
          "Taiwanese",
          "European",
          "British",
          "Indian",
          "German",
          "French",
          "Russian",
          "Vietnamese",
          "South");

  static String trimPunctuation(String s) {
    return s.strip().replaceAll("[\\s.,;:]+$", "").replaceAll("^[\\s,;:]+", "");
  }
}
