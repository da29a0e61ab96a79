package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir Path dir;

  @Test
  void claimsCommandWritesOneLinePerInputInOrderAndFlagsBadLines() throws IOException {
    Path in = dir.resolve("items.jsonl");
    Files.writeString(
        in,
        String.join(
            "\n",
            "{\"id\": \"a\", \"text\": \"SMIC trails TSMC by about three years in logic chips.\"}",
            "not json",
            "{\"id\": \"c\", \"text\": \"The plant is six months behind schedule.\", \"lang\": \"en\"}",
            "{\"id\": 4}"),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("claims.jsonl");
    int code = Main.run("claims", "--in", in.toString(), "--out", out.toString());
    assertEquals(ExitCodes.PARTIAL, code, "two unreadable lines");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(4, lines.size());
    JsonNode first = JsonLines.MAPPER.readTree(lines.get(0));
    assertEquals("a", first.get("id").asText());
    assertEquals("SMIC", first.get("claims").get(0).get("subject").asText());
    assertEquals(36, first.get("claims").get(0).get("gap_min_months").asInt());
    JsonNode bad = JsonLines.MAPPER.readTree(lines.get(1));
    assertEquals(0, bad.get("claims").size());
    assertTrue(bad.get("error").asText().contains("not JSON"));
    assertEquals(0, JsonLines.MAPPER.readTree(lines.get(2)).get("claims").size());
    assertTrue(JsonLines.MAPPER.readTree(lines.get(3)).has("error"));
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(ExitCodes.USAGE, Main.run("claims", "--in"));
    assertEquals(
        ExitCodes.USAGE, Main.run("crawl", "--config", dir.resolve("missing.yaml").toString()));
  }

  @Test
  void aSecondCrawlOnTheSameDatabaseExitsAtOnce() throws IOException {
    Path db = dir.resolve("g.db");
    CrawlLock.Lease first = CrawlLock.acquire(db, false);
    try (CrawlLock held = first.lock().orElseThrow()) {
      // A second process would fail tryLock; within one JVM the channel overlap says the same.
      CrawlLock.Lease second = CrawlLock.acquire(db, false);
      assertTrue(second.lock().isEmpty());
      assertTrue(
          second.holder().startsWith("pid " + ProcessHandle.current().pid()), second.holder());
    }
    assertTrue(CrawlLock.acquire(db, false).lock().isPresent(), "released on close");
  }
}
