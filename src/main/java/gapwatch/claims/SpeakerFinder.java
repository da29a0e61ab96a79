package gapwatch.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds who a claim is attributed to in English news: "..., X said", "X said (that) ...",
 * "according to X", "X believes", with the apposition that gives X's affiliation ("Li Dahai,
 * co-founder and CEO of ModelBest, said"); "he said" resolved to the person named before; unnamed
 * sources ("experts", "analysts") give no speaker. Thread-safe.
 */
final class SpeakerFinder {

  private static final String SPEECH =
      "(?:said|says|say|told|tells|added|adds|noted|notes|argued|argues|argue|warned|warns"
          + "|estimated|estimates|estimate|believes|believe|believed|wrote|writes|explained"
          + "|explains|stated|states|claimed|claims|claim|thinks|think|thought|predicted|predicts"
          + "|acknowledged|acknowledges|admitted|admits|insisted|insists|observed|observes"
          + "|pointed\\s+out|points\\s+out|reckons|reckoned|contends|contended|maintains"
          + "|maintained|suggested|suggests|asserted|asserts|concluded|concludes|found|finds"
          + "|shows|showed|reported|reports|puts|put|calculated|calculates|assessed|assesses"
          + "|judged|judges|reckon|stressed|stresses|emphasized|emphasised|commented|remarked"
          + "|agreed|agrees|conceded|concedes|confirmed|confirms|declared|declares|testified)";

  /** A run of capitalised words: a name, possibly with initials, particles or hyphens. */
  private static final String NAME =
      "(?:[A-Z][\\p{L}’'.-]*|de|van|von|bin|al|da|le)(?:\\s+(?:[A-Z][\\p{L}’'.-]*|de|van|von"
          + "|bin|al|da|le|\\([^)]{2,40}\\))){0,5}";

  private static final Pattern AFTER =
      Pattern.compile(
          "[,”\"’]\\s*(?:(?:he|she|they)\\s+"
              + SPEECH
              + "|("
              + NAME
              + ")\\s*(,[^,]{2,140},)?\\s*"
              + SPEECH
              + "|"
              + SPEECH
              + "\\s+("
              + NAME
              + ")(\\s*,[^,.]{2,140})?)");

  private static final Pattern PRONOUN_AFTER =
      Pattern.compile("[,”\"’]\\s*(?:he|she)\\s+" + SPEECH + "\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern ACCORDING =
      Pattern.compile(
          "\\b(?:according\\s+to|per|citing)\\s+(?:(?:a|an|the)\\s+)?(?:(?:new|recent|latest)\\s+)?"
              + "(?:(?:report|study|paper|survey|analysis|research|data|estimates?|reporting"
              + "|figures|benchmarks?)\\s+(?:released\\s+\\w+\\s+)?(?:by|from|of)\\s+)?(?:the\\s+)?("
              + NAME
              + ")");

  private static final Pattern BEFORE =
      Pattern.compile(
          "(?:^|[,;:]\\s*|\\b(?:and|but|as|while)\\s+)(?:(?:the|a)\\s+)?("
              + NAME
              + ")(\\s*,[^,]{2,140},)?\\s+(?:also\\s+|has\\s+|had\\s+|have\\s+|previously\\s+"
              + "|openly\\s+|recently\\s+|once\\s+|then\\s+)?"
              + SPEECH
              + "\\b");

  private static final Pattern NAME_OF_ORG =
      Pattern.compile("\\s+(?:of|at|from)\\s+(?:the\\s+)?(" + NAME + ")");

  private static final Set<String> UNNAMED =
      Set.of(
          "experts",
          "analysts",
          "sources",
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
          "the",
          "this",
          "that",
          "data",
          "studies",
          "scientists",
          "engineers",
          "investors",
          "executives",
          "commentators",
          "economists");

  private static final Set<String> NOT_PEOPLE =
      Set.of(
          "Post",
          "Reuters",
          "Bloomberg",
          "Xinhua",
          "Weibo",
          "Twitter",
          "X",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "When",
          "While",
          "But",
          "And",
          "The",
          "This",
          "That",
          "It",
          "In",
          "On",
          "At",
          "As",
          "However",
          "Meanwhile");

  private final ActorTable actors;

  SpeakerFinder(ActorTable actors) {
    this.actors = actors;
  }

  /**
   * The speaker of a claim in {@code sentence}, looking also at the sentences before it.
   *
   * @param sentences the discourse's sentences
   * @param index the claim sentence's index
   */
  @Nullable Speaker find(List<Sentence> sentences, int index) {
    String s = sentences.get(index).text();
    Speaker sp = inSentence(s);
    if (sp != null) {
      return sp;
    }
    if (PRONOUN_AFTER.matcher(s).find() || startsWithPronounSpeech(s)) {
      for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
        Speaker prev = inSentence(sentences.get(i).text());
        if (prev == null) {
          prev = introducedPerson(sentences.get(i).text());
        }
        if (prev != null) {
          return prev;
        }
      }
    }
    return null;
  }

  /** A person introduced with an apposition: "Park Ji-won, a robotics professor at X, ...". */
  private static final Pattern INTRODUCED =
      Pattern.compile("(" + NAME + ")\\s*,\\s*((?:a|an|the)\\s+[^,]{2,140}),");

  private @Nullable Speaker introducedPerson(String s) {
    Matcher m = INTRODUCED.matcher(s);
    while (m.find()) {
      if (m.group(1).strip().split("\\s+").length >= 2) {
        Speaker sp = speaker(m.group(1), m.group(2), "");
        if (sp != null && actors.canonical(sp.name()).isEmpty()) {
          return sp;
        }
      }
    }
    return null;
  }

  private static boolean startsWithPronounSpeech(String s) {
    return s.matches("(?is)^[“\"]?(?:he|she)\\s+" + SPEECH + "\\b.*");
  }

  @Nullable Speaker inSentence(String s) {
    Matcher m = ACCORDING.matcher(s);
    if (m.find()) {
      Speaker sp = speaker(m.group(1), null, s.substring(m.end()));
      if (sp != null) {
        return sp;
      }
    }
    m = AFTER.matcher(s);
    while (m.find()) {
      if (m.group(1) != null) {
        Speaker sp = speaker(m.group(1), m.group(2), "");
        if (sp != null) {
          return sp;
        }
      } else if (m.group(3) != null) {
        Speaker sp =
            speaker(m.group(3), null, m.group(4) == null ? s.substring(m.end(3)) : m.group(4));
        if (sp != null) {
          return sp;
        }
      }
    }
    m = BEFORE.matcher(s);
    while (m.find()) {
      Speaker sp = speaker(m.group(1), m.group(2), "");
      if (sp != null) {
        return sp;
      }
    }
    return null;
  }

  private @Nullable Speaker speaker(String rawName, @Nullable String apposition, String after) {
    String name = trimPunctuation(rawName).replaceAll("[’']s$", "");
    name = name.replaceAll("^(?:Dr|Mr|Mrs|Ms|Prof|Professor)\\.?\\s+", "");
    String first = name.split("\\s+")[0];
    if (name.isEmpty()
        || UNNAMED.contains(first.toLowerCase(Locale.ROOT))
        || NOT_PEOPLE.contains(first)) {
      return null;
    }
    String affiliation = affiliation(apposition != null ? apposition : after);
    if (affiliation == null && !after.isBlank()) {
      Matcher of = NAME_OF_ORG.matcher(after);
      if (of.lookingAt()) {
        affiliation = trimPunctuation(of.group(1));
      }
    }
    return new Speaker(name, affiliation);
  }

  /** A run of capitalised words, with "of", "for", "and", "&" and "(ABC)" inside it. */
  private static final Pattern CAPITALISED_RUN =
      Pattern.compile(
          "\\p{Lu}[\\p{L}\\p{N}&.’'-]*(?:\\s+(?:(?:of|for|and|&|de|the)\\s+)*(?:\\p{Lu}"
              + "[\\p{L}\\p{N}&.’'-]*|\\([\\p{Lu}\\p{N}&.-]{2,12}\\)))*");

  /** Words that make a title, not an organisation. */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "CEO",
          "CTO",
          "CFO",
          "COO",
          "Chief",
          "Executive",
          "Officer",
          "President",
          "Vice",
          "Chairman",
          "Chairwoman",
          "Director",
          "Founder",
          "Co-founder",
          "Professor",
          "Dr",
          "Head",
          "Senior",
          "Managing",
          "Partner",
          "Analyst",
          "Minister",
          "Secretary",
          "General",
          "Deputy",
          "AI",
          "Mr",
          "Ms",
          "Mrs",
          "Prof",
          "Principal",
          "Lead",
          "Research",
          "Fellow");

  /** The organisation in an apposition: its last capitalised run that is not a title. */
  static @Nullable String affiliation(String apposition) {
    if (apposition.isBlank()) {
      return null;
    }
    Matcher m = CAPITALISED_RUN.matcher(apposition);
    String last = null;
    while (m.find()) {
      String run = trimPunctuation(m.group());
      if (!isTitleOrDemonym(run)) {
        last = dropLeadingTitles(run);
      }
    }
    return last;
  }

  private static String dropLeadingTitles(String run) {
    String[] words = run.split("\\s+");
    int i = 0;
    while (i < words.length - 1
        && (TITLE_WORDS.contains(words[i]) || DEMONYMS.contains(words[i]))) {
      i++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }

  private static boolean isTitleOrDemonym(String run) {
    for (String word : run.split("\\s+")) {
      String w = word.replaceAll("[.,]", "");
      if (!TITLE_WORDS.contains(w) && !DEMONYMS.contains(w)) {
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
          "US",
          "U.S.");

  static String trimPunctuation(String s) {
    return s.strip().replaceAll("[\\s.,;:]+$", "");
  }
}
