package gapwatch.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;

import gapwatch.Golden;
import gapwatch.article.LanguageGuesser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden files per phenomenon: {@code claims/golden/<case>.txt} → {@code <case>.claims.json}. */
class ClaimExtractorGoldenTest {

  static final Path DIR = Golden.RESOURCES.resolve("gapwatch/claims/golden");
  private static ClaimExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new ClaimExtractor(new NlpModels(), new LanguageGuesser(), ActorTable.bundled());
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractsTheGoldenClaims(String name) throws IOException {
    String text = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
    List<Map<String, Object>> claims =
        extractor.extract(text, null).stream()
            .map(c -> (Map<String, Object>) (Map) ClaimJson.toMap(c))
            .toList();
    Golden.assertMatches(DIR.resolve(name + ".claims.json"), Golden.json(claims));
  }

  @Test
  void everyGoldenOutputHasItsInput() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<Path> orphans =
          files
              .filter(p -> p.toString().endsWith(".claims.json"))
              .filter(
                  p ->
                      !Files.exists(
                          DIR.resolve(p.getFileName().toString().replace(".claims.json", ".txt"))))
              .toList();
      assertFalse(!orphans.isEmpty(), "golden outputs without input: " + orphans);
    }
  }
}
