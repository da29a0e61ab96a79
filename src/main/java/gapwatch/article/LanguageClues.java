package gapwatch.article;

import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a sample of text shows of its language at a glance: its script, for languages that own
 * theirs (Korean, Japanese, Thai, Greek...), and the commonest function words of a dozen languages
 * — those no other listed language shares. Enough to confirm a page's declared language ({@code
 * <html lang>}; templates that declare "en" on German text fail) or to name an evident one, so that
 * the statistical detector runs only on the rest. A close relative of a listed language that is not
 * listed (Galician, Afrikaans) can pass for it when undeclared. Stateless and thread-safe.
 */
final class LanguageClues {

  /** Frequent function words per language; words two languages share are dropped from both. */
  private static final Map<String, String> FUNCTION_WORDS =
      Map.ofEntries(
          Map.entry(
              "en",
              "the of and to a in is that for on with as it was by at from has are be this have"
                  + " said an which he his not or but they will its were"),
          Map.entry(
              "de",
              "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als"
                  + " auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie"
                  + " einem über so zum war haben nur oder aber vor zur"),
          Map.entry(
              "fr",
              "de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce"
                  + " il sont avec ont mais été elle aux"),
          Map.entry(
              "es",
              "de la que el en y a los del se las por un para con no una su al lo como más pero"
                  + " sus le ya fue este ha"),
          Map.entry(
              "pt",
              "de a o que e do da em um para é com não uma os no se na por mais as dos como mas"
                  + " foi ao ele das tem à seu sua ou"),
          Map.entry(
              "it",
              "di e il la che è per un in del non una a le si da con i al della sono anche più ha"
                  + " gli nel alla come ma dei delle questo essere stato degli nella hanno"),
          Map.entry(
              "nl",
              "de het een van en in is dat op te zijn met die voor niet aan er om ook als bij maar"
                  + " door naar heeft worden"),
          Map.entry(
              "id",
              "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada karena atau"
                  + " bisa kita saya sudah oleh mereka telah lebih dia kami seperti hanya sebagai"),
          Map.entry(
              "vi",
              "của và các là có trong được cho không những với một này người đã để khi từ về theo"
                  + " năm tại đến cũng như ra nhiều sẽ vào thì"),
          Map.entry("ru", "и в не на что с по это как а к из о для за от у же то он но"),
          Map.entry("uk", "і в на що з не та до у за як це від для по а й його але про"));

  private static final List<String> LANGUAGES = List.copyOf(FUNCTION_WORDS.keySet());

  /** Distinctive function word → the index of its language in {@link #LANGUAGES}. */
  private static final Map<String, Integer> LANGUAGE_OF_WORD = distinctive(FUNCTION_WORDS);

  /** Languages that alone write with a script: the script's share of letters must be this. */
  private static final Map<String, List<UnicodeScript>> OWN_SCRIPTS =
      Map.of(
          "ko", List.of(UnicodeScript.HANGUL),
          "th", List.of(UnicodeScript.THAI),
          "el", List.of(UnicodeScript.GREEK),
          "he", List.of(UnicodeScript.HEBREW),
          "ka", List.of(UnicodeScript.GEORGIAN),
          "hy", List.of(UnicodeScript.ARMENIAN));

  private static final double SCRIPT_SHARE = 0.5;

  /** A declared language's words must be this share of the sample's words... */
  private static final double WORD_SHARE = 0.08;

  /** ...and at least this many, and twice as many as any other language's. */
  private static final int MIN_HITS = 3;

  /** An undeclared language's words must be this share, this many, and 4 times any other's. */
  private static final double EVIDENT_SHARE = 0.12;

  private static final int EVIDENT_HITS = 5;

  private LanguageClues() {}

  /** Whether the sample is written in {@code lang} (ISO 639-1, lower case) as far as can tell. */
  static boolean confirmedBy(String lang, CharSequence sample) {
    Tally t = Tally.of(sample);
    if (t.letters == 0) {
      return false;
    }
    List<UnicodeScript> own = OWN_SCRIPTS.get(lang);
    if (own != null) {
      return t.letters(own) >= t.letters * SCRIPT_SHARE;
    }
    int kana = t.letters(List.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA));
    int han = t.letters(List.of(UnicodeScript.HAN));
    if (lang.equals("ja")) {
      return kana * 10 >= t.letters && kana + han >= t.letters * SCRIPT_SHARE;
    }
    if (lang.equals("zh")) {
      return kana == 0 && han >= t.letters * SCRIPT_SHARE;
    }
    int index = LANGUAGES.indexOf(lang);
    return index >= 0 && t.dominates(index, MIN_HITS, WORD_SHARE, 2);
  }

  /**
   * The language the sample is evidently written in: a script only it uses, or function words far
   * more frequent than any other listed language's; empty when that is not evident.
   */
  static Optional<String> evident(CharSequence sample) {
    Tally t = Tally.of(sample);
    if (t.letters == 0) {
      return Optional.empty();
    }
    for (Map.Entry<String, List<UnicodeScript>> own : OWN_SCRIPTS.entrySet()) {
      if (t.letters(own.getValue()) >= t.letters * SCRIPT_SHARE) {
        return Optional.of(own.getKey());
      }
    }
    for (int lang = 0; lang < LANGUAGES.size(); lang++) {
      if (t.dominates(lang, EVIDENT_HITS, EVIDENT_SHARE, 4)) {
        return Optional.of(LANGUAGES.get(lang));
      }
    }
    return Optional.empty();
  }

  /** Letters per script and function words per language in a sample. */
  private static final class Tally {
    final int[] scripts = new int[UnicodeScript.values().length];
    final int[] hits = new int[LANGUAGES.size()];
    int letters;
    int words;

    static Tally of(CharSequence s) {
      Tally t = new Tally();
      StringBuilder word = new StringBuilder();
      for (int i = 0; i <= s.length(); i++) {
        char c = i < s.length() ? s.charAt(i) : ' ';
        if (Character.isLetter(c)) {
          t.scripts[UnicodeScript.of(c).ordinal()]++;
          t.letters++;
          word.append(c);
        } else if (!word.isEmpty()) {
          t.words++;
          Integer lang = LANGUAGE_OF_WORD.get(word.toString().toLowerCase(Locale.ROOT));
          if (lang != null) {
            t.hits[lang]++;
          }
          word.setLength(0);
        }
      }
      return t;
    }

    int letters(List<UnicodeScript> which) {
      int n = 0;
      for (UnicodeScript s : which) {
        n += scripts[s.ordinal()];
      }
      return n;
    }

    /**
     * The language's words are at least {@code minHits} and {@code minShare} of all, and more than
     * {@code factor} times any other language's.
     */
    boolean dominates(int lang, int minHits, double minShare, int factor) {
      int own = hits[lang];
      if (own < minHits || own < words * minShare) {
        return false;
      }
      for (int other = 0; other < hits.length; other++) {
        if (other != lang && hits[other] * factor >= own) {
          return false;
        }
      }
      return true;
    }
  }

  private static Map<String, Integer> distinctive(Map<String, String> lists) {
    Map<String, String> owner = new HashMap<>();
    Map<String, Integer> languages = new HashMap<>();
    lists.forEach(
        (lang, list) -> {
          for (String w : list.split(" ")) {
            String previous = owner.put(w, lang);
            if (!lang.equals(previous)) {
              languages.merge(w, 1, Integer::sum);
            }
          }
        });
    Map<String, Integer> out = new HashMap<>();
    owner.forEach(
        (w, lang) -> {
          if (languages.get(w) == 1) {
            out.put(w, LANGUAGES.indexOf(lang));
          }
        });
    return Map.copyOf(out);
  }
}
