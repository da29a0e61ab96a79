package gapwatch.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A small path language over JSON trees: dot-separated keys (or array indexes), {@code *} for any
 * one key or element, {@code **} for any run of them, zero or more. Enough to point into the state
 * objects pages embed for their scripts without depending on generated key names. Stateless.
 */
final class JsonPath {

  private JsonPath() {}

  /** The nodes {@code path} reaches from {@code root}, in document order, at most {@code max}. */
  static List<JsonNode> find(JsonNode root, String path, int max) {
    List<JsonNode> out = new ArrayList<>();
    walk(root, path.strip().split("\\."), 0, out, max);
    return out;
  }

  private static void walk(JsonNode node, String[] steps, int i, List<JsonNode> out, int max) {
    if (out.size() >= max) {
      return;
    }
    if (i == steps.length) {
      out.add(node);
      return;
    }
    String step = steps[i];
    if (step.equals("**")) {
      walk(node, steps, i + 1, out, max); // zero steps
      for (JsonNode child : node) {
        walk(child, steps, i, out, max); // one more step, still inside **
      }
    } else if (step.equals("*")) {
      for (JsonNode child : node) {
        walk(child, steps, i + 1, out, max);
      }
    } else {
      JsonNode child =
          node.isArray() && step.matches("\\d+")
              ? node.get(Integer.parseInt(step))
              : node.get(step);
      if (child != null) {
        walk(child, steps, i + 1, out, max);
      }
    }
  }
}
