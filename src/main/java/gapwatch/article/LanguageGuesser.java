package gapwatch.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.jspecify.annotations.Nullable;

/**
 * Detects the language of a text with OpenNLP's language detector (103 languages), loaded once from
 * the Maven Central model jar. Thread-safe: the model is shared and a detector is made per call
 * (cheap; the {@code *ME} classes are not thread-safe).
 */
public final class LanguageGuesser {

  private static final String MODEL = "langdetect-183.bin";
  private static final String MODEL_SHA256 =
      "2ddf585fac2e02a9dcfb9a4a9cc9417562eaac351be2efb506a2eaa87f19e9d4";

  /** Texts shorter than this are too short to judge. */
  private static final int MIN_CHARS = 20;

  /** Detection reads at most this many characters: enough to tell languages apart, and fast. */
  private static final int SAMPLE_CHARS = 400;

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private final LanguageDetectorModel model;

  public LanguageGuesser() {
    try {
      this.model =
          new LanguageDetectorModel(
              new ByteArrayInputStream(ModelResource.read(MODEL, MODEL_SHA256)));
    } catch (IOException e) {
      throw new UncheckedIOException("language model " + MODEL + " is corrupt", e);
    }
  }

  /**
   * The ISO 639-1 code of the text's language, or empty when the text is too short or the detector
   * is unsure.
   */
  public Optional<String> guess(CharSequence text) {
    return guess(text, null);
  }

  /**
   * The ISO 639-1 code of the text's language: the declared one (a page's {@code <html lang>}) when
   * the text bears it out, else the detected one; empty when the text is too short or the detector
   * is unsure. Checking a declaration costs a small fraction of detecting.
   */
  public Optional<String> guess(CharSequence text, @Nullable String declared) {
    if (text.length() < MIN_CHARS) {
      return Optional.empty();
    }
    CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
    if (declared != null && LanguageClues.confirmedBy(declared, sample)) {
      return Optional.of(declared);
    }
    Optional<String> evident = LanguageClues.evident(sample);
    if (evident.isPresent()) {
      return evident;
    }
    Language best = new LanguageDetectorME(model).predictLanguage(sample);
    if (best == null || best.getConfidence() < 0.2) {
      return Optional.empty();
    }
    String code = best.getLang();
    return Optional.of(ISO3_TO_ISO1.getOrDefault(code, code));
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
    }
    // The model uses some codes Locale does not: macrolanguages and script variants.
    map.put("cmn", "zh");
    map.put("zho", "zh");
    map.put("ara", "ar");
    map.put("fas", "fa");
    map.put("msa", "ms");
    map.put("nor", "no");
    map.put("swa", "sw");
    map.put("est", "et");
    return map;
  }
}
