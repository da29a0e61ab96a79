package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English standing language: each pattern names a relation of the actor before it to the actor
 * after it. Look-alikes that state no standing between actors ("behind schedule", "ahead of the
 * launch", "lagging behind its own targets") are excluded here or by the need for two actors.
 */
final class EnglishCues {

  private record Def(Pattern pattern, Relation relation, Cue.Shape shape) {}

  private static final String NOT_ACTOR_AFTER_BEHIND =
      "(?!\\s+(?:schedule|the\\s+scenes|closed\\s+doors|the\\s+wheel|bars|the\\s+curve|its\\s+own"
          + "|their\\s+own|his|her|them|him|us\\b|me\\b|it\\b|the\\s+times|expectations|targets?"
          + "|plans?|estimates|forecasts?|budget|the\\s+push|the\\s+move|the\\s+attack|the\\s+deal"
          + "|the\\s+project|the\\s+effort|the\\s+scheme|the\\s+plan|the\\s+idea|the\\s+decision))";

  private static final List<Def> DEFS =
      List.of(
          def(
              "\\b(?:fall(?:s|ing|en)?|fell|left|lagg(?:ing|ed)|lags?|trail(?:s|ed|ing)?|is"
                  + "|are|was|were|remains?|remained|stays?|stayed|be|been|being|still|now|far"
                  + "|well|way|significantly|slightly|somewhat|not\\s+far)?\\s*behind\\b"
                  + NOT_ACTOR_AFTER_BEHIND,
              Relation.BEHIND),
          def("\\blag(?:s|ged|ging)?\\b(?!\\s+behind)", Relation.BEHIND),
          def("\\blate\\s+(?:compared\\s+(?:with|to)|relative\\s+to|behind)", Relation.BEHIND),
          def("\\btrail(?:s|ed|ing)?\\b(?!\\s+behind)", Relation.BEHIND),
          def("\\blosing\\s+ground\\s+to\\b|\\blost\\s+ground\\s+to\\b", Relation.BEHIND),
          def("\\bhot\\s+on\\s+the\\s+heels\\s+of\\b", Relation.BEHIND),
          def("\\b(?:catch(?:es|ing)?|caught)\\s+up\\b(?:\\s+(?:with|to|on))?", Relation.BEHIND),
          def(
              "\\b(?:clos|narrow)(?:e|es|ed|ing|s)?\\s+(?:the|its|their|this|that)\\s+"
                  + "(?:\\w+\\s+){0,2}gap\\b(?:\\s+(?:with|to|on))?",
              Relation.BEHIND),
          def("\\bgain(?:s|ed|ing)?\\s+ground\\b(?:\\s+on)?", Relation.BEHIND),
          def("\\b(?:inferior|second)\\s+to\\b|\\bless\\s+advanced\\s+than\\b", Relation.BEHIND),
          def(
              "\\b(?:cannot|can't|can’t|could\\s+not|couldn't|unable\\s+to|struggle\\s+to"
                  + "|struggles\\s+to|struggling\\s+to|fail(?:s|ed)?\\s+to|not\\s+able\\s+to)\\s+"
                  + "(?:\\w+\\s+)?(?:match|rival|compete\\s+with|keep\\s+up\\s+with)\\b",
              Relation.BEHIND),
          def("\\bahead\\s+of\\b|\\bahead\\b(?!\\s+of)", Relation.AHEAD),
          def("\\blead(?:s|ing)?\\b|\\bled\\b", Relation.AHEAD),
          def(
              "\\b(?:edge|advantage|head\\s+start|upper\\s+hand|lead|superiority|dominance)"
                  + "\\s+(?:over|on)\\b",
              Relation.AHEAD),
          def(
              "\\b(?:has|have|had|holds?|held|maintains?|retains?|enjoys?|keeps?)\\s+(?:an?|the"
                  + "|its|their)?\\s*(?:\\w+\\s+){0,2}(?:edge|advantage|lead|head\\s+start)\\b",
              Relation.AHEAD),
          def(
              "\\b(?:outpac|surpass|overtak|outperform|outstrip|outclass|eclips|leapfrog|outrank"
                  + "|outsell|outshin|overshadow)\\w*\\b|\\bovertook\\b|\\bbeat(?:s|ing|en)?\\b"
                  + "|\\btop(?:s|ped)\\b|\\bcrossed\\b",
              Relation.AHEAD),
          def(
              "\\b(?:more\\s+advanced|further\\s+along|farther\\s+along|superior)\\b"
                  + "(?:\\s+(?:than|to))?",
              Relation.AHEAD),
          def("\\b(?:dominat(?:e|es|ed|ing))\\b", Relation.AHEAD),
          def(
              "\\b(?:on\\s+(?:a\\s+)?par|at\\s+par|neck\\s+and\\s+neck|level\\s+with|comparable"
                  + "\\s+to|as\\s+good\\s+as|equal\\s+to|on\\s+the\\s+same\\s+level|on\\s+equal"
                  + "\\s+footing)\\b(?:\\s+with)?",
              Relation.PARITY),
          def("\\b(?:match(?:es|ed|ing)?|rival(?:s|ed|led|ing)?)\\b", Relation.PARITY),
          pair(
              "\\b(?:no|little|almost\\s+no|hardly\\s+any|not\\s+much\\s+of\\s+a|not\\s+a)\\s+"
                  + "(?:\\w+\\s+){0,2}(?:gap|difference|disparity)\\b",
              Relation.PARITY),
          pair("\\b(?:gap|lag|difference|disparity|distance|divide)\\b", Relation.BEHIND));

  private static Def def(String regex, Relation r) {
    return new Def(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE), r, Cue.Shape.SUBJECT_CUE_REFERENCE);
  }

  private static Def pair(String regex, Relation r) {
    return new Def(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), r, Cue.Shape.PAIR);
  }

  /** A quick test: whether the sentence could hold standing language at all. */
  static final Pattern PREFILTER =
      Pattern.compile(
          "(?i)behind|ahead|\\blate\\b|\\blag|trail|\\blead|\\bled\\b|edge|advantage|head start|catch|caught"
              + "|gap|ground|inferior|superior|second to|match|rival|outpac|surpass|overtak"
              + "|overtook|outperform|outstrip|outclass|eclips|leapfrog|beat|\\btop|crossed"
              + "|advanced|further along|dominan|dominat|par\\b|neck and neck|level with"
              + "|comparable|as good as|equal|difference|disparity|heels|upper hand|outrank"
              + "|outsell|distance|divide");

  private EnglishCues() {}

  /** Every cue in the sentence, left to right; overlapping cues keep the longest. */
  static List<Cue> find(String sentence) {
    List<Cue> all = new ArrayList<>();
    for (Def d : DEFS) {
      Matcher m = d.pattern().matcher(sentence);
      while (m.find()) {
        if (m.end() > m.start()) {
          all.add(new Cue(d.relation(), m.start(), m.end(), d.shape()));
        }
      }
    }
    all.sort(
        java.util.Comparator.comparingInt(Cue::start).thenComparing(c -> -(c.end() - c.start())));
    List<Cue> out = new ArrayList<>();
    for (Cue c : all) {
      if (out.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
        out.add(c);
      }
    }
    return out;
  }
}
