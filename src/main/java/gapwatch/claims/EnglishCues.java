package gapwatch.claims;

import gapwatch.claims.Cue.Fallback;
import gapwatch.claims.Cue.Frame;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English standing language (annotation guidelines §1): each pattern names the relation of the
 * actor before it to the actor after it, and where an omitted reference may be found. Look-alikes
 * that state no standing between actors ("behind schedule", "ahead of the launch", "lagging behind
 * its own targets") fail for want of an actor where the reference should be.
 */
final class EnglishCues {

  private record Def(
      Pattern pattern, Relation relation, Frame frame, Fallback fallback, Set<String> verbs) {
    Def verbs(String... lemmas) {
      return new Def(pattern, relation, frame, fallback, Set.of(lemmas));
    }
  }

  private static final List<Def> DEFS =
      List.of(
          // behind
          obj(
              "\\b(?:fall(?:s|ing|en)?|fell|left|lagg(?:ing|ed)|lags?|trail(?:s|ed|ing)?"
                  + "|(?:is|are|was|were|remains?|remained|stays?|stayed|be|been|being|still|now"
                  + "|far|well|way|significantly|slightly|somewhat|not\\s+far|years|decades|months"
                  + "|generations?)\\s+)*behind\\b(?![-‐])",
              Relation.BEHIND,
              Fallback.CONTEXT),
          obj(
                  "(?<!\\b(?:the|a|its|this|that|their)\\s)\\blag(?:s|ged|ging)?\\b(?!\\s+(?:far\\s+|well\\s+|way\\s+)?behind)",
                  Relation.BEHIND,
                  Fallback.CONTEXT)
              .verbs("lag"),
          // "Chinese models trailed by 17.5 percentage points": the one ahead is named before
          obj(
                  "\\btrail(?:s|ed|ing)?\\b(?=\\s+by\\s+(?:about|around|roughly|nearly|almost|some|just"
                      + "|only|more\\s+than|less\\s+than|over|under)?\\s*(?:\\d|an?\\s|one|two|three|four"
                      + "|five|six|seven|eight|nine|ten|half|several|a\\s+few))",
                  Relation.BEHIND,
                  Fallback.CONTEXT)
              .verbs("trail"),
          obj(
                  "\\btrail(?:s|ed|ing)?\\b(?!\\s+(?:far\\s+|well\\s+)?behind)",
                  Relation.BEHIND,
                  Fallback.NONE)
              .verbs("trail"),
          obj("\\b(?:losing|lost|lose|loses)\\s+ground\\s+to\\b", Relation.BEHIND, Fallback.NONE),
          obj("\\bhot\\s+on\\s+the\\s+heels[”\"’']?\\s+of\\b", Relation.BEHIND, Fallback.NONE),
          // "CATL still leads ..., but BYD is hot on its heels": the one whose heels, named before
          obj(
              "\\bhot\\s+on\\s+(?:its|their|his|her)\\s+heels\\b",
              Relation.BEHIND,
              Fallback.SENTENCE),
          obj(
              // not "to catch up on stalled talks": news, not a rival
              // "still playing catch-up with Taiwan"
              "\\bplay(?:s|ed|ing)?\\s+catch[-\\s]up(?:\\s+(?:with|to))?|\\b(?:catch(?:es|ing)?|caught)\\s+up\\b(?!\\s+on\\s+(?:the\\s+|stalled\\s+|their\\s+|its\\s+)?"
                  + "(?:talks|news|sleep|work|emails?|reading|paperwork|the\\s+latest))(?:\\s+(?:with|to|on))?",
              Relation.BEHIND,
              Fallback.CONTEXT),
          obj(
              "\\b(?:clos|narrow|shrink|bridg|fill)(?:e|es|ed|ing|s|ung)?\\s+(?:the|its|their"
                  // not "close the funding gap": money, not a standing
                  + "|this|that|a)\\s+(?!(?:funding|financing|trade|budget|fiscal|wage|pay|skills?|gender"
                  + "|digital|investment|infrastructure)[\\s-])(?:[\\w-]+\\s+){0,2}(?:gap|lead|distance)\\b"
                  + "(?:\\s+(?:with|to|on|between))?",
              Relation.BEHIND,
              Fallback.CONTEXT),
          obj("\\bgain(?:s|ed|ing)?\\s+ground\\b(?:\\s+on)?", Relation.BEHIND, Fallback.CONTEXT),
          obj(
              "\\binferior\\s+to\\b|\\bless\\s+advanced\\s+than\\b|\\bsecond\\s+(?:only\\s+)?to\\b"
                  + "|\\bbehind\\s+only\\b",
              Relation.BEHIND,
              Fallback.NONE),
          obj(
              "\\b(?:ranks?|ranked|ranking|placed|places|comes?|came|sits?|sat)\\s+(?:\\w+\\s+){0,3}"
                  + "(?:after|below|behind)\\b"
                  // "though it remained below Anthropic's top model"
                  + "|\\b(?:remain(?:s|ed)?|stays?|stayed|is|was|are|were)\\s+(?:still\\s+|just\\s+|well\\s+)?below\\b",
              Relation.BEHIND,
              Fallback.NONE),
          // "ranked fourth in the European Union for digital public services, below Estonia"
          obj(
              "\\b(?:ranks?|ranked|placed|places|comes?|came|sits?|sat)\\s+(?:first|second|third|fourth"
                  + "|fifth|sixth|seventh|eighth|ninth|tenth|No\\.\\s*\\d+|\\d+(?:st|nd|rd|th))\\b[^;.]{0,80}?"
                  + ",?\\s+(?:after|below|behind)\\b",
              Relation.BEHIND,
              Fallback.NONE),
          // "the second-largest 5G market after China": a rank below the one named
          obj(
              "\\b(?:second|third|fourth|fifth|No\\.\\s*[2-5]|number\\s+(?:two|three))[- ]"
                  + "(?:largest|biggest|most\\s+\\w+|best|strongest|highest|leading)\\s+"
                  + "(?:[\\w-]+\\s+){0,4}?(?:after|behind)\\b",
              Relation.BEHIND,
              Fallback.NONE),
          obj(
              "\\b(?:getting|got|gets|get|come|comes|came|coming|edging|inching|drawing|drew)\\s+"
                  + "(?:(?:very|ever|increasingly|much|quite|remarkably)\\s+)?(?:close|closer)\\s+to\\b"
                  + "|\\bclos(?:e|es|ed|ing)\\s+in\\s+on\\b",
              Relation.BEHIND,
              Fallback.NONE),
          obj(
              "\\b(?:cannot|can't|can’t|could\\s+not|couldn't|couldn’t|unable\\s+to|(?:will\\s+)?"
                  + "struggl(?:e|es|ed|ing)\\s+to|fail(?:s|ed)?\\s+to|not\\s+able\\s+to|(?:is|are)"
                  + "\\s+no\\s+match\\s+for|yet\\s+to)\\s+(?:\\w+\\s+)?(?:match|rival|compete\\s+with"
                  + "|keep\\s+up\\s+with|equal|reach)\\b",
              Relation.BEHIND,
              Fallback.CONTEXT),
          obj("\\bno\\s+match\\s+for\\b", Relation.BEHIND, Fallback.NONE),
          obj(
              "\\b(?:(?:has|have|had)\\s+)?lost\\s+(?:its|their|the)\\s+(?:[\\w-]+\\s+)?(?:lead|edge|crown|top\\s+spot)\\s+to\\b",
              Relation.BEHIND,
              Fallback.NONE),
          obj(
              // not "running months late": a schedule slipping, nobody ahead
              "(?<!\\brunning\\s)(?<!\\bruns\\s)(?<!\\bran\\s)\\b(?!(?:running|runs|ran)\\b)(?:\\d+(?:\\.\\d+)?|[\\w-]+)\\s+(?:years?|months?|decades?)\\s+late\\b"
                  + "(?:\\s+(?:compared\\s+(?:with|to)|relative\\s+to|behind))?",
              Relation.BEHIND,
              Fallback.CONTEXT),
          obj(
              "\\b(?:take|takes|took|taking|need|needs|needed|require|requires|required)\\s+"
                  + "(?:[\\w'’-]+\\s+){0,8}?(?:years?|months?|decades?)\\s+(?:for\\s+\\w+\\s+)?(?:to"
                  + "|before|until)\\s+(?:[\\w’']+\\s+){0,4}?(?:catch(?:es|ing)?\\s+up(?:\\s+(?:with"
                  + "|to|on))?|match|rival|reach|close|equal)\\b",
              Relation.BEHIND,
              Fallback.CONTEXT),
          // ahead
          obj("(?<![-‐])\\bahead\\s+of\\b(?![-‐])", Relation.AHEAD, Fallback.NONE),
          obj(
              "\\b(?:(?:is|are|was|were|remains?|remained|stays?|stayed|be|been|being|still|now|as"
                  + "|far|well|way|significantly|slightly|years|decades|months|generations?|miles"
                  + "|streets|light-years|quite|(?:a|one|\\d+)\\s+(?:decade|year|month|generation"
                  + "|step|notch|node)|steps|notches|nodes)\\s+)+ahead\\b(?!\\s+of|[-‐])",
              Relation.AHEAD,
              Fallback.CONTEXT),
          obj(
                  // not the adjective: "the leading US systems"
                  "(?<!\\b(?:the|a|an|its|their|our|his|her|world's|world’s)\\s)\\b(?:lead(?:s|ing)?|led)\\b(?![-‐]|\\s+(?:to|by|the\\s+(?:world|pack|market|industry"
                      // "\\b": not the "To" of "leads Toyota" or the "BY" of "leads BYD"
                      + "|charge|race|field|sector|segment|rankings?)|globally|worldwide|investors)\\b"
                      // "leads China's open-source model rankings": first in a list, no rival
                      + "|\\s+(?-i:\\p{Lu})[\\w.-]*['’]s\\s+(?:[\\w-]+\\s+){0,3}(?:rankings?|charts?|league\\s+tables?"
                      + "|leaderboards?|lists?|index)\\b)"
                      // "Airbus leads a consortium of European companies": heads a group
                      + "(?!\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:consortium|group|team|project"
                      + "|coalition|round|alliance|bid|effort|initiative|delegation|push|campaign|programme"
                      + "|program|venture|partnership|syndicate)\\b)",
                  Relation.AHEAD,
                  Fallback.CONTEXT)
              .verbs("lead"),
          obj(
              // not "has lost its lead over Washington": a lead that is gone asserts none
              "(?<!\\blost\\s(?:its|their|the)\\s)(?<!\\blosing\\s(?:its|their|the)\\s)\\b(?:edge"
                  + "|advantage|lead|head\\s+start|upper\\s+hand|superiority|dominance|supremacy)\\s+"
                  + "(?:over|on)\\b",
              Relation.AHEAD,
              Fallback.NONE),
          // "Nvidia's chips kept their lead in training runs": over the rival just named
          obj(
              "\\b(?:kept|keeps|keep|retained|retains|retain|maintained|maintains|maintain|extended"
                  + "|extends|held\\s+on\\s+to)\\s+(?:its|their|his|her)\\s+(?:[\\w-]+\\s+)?(?:lead|edge"
                  + "|advantage)\\b(?!\\s+(?:over|on|of)\\b)",
              Relation.AHEAD,
              Fallback.CONTEXT),
          // "gives Moscow a lead of several years over the United States"
          obj(
              "\\b(?:edge|advantage|lead|head\\s+start)\\s+of\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly"
                  + "\\s+|some\\s+|at\\s+least\\s+|more\\s+than\\s+|up\\s+to\\s+)?(?:[\\w.-]+\\s+){1,3}?(?:years?"
                  + "|months?|decades?|generations?)\\s+(?:over|on)\\b",
              Relation.AHEAD,
              Fallback.NONE),
          // "the United States retains a lead of several years": the one behind is named before
          obj(
              "\\b(?:has|have|had|holds?|held|maintains?|maintained|retains?|retained|enjoys?"
                  + "|enjoyed|keeps?|kept)\\s+(?:an?|the|its|their)?\\s*(?:[\\w-]+\\s+){0,2}?(?:edge|advantage"
                  + "|lead|head\\s+start)\\s+of\\s+(?:about|around|roughly|nearly|almost|some|at\\s+least"
                  + "|more\\s+than|over|up\\s+to)?\\s*(?:\\d|an?\\s|one|two|three|four|five|six|seven|eight"
                  + "|nine|ten|half|several|a\\s+few|many)[\\w.-]*(?:\\s+[\\w-]+){0,3}?\\s+(?:years?|months?"
                  + "|decades?)\\b(?![^,.;]*\\b(?:over|on)\\b)",
              Relation.AHEAD,
              Fallback.CONTEXT),
          obj(
              "\\b(?:has|have|had|holds?|held|maintains?|maintained|retains?|retained|enjoys?"
                  + "|enjoyed|keeps?|kept|gained|gains|built|builds|extended|extends|widened"
                  + "|widens)\\s+(?:an?|the|its|their|his|her)?\\s*(?:[\\w-]+\\s+){0,3}?(?:edge"
                  + "|advantage|lead|head\\s+start|upper\\s+hand)\\b(?!\\s+(?:over|on)\\b)",
              Relation.AHEAD,
              Fallback.SENTENCE),
          obj(
              "\\b(?:outpac|surpass|overtak|outperform|outstrip|outclass|eclips|leapfrog|outrank"
                  + "|outsell|outshin|overshadow|outmatch|outgun|outdo|outdid|outcompet|outproduc"
                  + "|outbuil|outship|outinnovat)\\w*\\b"
                  + "|\\bovertook\\b|\\boutsold\\b|\\boutran\\b|\\boutgrew\\b|\\bbeat(?:s|ing|en)?\\b(?!\\s+(?:[\\w'’]+\\s+){0,2}(?:expectations|estimates"
                  + "|forecasts|consensus|the\\s+odds))|\\btop(?:s|ped)\\b|\\bcrossed\\b|\\bedg(?:e|es|ed|ing)\\s+out\\b"
                  + "|\\bleft\\s+(?:\\w+\\s+){0,2}in\\s+the\\s+dust\\b",
              Relation.AHEAD,
              Fallback.NONE),
          obj(
              "\\b(?:more\\s+advanced|further\\s+along|farther\\s+along|further\\s+ahead"
                  + "|technologically\\s+superior|superior)\\s+(?:than|to)\\b",
              Relation.AHEAD,
              Fallback.NONE),
          obj("\\bsuperior\\b(?!\\s+(?:than|to)\\b)", Relation.AHEAD, Fallback.SENTENCE),
          obj(
              "\\b(?:leaps\\s+and\\s+bounds|light-years|miles|head\\s+and\\s+shoulders|way|far)"
                  + "\\s+(?:above|ahead\\s+of)\\b",
              Relation.AHEAD,
              Fallback.NONE),
          obj("\\bdominat(?:e|es|ed|ing)\\b", Relation.AHEAD, Fallback.NONE).verbs("dominate"),
          // parity
          obj(
              "\\b(?:on\\s+(?:a\\s+)?par|at\\s+par|neck\\s+and\\s+neck|level\\s+with|comparable"
                  + "\\s+(?:to|with)|as\\s+good\\s+as|equal\\s+to|on\\s+the\\s+same\\s+level|on"
                  + "\\s+equal\\s+footing|in\\s+the\\s+same\\s+league|on\\s+a\\s+level)\\b"
                  + "(?:\\s+(?:with|as))?",
              Relation.PARITY,
              Fallback.SENTENCE),
          obj(
                  // "while rival NetEase reports next week": the noun, not the verb
                  "\\b(?:match(?:es|ed|ing)?|(?<!\\b(?:while|its|their|a|the|and|as|with|of|his|her)\\s)"
                      + "(?:(?<!(?-i:\\p{Lu})[\\p{L}\\p{N}.]{1,20}\\s)rival(?:s|ed|led|ing)?"
                      // "DeepSeek's R1 rivals OpenAI's o1": after a name, the verb; but "Chinese
                      // rivals Xiaomi and Oppo" is the noun after a demonym
                      // (lower case: "Marvel Rivals" is a game)
                      + "|(?<!(?:ese|ian|can|ish|nch|tch|ean|ss)\\s)(?-i:rivals)))\\b(?!\\s+(?:products|firms"
                      + "|companies|offerings))",
                  Relation.PARITY,
                  Fallback.NONE)
              .verbs("match", "rival"),
          pair(
              "\\b(?:no(?:\\s+longer\\s+(?:any|a))?|little|almost\\s+no|hardly\\s+any|not\\s+much\\s+of\\s+a|virtually\\s+no"
                  + "|essentially\\s+no|nearly\\s+no|zero)\\s+(?:\\w+\\s+){0,2}(?:gap|difference"
                  + "|disparity)\\b",
              Relation.PARITY),
          // "Japan's trade gap with China": an economic balance, not a standing
          pair(
              "(?<!\\b(?:trade|wage|gender|budget|fiscal|funding|financing|pay|price|income|wealth"
                  + "|yield|valuation|output)[\\s-])\\b(?:gap|lag|difference|disparity|distance|divide"
                  + "|chasm)\\b",
              Relation.BEHIND));

  private static Def obj(String regex, Relation r, Fallback fallback) {
    return new Def(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE), r, Frame.OBJECT, fallback, Set.of());
  }

  private static Def pair(String regex, Relation r) {
    return new Def(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
        r,
        Frame.PAIR,
        Fallback.CONTEXT,
        Set.of());
  }

  /** A quick test: whether the sentence could hold standing language at all. */
  static final Pattern PREFILTER =
      Pattern.compile(
          "(?i)behind|ahead|\\blag|trail|\\blead|\\bled\\b|edge|advantage|head start|catch|caught"
              + "|gap|ground|inferior|superior|second|match|rival|outpac|surpass|overtak|overtook"
              + "|outperform|outstrip|outclass|eclips|leapfrog|beat|\\btop|crossed|advanced"
              + "|further along|dominan|dominat|par\\b|neck and neck|level with|comparable"
              + "|as good as|equal|difference|disparity|heels|upper hand|outrank|outsell|outsold|outran|outgrew|distance"
              + "|divide|\\blate\\b|\\branks?\\b|ranked|\\babove\\b|outshin|overshadow|outmatch"
              + "|outgun|outdo|outdid|outcompet|outproduc|outbuil|outship|outinnovat|chasm"
              + "|supremacy|same league|dust|punch|after"
              + "|below|narrow|clos|\\breach|\\bneeds?\\b|\\btakes?\\b|\\btook\\b|\\brequires?\\b");

  private EnglishCues() {}

  /** Every cue in the sentence, left to right; overlapping cues keep the longest. */
  static List<Cue> find(String sentence) {
    List<Cue> all = new ArrayList<>();
    for (Def d : DEFS) {
      Matcher m = d.pattern().matcher(sentence);
      while (m.find()) {
        if (m.end() > m.start()) {
          all.add(new Cue(d.relation(), m.start(), m.end(), d.frame(), d.fallback(), d.verbs()));
        }
      }
    }
    all.sort(Comparator.comparingInt(Cue::start).thenComparing(c -> -(c.end() - c.start())));
    List<Cue> out = new ArrayList<>();
    for (Cue c : all) {
      if (out.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
        out.add(c);
      }
    }
    return out;
  }
}
