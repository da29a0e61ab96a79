package gapwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions: the expected output lives in {@code src/test/resources}; run the tests
 * with {@code -Dgapwatch.regenerate=true} to rewrite the files, then review them as a git diff.
 */
public final class Golden {

  /** The source folder of golden files (tests run from the project root). */
  public static final Path RESOURCES = Path.of("src", "test", "resources");

  private static final ObjectWriter JSON =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Golden() {}

  public static boolean regenerating() {
    return Boolean.getBoolean("gapwatch.regenerate");
  }

  /** Pretty JSON, the golden files' format. */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Asserts that {@code actual} equals the golden file, or rewrites it when regenerating. */
  public static void assertMatches(Path golden, String actual) throws IOException {
    if (regenerating()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail(golden + " is missing; run the tests with -Dgapwatch.regenerate=true and review it");
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        actual,
        golden + " differs; if the change is intended, regenerate and review the git diff");
  }
}
