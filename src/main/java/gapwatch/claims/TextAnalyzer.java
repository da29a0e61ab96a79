package gapwatch.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences and analyses English sentences into tokens with POS tags and lemmas.
 * Paragraph breaks always end a sentence. English uses OpenNLP's sentence model, corrected where it
 * breaks on news text (abbreviations such as "U.S." and "Dr.", a missing space after a full stop);
 * Vietnamese, for which there is no OpenNLP model, is split on sentence punctuation. Thread-safe.
 */
final class TextAnalyzer {

  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+");

  /** Abbreviations after which OpenNLP sometimes ends a sentence that goes on. */
  private static final Pattern ABBREVIATION_END =
      Pattern.compile(
          "(?:\\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|St|Co|Corp|Inc|Ltd|Jr|Sr|No|vs|Jan"
              + "|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|e\\.g|i\\.e)\\.|"
              + "\\b(?:[A-Z]\\.){2,})$");

  /** How a finished sentence ends: punctuation, maybe a closing quote or bracket. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][”\"’')\\]]*\\s*$|[”\"]\\s*$");

  /** A full stop with no space before the next sentence: "sciences.An independent". */
  private static final Pattern GLUED =
      Pattern.compile("(?<=\\p{Ll}{2}[.!?][”\"’']?)(?=\\p{Lu}\\p{Ll})");

  /**
   * Sentence ends for languages without a model; never after a title or abbreviation that goes on
   * with a name ("TS. Lê Minh Khoa", "PGS.TS. Nguyễn Văn A", "TP. HCM", "J.D. Power").
   */
  private static final Pattern GENERIC_END =
      Pattern.compile(
          "(?<!\\b(?:TS|PGS|GS|ThS|TP|BS|KS|NCS|Mr|Mrs|Ms|Dr|Prof|St|Co|Inc|Ltd|Corp)\\.)"
              // initials: "J.D. Power", "George W. Bush"
              + "(?<!\\b(?:\\p{Lu}\\.){2,3})(?<!\\s\\p{Lu}\\.)"
              + "(?<=[.!?…][”\"’')]?)\\s+(?=[\\p{Lu}“\"'(•📌\\-–])|(?=\\s*[•📌])");

  private final NlpModels models;

  TextAnalyzer(NlpModels models) {
    this.models = models;
  }

  /** The sentences of {@code text}, in order. */
  List<Sentence> sentences(String text, String lang) {
    List<Sentence> out = new ArrayList<>();
    Matcher p = PARAGRAPH.matcher(text);
    int paragraph = 0;
    while (p.find()) {
      if (p.group().isBlank()) {
        continue;
      }
      List<int[]> spans = lang.equals("en") ? englishSpans(p.group()) : genericSpans(p.group());
      for (int[] s : spans) {
        String raw = p.group().substring(s[0], s[1]);
        int lead = raw.length() - raw.stripLeading().length();
        String t = raw.strip();
        if (!t.isEmpty()) {
          out.add(new Sentence(t, p.start() + s[0] + lead, out.size(), paragraph));
        }
      }
      paragraph++;
    }
    return out;
  }

  private List<int[]> englishSpans(String para) {
    Span[] spans = models.sentenceDetector().sentPosDetect(para);
    List<int[]> merged = new ArrayList<>();
    for (Span s : spans) {
      int[] cur = {s.getStart(), s.getEnd()};
      if (!merged.isEmpty()) {
        int[] prev = merged.get(merged.size() - 1);
        String prevText = para.substring(prev[0], prev[1]);
        String next = para.substring(cur[0], cur[1]);
        boolean unfinished = !SENTENCE_END.matcher(prevText).find();
        boolean lowerStart = !next.isEmpty() && Character.isLowerCase(next.charAt(0));
        if (unfinished
            || lowerStart
            || (ABBREVIATION_END.matcher(prevText).find() && startsLikeContinuation(next))) {
          prev[1] = cur[1];
          continue;
        }
      }
      merged.add(cur);
    }
    List<int[]> out = new ArrayList<>();
    for (int[] s : merged) {
      splitGlued(para, s, out);
    }
    return out;
  }

  private static boolean startsLikeContinuation(String next) {
    if (next.isEmpty()) {
      return false;
    }
    char c = next.charAt(0);
    if (Character.isLowerCase(c) || Character.isDigit(c)) {
      return true;
    }
    // "the U.S. Defense Department": a capitalised word that is not a sentence opener
    String first = next.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return !OPENERS.contains(first);
  }

  private static final java.util.Set<String> OPENERS =
      java.util.Set.of(
          "the",
          "a",
          "an",
          "it",
          "he",
          "she",
          "they",
          "we",
          "i",
          "this",
          "that",
          "these",
          "but",
          "and",
          "in",
          "on",
          "at",
          "for",
          "as",
          "while",
          "when",
          "however",
          "meanwhile",
          "still",
          "yet",
          "so",
          "if",
          "there",
          "his",
          "her",
          "their",
          "its",
          "our",
          "after",
          "before",
          "by",
          "with",
          "according",
          "some",
          "many",
          "most",
          "last",
          "next",
          "one",
          "two",
          "china",
          "chinese");

  private static void splitGlued(String para, int[] s, List<int[]> out) {
    Matcher m = GLUED.matcher(para).region(s[0], s[1]);
    int from = s[0];
    while (m.find()) {
      out.add(new int[] {from, m.start()});
      from = m.start();
    }
    out.add(new int[] {from, s[1]});
  }

  private static List<int[]> genericSpans(String para) {
    List<int[]> out = new ArrayList<>();
    Matcher m = GENERIC_END.matcher(para);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) {
        out.add(new int[] {from, m.start()});
      }
      from = m.end();
    }
    if (from < para.length()) {
      out.add(new int[] {from, para.length()});
    }
    return out;
  }

  /** Tokens with POS tags; English only (a costly stage: call on candidates). */
  List<Token> tokens(Sentence sentence) {
    // The UD tokenizer knows only straight apostrophes: "China’s" would stay one token.
    String text = sentence.text().replace('’', '\'').replace('‘', '\'');
    Span[] spans = models.tokenizer().tokenizePos(text);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = spans[i].getCoveredText(text).toString();
    }
    String[] tags = models.tagger().tag(words);
    List<Token> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      out.add(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), tags[i]));
    }
    return out;
  }

  /**
   * A token's lemma, lower case. The lemmatizer (ten times slower than the tagger) sees only this
   * token and its tag: the cue verbs it is asked about ("lagged", "trails") need no more context.
   */
  String lemma(Token token) {
    String[] lemmas =
        models.lemmatizer().lemmatize(new String[] {token.text()}, new String[] {token.pos()});
    String lemma =
        lemmas.length == 0 || lemmas[0] == null || lemmas[0].equals("O") ? token.text() : lemmas[0];
    return lemma.toLowerCase(Locale.ROOT);
  }
}
