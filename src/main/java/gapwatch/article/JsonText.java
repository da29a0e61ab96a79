package gapwatch.article;

import com.fasterxml.jackson.databind.JsonNode;
import gapwatch.article.BlockReader.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads article text out of JSON: a string (plain text or HTML), or a rich-text tree as content
 * systems store it — nodes with a {@code type} (or {@code tagName}) such as {@code p}, {@code h2}
 * or {@code li}, their text in {@code data}, {@code text} or {@code value}, their inline parts in
 * {@code children} or {@code content}. Images, embeds and advertising nodes are skipped. Stateless.
 */
final class JsonText {

  private static final Set<String> BLOCKS =
      Set.of("p h1 h2 h3 h4 h5 h6 li blockquote pre paragraph heading quote dd dt".split(" "));
  private static final Set<String> SKIPPED =
      Set.of(
          ("img image figure figcaption caption iframe script style video audio ad advert embed"
                  + " video-embed photo gallery related")
              .split(" "));
  private static final String[] TEXT_FIELDS = {"data", "text", "value"};
  private static final String[] CHILD_FIELDS = {"children", "content", "json", "body", "nodes"};

  private JsonText() {}

  /** The blocks of text in these nodes, in order. */
  static List<Block> blocks(List<JsonNode> nodes) {
    List<Block> out = new ArrayList<>();
    for (JsonNode n : nodes) {
      collect(n, out, 0);
    }
    return out;
  }

  private static void collect(JsonNode n, List<Block> out, int depth) {
    if (depth > 64) {
      return;
    }
    if (n.isTextual()) {
      out.addAll(DeclaredBody.fromText(n.asText()));
    } else if (n.isArray()) {
      n.forEach(c -> collect(c, out, depth + 1));
    } else if (n.isObject()) {
      String type = type(n);
      if (SKIPPED.contains(type)) {
        return;
      }
      if (BLOCKS.contains(type)) {
        StringBuilder sb = new StringBuilder();
        inline(n, sb, depth);
        String text = sb.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
          out.add(BlockReader.plain(text));
        }
        return;
      }
      for (String f : CHILD_FIELDS) {
        if (n.has(f)) {
          collect(n.get(f), out, depth + 1);
        }
      }
    }
  }

  private static void inline(JsonNode n, StringBuilder sb, int depth) {
    if (depth > 64) {
      return;
    }
    if (n.isTextual()) {
      sb.append(n.asText());
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> inline(c, sb, depth + 1));
      return;
    }
    if (!n.isObject() || SKIPPED.contains(type(n))) {
      return;
    }
    for (String f : TEXT_FIELDS) {
      JsonNode t = n.get(f);
      if (t != null && t.isTextual()) {
        sb.append(t.asText());
      }
    }
    for (String f : CHILD_FIELDS) {
      if (n.has(f)) {
        inline(n.get(f), sb, depth + 1);
      }
    }
  }

  private static String type(JsonNode n) {
    for (String f : new String[] {"type", "tagName", "tag", "nodeType"}) {
      JsonNode t = n.get(f);
      if (t != null && t.isTextual()) {
        return t.asText().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }
}
