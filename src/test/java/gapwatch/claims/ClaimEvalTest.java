package gapwatch.claims;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gapwatch.article.LanguageGuesser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dev-set figures, printed and held above pinned floors that only ever rise ({@code
 * eval-floor.properties}). Skipped when the shared evaluation data is not beside the project.
 */
class ClaimEvalTest {

  static final Path DEV = Path.of("..", "shared", "eval", "claims-dev.jsonl");

  @Test
  void devSetFiguresStayAboveTheirFloors() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(DEV), DEV + " is not here: nothing to evaluate");
    ActorTable actors = ActorTable.bundled();
    ClaimExtractor extractor = new ClaimExtractor(new NlpModels(), new LanguageGuesser(), actors);
    ObjectMapper json = new ObjectMapper();
    List<ClaimScorer.Item> gold = new ArrayList<>();
    Map<String, List<GapClaim>> predicted = new HashMap<>();
    for (String line : Files.readAllLines(DEV, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode item = json.readTree(line);
      String text = item.get("text").asText();
      List<GapClaim> claims = new ArrayList<>();
      for (JsonNode c : item.get("claims")) {
        claims.add(
            ClaimJson.fromMap(
                json.convertValue(c, new TypeReference<Map<String, Object>>() {}), text));
      }
      String id = item.get("id").asText();
      gold.add(new ClaimScorer.Item(id, item.get("lang").asText(), claims));
      predicted.put(id, extractor.extract(text, item.get("lang").asText()));
    }
    ClaimScorer.Result r = new ClaimScorer(actors).score(gold, predicted);
    System.out.printf(
        Locale.ROOT,
        "dev set: F1=%.3f P=%.3f R=%.3f strict F1=%.3f speaker=%.3f gap=%.3f domain=%.3f"
            + " negatives fired=%d/%d en F1=%.3f vi F1=%.3f%n",
        r.f1(),
        r.precision(),
        r.recall(),
        r.strictF1(),
        r.speakerAccuracy(),
        r.gapAccuracy(),
        r.domainAccuracy(),
        r.negativeItemsFired(),
        r.negativeItems(),
        r.perLanguage().get("en")[2],
        r.perLanguage().get("vi")[2]);
    Properties floor = new Properties();
    try (InputStream in =
        getClass().getResourceAsStream("/gapwatch/claims/eval-floor.properties")) {
      floor.load(in);
    }
    assertAll(
        () -> atLeast("f1", r.f1(), floor),
        () -> atLeast("precision", r.precision(), floor),
        () -> atLeast("recall", r.recall(), floor),
        () -> atLeast("strict_f1", r.strictF1(), floor),
        () -> atLeast("speaker", r.speakerAccuracy(), floor),
        () -> atLeast("gap", r.gapAccuracy(), floor),
        () -> atLeast("domain", r.domainAccuracy(), floor),
        () -> atLeast("en_f1", r.perLanguage().get("en")[2], floor),
        () -> atLeast("vi_f1", r.perLanguage().get("vi")[2], floor),
        () ->
            assertTrue(
                r.negativeItemsFired()
                    <= Integer.parseInt(floor.getProperty("negatives_fired_max")),
                "negative items fired: " + r.negativeItemsFired()));
  }

  private static void atLeast(String name, double value, Properties floor) {
    double min = Double.parseDouble(floor.getProperty(name));
    assertTrue(
        value >= min,
        String.format(Locale.ROOT, "%s %.3f fell under its floor %.3f", name, value, min));
  }
}
