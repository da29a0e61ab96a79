package gapwatch.article;

import com.fasterxml.jackson.databind.JsonNode;
import gapwatch.article.BlockReader.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads an article body that a page declares for machines rather than shows: JSON-LD {@code
 * articleBody} or a text field of a JSON state object, as plain text or as (possibly escaped) HTML.
 * Stateless.
 */
final class DeclaredBody {

  private static final Pattern MARKUP =
      Pattern.compile("</?(p|br|div|h[1-6]|li|ul|ol|blockquote)\\b");
  private static final Pattern ESCAPED_MARKUP =
      Pattern.compile("&lt;/?(p|br|div|h[1-6]|li|ul|ol|blockquote)\\b");

  private DeclaredBody() {}

  /** The blocks of a JSON-LD article's {@code articleBody}, empty when it has none. */
  static List<Block> fromJsonLd(JsonNode article) {
    return JsonLd.text(article, "articleBody").map(DeclaredBody::fromText).orElse(List.of());
  }

  /** The blocks of a declared text: HTML is read like a page, plain text split at line breaks. */
  static List<Block> fromText(String declared) {
    String text = declared;
    if (ESCAPED_MARKUP.matcher(text).find()) {
      text = Parser.unescapeEntities(text, false);
    }
    if (MARKUP.matcher(text).find()) {
      Document doc = Jsoup.parseBodyFragment(text);
      PagePruner.removeNeverText(doc.body());
      return BlockReader.read(List.of(doc.body()));
    }
    List<Block> out = new ArrayList<>();
    for (String line : text.strip().split("\n")) {
      if (!line.isBlank()) {
        out.add(BlockReader.plain(line.strip()));
      }
    }
    return out;
  }
}
