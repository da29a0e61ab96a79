package gapwatch.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import gapwatch.claims.ClaimExtractor;
import gapwatch.claims.ClaimJson;
import gapwatch.claims.ClaimScorer;
import gapwatch.claims.GapClaim;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the claim extractor over a gold file and prints precision, recall and field accuracy. */
@Command(
    name = "eval",
    header = "Score claim extraction against a gold file.",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Extracts claims from every text of a gold file (JSON lines {id, lang, text, claims}, the",
      "annotation guidelines' format) and scores them: claim precision, recall and F1, strict F1",
      "(gap and speaker also right), gap, speaker and domain accuracy, negatives fired, F1 per",
      "language. Exits 1 when --min-f1 is given and not met."
    },
    footer = {"", ExitCodes.HELP})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, description = "Gold claims (JSON Lines).")
  Path gold;

  @Option(names = "--errors", description = "Print the first N errors.")
  int errors;

  @Option(names = "--min-f1", description = "Fail (exit 1) under this claim F1.")
  @Nullable Double minF1;

  @Option(names = "--actors", description = "Actor table to use instead of the bundled one.")
  @Nullable Path actors;

  @Override
  public Integer call() throws IOException, SettingsException {
    if (!Files.isRegularFile(gold)) {
      throw new SettingsException("--gold " + gold + ": no such file");
    }
    Stages stages = new Stages(actors);
    ClaimExtractor extractor = stages.claims();
    List<ClaimScorer.Item> items = new ArrayList<>();
    Map<String, List<GapClaim>> predicted = new HashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode item = JsonLines.MAPPER.readTree(line);
      String id = item.path("id").asText();
      String text = item.path("text").asText();
      String lang = item.path("lang").asText("en");
      List<GapClaim> claims = new ArrayList<>();
      for (JsonNode c : item.path("claims")) {
        try {
          claims.add(
              ClaimJson.fromMap(
                  JsonLines.MAPPER.convertValue(c, new TypeReference<Map<String, Object>>() {}),
                  text));
        } catch (IllegalArgumentException e) {
          throw new SettingsException(gold + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
      items.add(new ClaimScorer.Item(id, lang, claims));
      predicted.put(id, extractor.extract(text, lang));
    }
    ClaimScorer.Result r = new ClaimScorer(stages.actorTable()).score(items, predicted);
    print(r, System.out);
    return minF1 != null && r.f1() < minF1 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private void print(ClaimScorer.Result r, PrintStream out) {
    for (ClaimScorer.Error e : r.errors().subList(0, Math.min(errors, r.errors().size()))) {
      out.println(
          e.id()
              + " "
              + e.kind()
              + ": predicted "
              + describe(e.predicted())
              + (e.gold() == null ? "" : "; gold " + describe(e.gold())));
    }
    out.printf(
        Locale.ROOT,
        "items %d, claims: %d right, %d false, %d missed%n",
        r.items(),
        r.tp(),
        r.fp(),
        r.fn());
    out.printf(
        Locale.ROOT, "negative items fired: %d/%d%n", r.negativeItemsFired(), r.negativeItems());
    r.perLanguage()
        .forEach(
            (lang, prf) ->
                out.printf(
                    Locale.ROOT, "%s: P=%.3f R=%.3f F1=%.3f%n", lang, prf[0], prf[1], prf[2]));
    out.printf(
        Locale.ROOT,
        "claims F1=%.3f P=%.3f R=%.3f strict F1=%.3f speaker=%.3f gap=%.3f domain=%.3f%n",
        r.f1(),
        r.precision(),
        r.recall(),
        r.strictF1(),
        r.speakerAccuracy(),
        r.gapAccuracy(),
        r.domainAccuracy());
  }

  private static String describe(@Nullable GapClaim c) {
    if (c == null) {
      return "-";
    }
    String gap =
        c.gap() == null || c.gap().months() == null
            ? ""
            : " " + c.gap().months().min() + "-" + c.gap().months().max();
    return c.subject()
        + " "
        + c.relation().label()
        + " "
        + c.reference()
        + gap
        + " ["
        + c.domain()
        + "] by "
        + (c.speaker() == null ? "newsroom" : c.speaker().name());
  }
}
