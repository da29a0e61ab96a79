package gapwatch.export;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dataset card, {@code README.md}: what the data is, its schema and counts, how it was made and
 * the rights in the quoted text. Built only from the data and the options, so two exports of the
 * same database are byte-identical.
 */
final class DatasetCard {

  private DatasetCard() {}

  static String render(ExportOptions o, DatasetStats s, String version, String extractors) {
    StringBuilder b = new StringBuilder();
    b.append("# gapwatch gap claims\n\n")
        .append("Claims from technology news that one actor is behind, ahead of or level with")
        .append(" another in a technology, by how much, and who said so, collected by gapwatch")
        .append(" and reviewed by curators. One row per claim, with its provenance.\n\n");
    b.append("## Summary\n\n")
        .append("- Claims: ")
        .append(s.rows)
        .append(" (from ")
        .append(s.articles.size())
        .append(" articles; ")
        .append(s.edited)
        .append(" corrected by a curator)\n")
        .append("- Review status: ")
        .append(counts(s.byStatus))
        .append('\n')
        .append("- Languages: ")
        .append(counts(s.byLanguage))
        .append('\n')
        .append("- Sources: ")
        .append(counts(s.bySource))
        .append('\n')
        .append("- Articles published: ")
        .append(s.firstPublished == null ? "no dates" : s.firstPublished + " to " + s.lastPublished)
        .append(s.undated > 0 ? " (" + s.undated + " claims undated)" : "")
        .append('\n')
        .append("- Data as of: ")
        .append(s.dataAsOf == null ? "no data" : s.dataAsOf)
        .append(" (the latest fetch in the export)\n\n");
    b.append("## Files\n\n| file | contents |\n|---|---|\n")
        .append("| `")
        .append(o.format().fileName())
        .append("` | ")
        .append(
            o.format() == ExportOptions.Format.JSONL
                ? "one JSON object per line, one claim per line, UTF-8"
                : "CSV (RFC 4180, header row, UTF-8); text cells starting with = + - @ tab or"
                    + " carriage return have a leading ' so spreadsheets do not run them")
        .append(" |\n| `README.md` | this card |\n")
        .append(
            "| `SHA256SUMS` | SHA-256 of the other files; check with `sha256sum -c SHA256SUMS` |\n\n");
    b.append("Rows are ordered by `claim_id`. Empty (null) means unknown or not stated.\n\n");
    b.append("## Fields\n\n| field | type | meaning |\n|---|---|---|\n");
    for (DatasetRow.Column c : DatasetRow.COLUMNS) {
      b.append("| `")
          .append(c.name())
          .append("` | ")
          .append(c.type())
          .append(" | ")
          .append(c.meaning())
          .append(" |\n");
    }
    b.append("\nThe claim fields are those in force: a curator's corrections where there are")
        .append(" any (`curator_edited`), the extractor's values elsewhere. `evidence`, its")
        .append(" offsets and `gap_text` are always the extractor's.\n\n");
    b.append("## How it was made\n\n")
        .append("Generated with `")
        .append(o.command())
        .append("` by gapwatch ")
        .append(version)
        .append(" (")
        .append(extractors)
        .append("), from one consistent snapshot of its")
        .append(" database. Pages were fetched from the sources' feeds, respecting robots.txt;")
        .append(" articles and claims were extracted automatically and reviewed by curators")
        .append(" (`review_status`). Pending claims have not been checked by anyone.\n\n");
    b.append("## Rights in the quoted text\n\n")
        .append("`evidence` and `article_title` quote the source articles; their copyright stays")
        .append(" with the publishers named by `article_url`. They are included as short")
        .append(" quotations so each claim can be checked against its source. Before you")
        .append(" republish them, make sure your use is allowed where you are (quotation, fair")
        .append(" use or research exceptions), keep the attribution, and link to the article.")
        .append(" The other fields are facts extracted by gapwatch and curators' judgements.\n");
    return b.toString();
  }

  private static String counts(Map<String, Integer> m) {
    if (m.isEmpty()) {
      return "none";
    }
    return m.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
