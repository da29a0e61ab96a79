package gapwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gapwatch.claims.ClaimExtractor;
import gapwatch.claims.ClaimJson;
import gapwatch.claims.GapClaim;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Extracts gap claims from texts in JSON Lines: the evaluation interface. */
@Command(
    name = "claims",
    header = "Extract gap claims from texts given as JSON lines.",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Reads JSON lines {id, text, lang?, published?} and writes one line per input, in order:",
      "{id, claims: [{subject, reference, relation, gap_min_months, gap_max_months, gap_text,",
      "approximate, domain, speaker, speaker_affiliation, evidence, start, end, confidence}]}.",
      "A line that cannot be read gets \"claims\": [] and an \"error\"."
    },
    footer = {"", ExitCodes.HELP})
final class ClaimsCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, description = "JSON Lines file of texts.")
  Path in;

  @Option(names = "--out", required = true, description = "JSON Lines file to write.")
  Path out;

  @Option(names = "--actors", description = "Actor table to use instead of the bundled one.")
  @Nullable Path actors;

  @Override
  public Integer call() throws IOException, SettingsException {
    if (!Files.isRegularFile(in)) {
      throw new SettingsException("--in " + in + ": no such file");
    }
    ClaimExtractor extractor = new Stages(actors).claims();
    int lines = 0;
    int errors = 0;
    int claims = 0;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        Map<String, @Nullable Object> result = process(extractor, line, lines);
        if (result.containsKey("error")) {
          errors++;
          System.err.println("warning: " + in + ":" + lines + ": " + result.get("error"));
        }
        claims += ((List<?>) result.get("claims")).size();
        w.write(JsonLines.MAPPER.writeValueAsString(result));
        w.newLine();
      }
    }
    System.err.println(
        lines + " texts, " + claims + " claims, " + errors + " unreadable lines → " + out);
    return errors > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private static Map<String, @Nullable Object> process(
      ClaimExtractor extractor, String line, int lineNo) {
    Map<String, @Nullable Object> result = new LinkedHashMap<>();
    JsonNode item;
    try {
      item = JsonLines.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      result.put("id", null);
      result.put("claims", List.of());
      result.put("error", "line " + lineNo + " is not JSON: " + e.getOriginalMessage());
      return result;
    }
    JsonNode id = item.get("id");
    result.put(
        "id", id == null || id.isNull() ? null : id.isNumber() ? id.numberValue() : id.asText());
    JsonNode text = item.get("text");
    if (text == null || !text.isTextual()) {
      result.put("claims", List.of());
      result.put("error", "line " + lineNo + " has no string \"text\"");
      return result;
    }
    JsonNode lang = item.get("lang");
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    List<GapClaim> claims;
    try {
      claims =
          extractor.extract(text.asText(), lang == null || lang.isNull() ? null : lang.asText());
    } catch (RuntimeException e) {
      // A bug on one text must not cost the others: report it on this line and go on.
      result.put("claims", List.of());
      result.put("error", "line " + lineNo + ": claim extraction failed: " + e);
      return result;
    }
    for (GapClaim c : claims) {
      out.add(ClaimJson.toMap(c));
    }
    result.put("claims", out);
    return result;
  }
}
