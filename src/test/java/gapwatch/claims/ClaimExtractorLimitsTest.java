package gapwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gapwatch.article.LanguageGuesser;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Catalogue case B7: text built to make extraction run for minutes is cut short. */
class ClaimExtractorLimitsTest {

  private static final String CLAIM =
      "China is about six months behind the United States in advanced chips, said Li Wei of"
          + " Tsinghua University.";

  private static ClaimExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new ClaimExtractor(new NlpModels(), new LanguageGuesser(), ActorTable.bundled());
  }

  @Test
  void readsAClaimInAnOrdinarySentence() {
    assertEquals(1, extractor.extract(CLAIM, "en").size());
  }

  @Test
  void skipsASentenceTooLongToBeOne() {
    String endless = CLAIM.replace(".", "") + " and".repeat(1_000) + " more.";
    assertEquals(0, extractor.extract(endless, "en").size());
  }

  @Test
  void stopsWhenItsThreadIsInterrupted() {
    Thread.currentThread().interrupt();
    try {
      assertThrows(CancellationException.class, () -> extractor.extract(CLAIM, "en"));
    } finally {
      Thread.interrupted();
    }
  }
}
