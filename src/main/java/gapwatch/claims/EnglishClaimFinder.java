package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * English rules: for each standing cue in a sentence, the subject is the nearest actor before it in
 * its clause, the reference the actor (or coordinated actors) right after it — or, when the text
 * leaves it out ("China is a year behind"), the other actor of the surrounding sentences. Cues
 * under a negation, a forecast or a question are turned or dropped as the annotation guidelines
 * say.
 */
final class EnglishClaimFinder {

  /** Clause breaks: a cue's actors are looked for within its clause. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          ";|:|\\s[—–]\\s|,?\\s+(?:while|whereas|but|although|though|however|yet)\\b|,\\s+and\\b"
              + "|,\\s+which\\b|\\.\\s");

  private static final Pattern NEGATION =
      Pattern.compile(
          "(?i)\\b(?:not|n't|n’t|never|no\\s+longer|hardly|nor)\\b\\W*(?:\\w+\\W+){0,2}$");

  private static final Pattern NO_LONGER =
      Pattern.compile("(?i)\\bno\\s+longer\\b\\W*(?:\\w+\\W+){0,2}$");

  private static final Pattern FORECAST =
      Pattern.compile(
          "(?i)\\b(?:will|would|could|might|may|shall|going\\s+to|aims?\\s+to|aiming\\s+to|plans?"
              + "\\s+to|hopes?\\s+to|wants?\\s+to|seeks?\\s+to|vow(?:s|ed)?\\s+to|pledge[sd]?\\s+to"
              + "|expected\\s+to|set\\s+to|poised\\s+to|likely\\s+to|bid\\s+to|race\\s+to|strive"
              + "\\s+to|in\\s+order\\s+to|afford\\s+to|risks?|risking|avoid|potential(?:ly)?"
              + "|ambition\\s+to|goal\\s+(?:is\\s+)?to|try(?:ing)?\\s+to|tries\\s+to|if|unless"
              + "|whether|could\\s+soon|soon)\\b\\W*(?:\\w+\\W+){0,3}$");

  /** Verbs that need the reference as their object: no object actor, no claim. */
  private static final Pattern NEEDS_OBJECT =
      Pattern.compile(
          "(?i)^(?:lead|leads|leading|led|outpac|surpass|overtak|overtook|outperform|outstrip"
              + "|outclass|eclips|leapfrog|outrank|outsell|outshin|overshadow|beat|top|crossed"
              + "|dominat|match|rival|trail|more|further|farther|superior|inferior|second|less"
              + "|cannot|can't|can’t|could|couldn|unable|struggl|fail|not|edge|advantage|head"
              + "|upper|superiority|dominance|has|have|had|hold|held|maintain|retain|enjoy|keep"
              + "|on|at|neck|level|comparable|as|equal|losing|lost|hot|gain|clos|narrow).*");

  /** Durations and dates that are not gaps. */
  private static final Pattern NOT_A_GAP_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:for|in|over|during|within|since|after|before|until|the\\s+(?:last|past|next"
              + "|first|coming)|(?:last|past|next|first|coming))\\s+(?:the\\s+)?(?:(?:last|past"
              + "|next|first|coming)\\s+)?(?:just\\s+|only\\s+)?$");

  private static final Pattern NOT_A_GAP_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:ago|earlier|later|from\\s+now|old|long|in\\s+a\\s+row|of\\s+(?:mass\\s+)?"
              + "(?:production|experience|work|development|research|growth)|running|straight)\\b");

  private final AmountParser amounts;
  private final Discourse discourse;

  EnglishClaimFinder(AmountParser amounts, Discourse discourse) {
    this.amounts = amounts;
    this.discourse = discourse;
  }

  List<Candidate> find(Sentence sentence, List<ActorMention> rawMentions) {
    String s = sentence.text();
    if (s.strip().endsWith("?")) {
      return List.of();
    }
    List<ActorMention> mentions = heads(s, rawMentions);
    List<AmountMention> found = amounts.find(s);
    List<Candidate> out = new ArrayList<>();
    for (Cue cue : EnglishCues.find(s)) {
      out.addAll(fromCue(sentence, cue, mentions, found));
    }
    return out;
  }

  private List<Candidate> fromCue(
      Sentence sentence, Cue cue, List<ActorMention> mentions, List<AmountMention> found) {
    String s = sentence.text();
    int[] clause = clause(s, cue);
    String before = s.substring(clause[0], cue.start());
    String cueText = s.substring(cue.start(), cue.end()).toLowerCase(Locale.ROOT);
    Relation relation = cue.relation();
    boolean negated = NEGATION.matcher(before).find() || cueText.startsWith("not");
    if (negated) {
      if (relation == Relation.AHEAD) {
        return List.of();
      }
      if (relation == Relation.BEHIND && !cueText.contains("catch")) {
        relation = Relation.PARITY;
      } else if (relation == Relation.PARITY) {
        relation = Relation.BEHIND;
      }
    }
    if (cueText.contains("caught up") && !negated && !NO_LONGER.matcher(before).find()) {
      relation = Relation.PARITY;
    }
    if (FORECAST.matcher(before).find() && isForecastSensitive(cueText, relation)) {
      return List.of();
    }
    if (cue.shape() == Cue.Shape.PAIR) {
      return pair(sentence, cue, relation, clause, mentions, found);
    }
    ActorMention subject = nearestBefore(mentions, clause[0], cue.start());
    String subjectName = subject == null ? pronounSubject(sentence, before) : subject.canonical();
    if (subjectName == null) {
      return List.of();
    }
    List<String> subjects = new ArrayList<>();
    if (subject != null) {
      coordinatedBefore(s, mentions, subject).forEach(m -> subjects.add(m.canonical()));
    }
    subjects.add(subjectName);
    List<ActorMention> refs = referencesAfter(s, mentions, cue.end(), clause[1]);
    boolean fromContext = false;
    List<String> refNames = new ArrayList<>();
    refs.forEach(r -> refNames.add(r.canonical()));
    if (refNames.isEmpty()) {
      if (NEEDS_OBJECT.matcher(cueText).matches() || cueText.endsWith("of")) {
        return List.of();
      }
      String other = discourse.otherActor(sentence.index(), subjectName, true);
      String inSentence = otherInSentence(mentions, subjectName);
      other = inSentence != null ? inSentence : other;
      if (other == null) {
        return List.of();
      }
      refNames.add(other);
      fromContext = true;
    }
    GapAmount amount = amountFor(s, cue, clause, found);
    int domainFrom = refs.isEmpty() ? cue.end() : refs.get(refs.size() - 1).end();
    String domain = DomainFinder.find(s, domainFrom, "en");
    List<Candidate> out = new ArrayList<>();
    for (String subj : subjects) {
      for (String ref : refNames) {
        if (!ref.equals(subj)) {
          out.add(
              new Candidate(
                  subj, ref, relation, amount, domain, sentence, fromContext, cue.start()));
        }
      }
    }
    return out;
  }

  /** Actors coordinated before the subject: "Russia and Iran are behind" gives Russia too. */
  private static List<ActorMention> coordinatedBefore(
      String s, List<ActorMention> mentions, ActorMention subject) {
    List<ActorMention> out = new ArrayList<>();
    int idx = mentions.indexOf(subject);
    int at = subject.start();
    for (int i = idx - 1; i >= 0; i--) {
      ActorMention m = mentions.get(i);
      String gap = s.substring(m.end(), at);
      if (!gap.matches("(?s)\\s*(?:,|,?\\s*(?:and|or|&))\\s*(?:the\\s+)?")) {
        break;
      }
      out.add(0, m);
      at = m.start();
    }
    return out;
  }

  private static boolean isForecastSensitive(String cueText, Relation relation) {
    if (cueText.contains("catch") || cueText.contains("gap")) {
      return false; // "will take two years to catch up" presupposes being behind
    }
    if (relation == Relation.BEHIND) {
      return cueText.contains("fall") || cueText.contains("fell") || cueText.contains("left");
    }
    return !cueText.startsWith("remain");
  }

  private List<Candidate> pair(
      Sentence sentence,
      Cue cue,
      Relation relation,
      int[] clause,
      List<ActorMention> mentions,
      List<AmountMention> found) {
    String s = sentence.text();
    List<ActorMention> inClause = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.start() >= clause[0] && m.end() <= clause[1]) {
        inClause.add(m);
      }
    }
    List<String> names = new ArrayList<>();
    for (ActorMention m : between(s, cue, inClause)) {
      if (!names.contains(m.canonical())) {
        names.add(m.canonical());
      }
    }
    GapAmount amount = amountFor(s, cue, clause, found);
    String domain = DomainFinder.find(s, cue.end(), "en");
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
    String a = names.get(0);
    String b = names.get(1);
    if (relation == Relation.BEHIND && LeaderPrior.leads(a, b)) {
      String t = a;
      a = b;
      b = t;
    }
    if (relation == Relation.BEHIND && amount == null && !fromContext) {
      // a bare "gap" without an amount is too weak a cue on its own
      return List.of();
    }
    return List.of(
        new Candidate(a, b, relation, amount, domain, sentence, fromContext, cue.start()));
  }

  /** "gap between X and Y": the two actors after "between"; else every actor of the clause. */
  private static List<ActorMention> between(String s, Cue cue, List<ActorMention> inClause) {
    Matcher m = BETWEEN.matcher(s);
    if (m.find(cue.end()) && m.start() - cue.end() < 40) {
      List<ActorMention> pair = new ArrayList<>();
      for (ActorMention a : inClause) {
        if (a.start() >= m.end() && pair.size() < 2) {
          pair.add(a);
        }
      }
      if (pair.size() == 2) {
        return pair;
      }
    }
    return inClause;
  }

  private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:between|separating)\\b");

  private static int[] clause(String s, Cue cue) {
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
    return new int[] {start, end};
  }

  /** Drops a demonym qualifying a named company ("Chinese start-up ModelBest" → ModelBest). */
  private static List<ActorMention> heads(String s, List<ActorMention> mentions) {
    List<ActorMention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      ActorMention m = mentions.get(i);
      if (m.demonym() && i + 1 < mentions.size()) {
        ActorMention next = mentions.get(i + 1);
        String between = s.substring(m.end(), next.start());
        if (next.kind() == ActorTable.Kind.COMPANY
            && between.length() < 40
            && !between.matches(".*[,;:.].*|.*\\b(?:and|or|than|to|with|over|of)\\b.*")) {
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }

  private static @Nullable ActorMention nearestBefore(
      List<ActorMention> mentions, int from, int to) {
    ActorMention best = null;
    for (ActorMention m : mentions) {
      if (m.start() >= from && m.end() <= to) {
        best = m;
      }
    }
    return best;
  }

  private @Nullable String pronounSubject(Sentence sentence, String before) {
    if (before.matches("(?is).*\\b(?:the\\s+country|the\\s+nation)\\b.*")) {
      return discourse.antecedent(sentence.index(), ActorTable.Kind.COUNTRY);
    }
    if (before.matches(
        "(?is).*\\b(?:the\\s+company|the\\s+firm|the\\s+group|the\\s+chipmaker)\\b.*")) {
      return discourse.antecedent(sentence.index(), ActorTable.Kind.COMPANY);
    }
    if (before.matches("(?is).*\\b(?:it|its|they|their)\\b.*")) {
      return discourse.antecedent(sentence.index(), null);
    }
    return null;
  }

  private static @Nullable String otherInSentence(List<ActorMention> mentions, String not) {
    for (ActorMention m : mentions) {
      if (!m.canonical().equals(not)) {
        return m.canonical();
      }
    }
    return null;
  }

  /** The actor right after the cue, and actors coordinated with it ("TSMC, Samsung and LG"). */
  private static List<ActorMention> referencesAfter(
      String s, List<ActorMention> mentions, int from, int to) {
    List<ActorMention> out = new ArrayList<>();
    int at = from;
    for (ActorMention m : mentions) {
      if (m.start() < from || m.end() > to) {
        continue;
      }
      String gap = s.substring(at, m.start());
      boolean adjacent =
          out.isEmpty()
              ? gap.matches(
                  "(?is)\\s*(?:(?:of|with|to|on|over|than|by|behind|against|from)\\s+)?(?:(?:that|those)"
                      + "\\s+of\\s+)?(?:(?:the|its|their|his|her|rival|rivals|neighbou?ring|current"
                      + "|leader|leaders|both|either|even|also|leading|top|global|mighty|giant"
                      + "|peers?|counterparts?|major|big|US|U\\.S\\.|\\w+-based)\\s+){0,4}")
              : gap.matches("(?is)\\s*(?:,|,?\\s*(?:and|or|as\\s+well\\s+as|&))\\s*(?:the\\s+)?");
      if (!adjacent) {
        break;
      }
      out.add(m);
      at = m.end();
    }
    return out;
  }

  private static @Nullable GapAmount amountFor(
      String s, Cue cue, int[] clause, List<AmountMention> found) {
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
      int distance = a.end() <= cue.start() ? cue.start() - a.end() : a.start() - cue.end();
      if (distance < 0) {
        distance = 0;
      }
      boolean before = a.end() <= cue.start();
      String between =
          before ? s.substring(a.end(), cue.start()) : s.substring(cue.end(), a.start());
      boolean plausible =
          before
              ? between.matches("(?is)\\s*(?:[\\w-]+\\s+){0,3}")
              : between.matches(
                  "(?is).{0,60}?\\b(?:by|of|is|are|was|remains?|stands?\\s+at|at|still|only|just"
                      + "|now|put|puts|estimated|reaches|around|about|to|than|as\\s+long\\s+as)\\s*"
                      + "(?:\\w+\\s+){0,2}|\\s*");
      if (plausible && distance < bestDistance) {
        best = a;
        bestDistance = distance;
      }
    }
    return best == null ? null : best.amount();
  }
}
