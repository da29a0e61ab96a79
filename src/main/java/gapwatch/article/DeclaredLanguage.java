package gapwatch.article;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a page's declared language ({@code <html lang>}) against a sample of its text, so that the
 * statistical detector runs only when the two may disagree. A declaration is borne out by the
 * text's script for languages that own theirs (Korean, Japanese, Chinese, Thai, Greek...), or by
 * the language's commonest function words — those no other listed language shares — making up a
 * good part of the sample's words, far more than any other listed language's. Templates that
 * declare "en" on German text, or "de" on English, fail the check and go to the detector. Stateless
 * and thread-safe.
 */
final class DeclaredLanguage {

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

  /** Distinctive function word → its language. */
  private static final Map<String, String> LANGUAGE_OF_WORD = distinctive(FUNCTION_WORDS);

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

  /** The declared language's words must be this share of the sample's words... */
  private static final double WORD_SHARE = 0.08;

  /** ...and at least this many. */
  private static final int MIN_HITS = 3;

  private DeclaredLanguage() {}

  /** Whether the sample is written in {@code lang} (ISO 639-1, lower case) as far as can tell. */
  static boolean confirmedBy(String lang, CharSequence sample) {
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    Map<String, Integer> hits = new HashMap<>();
    int words = read(sample, scripts, hits);
    int letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
    if (letters == 0) {
      return false;
    }
    List<UnicodeScript> own = OWN_SCRIPTS.get(lang);
    if (own != null) {
      return share(scripts, own, letters) >= SCRIPT_SHARE;
    }
    int kana = count(scripts, List.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA));
    int han = count(scripts, List.of(UnicodeScript.HAN));
    if (lang.equals("ja")) {
      return kana * 10 >= letters && kana + han >= letters * SCRIPT_SHARE;
    }
    if (lang.equals("zh")) {
      return kana == 0 && han >= letters * SCRIPT_SHARE;
    }
    return confirmedByWords(lang, hits, words);
  }

  private static boolean confirmedByWords(String lang, Map<String, Integer> hits, int words) {
    int own = hits.getOrDefault(lang, 0);
    if (own < MIN_HITS || own < words * WORD_SHARE) {
      return false;
    }
    for (Map.Entry<String, Integer> other : hits.entrySet()) {
      if (!other.getKey().equals(lang) && other.getValue() * 2 >= own) {
        return false;
      }
    }
    return true;
  }

  /** Counts letters per script and function words per language; returns the number of words. */
  private static int read(
      CharSequence s, Map<UnicodeScript, Integer> scripts, Map<String, Integer> hits) {
    int words = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        scripts.merge(UnicodeScript.of(c), 1, Integer::sum);
        word.append(c);
      } else if (!word.isEmpty()) {
        words++;
        String lang = LANGUAGE_OF_WORD.get(word.toString().toLowerCase(Locale.ROOT));
        if (lang != null) {
          hits.merge(lang, 1, Integer::sum);
        }
        word.setLength(0);
      }
    }
    return words;
  }

  private static int count(Map<UnicodeScript, Integer> scripts, List<UnicodeScript> which) {
    int n = 0;
    for (UnicodeScript s : which) {
      n += scripts.getOrDefault(s, 0);
    }
    return n;
  }

  private static double share(
      Map<UnicodeScript, Integer> scripts, List<UnicodeScript> which, int letters) {
    return count(scripts, which) / (double) letters;
  }

  private static Map<String, String> distinctive(Map<String, String> lists) {
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
    owner.keySet().removeIf(w -> languages.get(w) > 1);
    return Map.copyOf(owner);
  }
}
