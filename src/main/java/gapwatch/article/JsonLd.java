package gapwatch.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org article object a page describes itself with in JSON-LD, if any. Malformed blocks
 * are skipped: pages often carry several, some broken.
 */
final class JsonLd {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  static final Set<String> ARTICLE_TYPES =
      Set.of(
          ("article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle "
                  + "backgroundnewsarticle reviewnewsarticle blogposting liveblogposting techarticle "
                  + "scholarlyarticle socialmediaposting report")
              .split(" "));

  private JsonLd() {}

  /** The first article-typed object in the page's JSON-LD blocks. */
  static Optional<JsonNode> article(List<String> blocks) {
    for (String block : blocks) {
      if (!mayDescribeAnArticle(block)) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(block.strip());
      } catch (JsonProcessingException e) {
        continue;
      }
      if (root == null) {
        continue;
      }
      for (JsonNode node : flatten(root)) {
        if (isArticle(node)) {
          return Optional.of(node);
        }
      }
    }
    return Optional.empty();
  }

  /** Every article type's name holds one of these words; a block without them is not parsed. */
  private static boolean mayDescribeAnArticle(String block) {
    String lower = block.toLowerCase(Locale.ROOT);
    return lower.contains("article") || lower.contains("posting") || lower.contains("report");
  }

  private static List<JsonNode> flatten(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(n -> out.addAll(flatten(n)));
    } else if (root.isObject()) {
      out.add(root);
      if (root.has("@graph")) {
        out.addAll(flatten(root.get("@graph")));
      }
      JsonNode main = root.get("mainEntity");
      if (main != null && main.isObject()) {
        out.add(main);
      }
    }
    return out;
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  /** A text field, or the "name" of an object field, or the first of an array. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isArray()) {
      v = v.size() == 0 ? null : v.get(0);
    }
    if (v != null && v.isObject()) {
      v = v.has("name") ? v.get("name") : v.get("@id");
    }
    if (v == null || !v.isValueNode()) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** All names in a field holding a string, an object with "name", or an array of them. */
  static List<String> names(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(field);
    if (v == null) {
      return out;
    }
    for (JsonNode item : v.isArray() ? v : List.of(v)) {
      JsonNode name = item.isObject() ? item.get("name") : item;
      if (name != null && name.isValueNode() && !name.asText().isBlank()) {
        out.add(name.asText().strip());
      }
    }
    return out;
  }
}
