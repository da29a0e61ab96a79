package gapwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.article.LanguageGuesser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claim extraction never fails on text it was not written for: sentences of the golden cases
 * shuffled, cut and joined with awkward fragments (a quotation's tail, a dangling pronoun, "both of
 * them" with nothing before) must give claims whose evidence offsets point into the text, without a
 * rule failing on any sentence.
 */
class ClaimExtractorRobustnessTest {

  private static final List<String> FRAGMENTS =
      List.of(
          "Today we are ahead of both of them,” he said.",
          "“We are behind.",
          "They lag it by years.",
          "ahead of",
          "behind",
          "Khoảng cách giữa",
          "sau",
          "“",
          "”",
          ", ",
          "Ông cho rằng.",
          "\u0000\u200b\ufeff",
          "US US US US behind behind China China by by 3 3 years years.",
          "chỉ sau và vượt xa, dù",
          "In 5G, 6G and 7G.",
          "(((China))) is [behind] {the US}.",
          "");

  private static ClaimExtractor extractor;
  private static List<String> sentences;

  @BeforeAll
  static void load() throws IOException {
    extractor = new ClaimExtractor(new NlpModels(), new LanguageGuesser(), ActorTable.bundled());
    sentences = new ArrayList<>(FRAGMENTS);
    try (Stream<Path> files = Files.list(ClaimExtractorGoldenTest.DIR)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        for (String piece : text.split("(?<=[.!?”])\\s+")) {
          sentences.add(piece);
        }
      }
    }
  }

  @Test
  void shuffledAndCutTextsGiveWellFormedClaims() {
    Random random = new Random(20261129L);
    int checked = 0;
    for (int round = 0; round < 400; round++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        String piece = sentences.get(random.nextInt(sentences.size()));
        if (random.nextInt(4) == 0 && piece.length() > 2) {
          int a = random.nextInt(piece.length());
          int b = a + random.nextInt(piece.length() - a + 1);
          piece = piece.substring(a, b); // a sentence cut anywhere, even mid-word
        }
        text.append(piece).append(random.nextInt(5) == 0 ? "\n\n" : " ");
      }
      String t = text.toString();
      for (String lang : new String[] {"en", "vi", null}) {
        List<GapClaim> claims = extractor.extract(t, lang);
        for (GapClaim c : claims) {
          Evidence e = c.evidence();
          assertTrue(e.end() <= t.length(), () -> "evidence past the end of: " + t);
          assertEquals(e.sentence(), t.substring(e.start(), e.end()), () -> "offsets in: " + t);
          checked++;
        }
      }
    }
    assertTrue(checked > 100, "too few claims to check offsets on: " + checked);
    assertEquals(0, extractor.failedSentences(), "rules failed on some sentences; see the log");
  }
}
