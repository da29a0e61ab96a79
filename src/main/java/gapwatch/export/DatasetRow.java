package gapwatch.export;

import gapwatch.claims.GapClaim;
import gapwatch.claims.MonthRange;
import gapwatch.report.DomainGroups;
import gapwatch.store.ReviewState;
import gapwatch.store.ReviewStore;
import gapwatch.store.StoredClaim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an exported claim, in their fixed order, with their meaning (for the dataset
 * card): the claim's fields in force, its review, and its provenance.
 */
final class DatasetRow {

  private DatasetRow() {}

  /** A column: its name, type and meaning. */
  record Column(String name, String type, String meaning) {}

  static final List<Column> COLUMNS =
      List.of(
          new Column("claim_id", "integer", "stable id of the claim; kept across re-extraction"),
          new Column("version_id", "integer", "id of this extracted version of the claim"),
          new Column("subject", "text", "the actor the claim is about (canonical name)"),
          new Column("relation", "text", "behind, ahead or parity: where subject stands"),
          new Column("reference", "text", "the actor the subject is compared with"),
          new Column("gap_min_months", "number", "lower bound of the gap in months; empty if open"),
          new Column("gap_max_months", "number", "upper bound of the gap in months; empty if open"),
          new Column(
              "gap_text",
              "text",
              "the amount as the article wrote it; the extractor's, even when a curator"
                  + " corrected the months"),
          new Column("approximate", "boolean", "the amount was hedged (about, at least...)"),
          new Column("domain", "text", "the technology, as the article named it"),
          new Column(
              "domain_group",
              "text",
              "the domain's group (config/domains.tsv); (unspecified) when no domain"),
          new Column("speaker", "text", "who said it; empty when the newsroom says it"),
          new Column("speaker_affiliation", "text", "the speaker's organisation or title"),
          new Column("confidence", "number", "the extractor's confidence, 0 to 1"),
          new Column("curator_edited", "boolean", "a curator corrected the fields above"),
          new Column("review_status", "text", "pending, accepted, rejected or duplicate"),
          new Column("needs_rereview", "boolean", "re-extraction changed it after the decision"),
          new Column("reviewer", "text", "the curator of the latest decision"),
          new Column("reviewed_at", "timestamp", "when that decision was made (UTC)"),
          new Column("review_reason", "text", "why it was rejected"),
          new Column("duplicate_of", "integer", "the claim_id it duplicates"),
          new Column("evidence", "text", "the sentence stating the claim, quoted verbatim"),
          new Column("evidence_start", "integer", "offset of the sentence in the article text"),
          new Column("evidence_end", "integer", "offset just past its end"),
          new Column("language", "text", "the article's language (ISO 639-1)"),
          new Column("article_url", "text", "the article's canonical (else fetched) URL"),
          new Column("article_title", "text", "the article's headline"),
          new Column("article_published", "text", "publication date as the article states it"),
          new Column("source", "text", "the crawl source (feed) it came from"),
          new Column("fetched_at", "timestamp", "when gapwatch fetched the page (UTC)"),
          new Column("content_sha256", "text", "SHA-256 of the raw page as fetched"),
          new Column("text_sha256", "text", "SHA-256 of the extracted article text"),
          new Column("claim_extractor", "text", "claim extractor version of this version"),
          new Column("article_extractor", "text", "article extractor version of its article"));

  /** The row's values by column name, in column order. */
  static Map<String, Object> of(ReviewStore.ProvenancedClaim pc, DomainGroups domains) {
    StoredClaim e = pc.claim().effective();
    GapClaim c = e.claim();
    GapClaim x = pc.claim().extracted().claim();
    ReviewState r = pc.claim().review();
    MonthRange m = c.gap() == null ? null : c.gap().months();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("claim_id", pc.claim().id());
    v.put("version_id", pc.provenance().versionId());
    v.put("subject", c.subject());
    v.put("relation", c.relation().label());
    v.put("reference", c.reference());
    v.put("gap_min_months", m == null ? null : m.min());
    v.put("gap_max_months", m == null ? null : m.max());
    v.put("gap_text", x.gap() == null ? null : x.gap().text());
    v.put("approximate", c.gap() == null ? null : c.gap().approximate());
    v.put("domain", c.domain());
    v.put("domain_group", domains.group(c.domain()));
    v.put("speaker", c.speaker() == null ? null : c.speaker().name());
    v.put("speaker_affiliation", c.speaker() == null ? null : c.speaker().affiliation());
    v.put("confidence", c.confidence());
    v.put("curator_edited", r.edits() != null);
    v.put("review_status", r.status().label());
    v.put("needs_rereview", r.rereview());
    v.put("reviewer", r.curator());
    v.put("reviewed_at", r.decidedAt());
    v.put("review_reason", r.reason());
    v.put("duplicate_of", r.duplicateOf());
    v.put("evidence", x.evidence().sentence());
    v.put("evidence_start", x.evidence().start());
    v.put("evidence_end", x.evidence().end());
    v.put("language", e.language());
    v.put("article_url", e.articleUrl());
    v.put("article_title", e.articleTitle());
    v.put("article_published", e.published());
    v.put("source", pc.claim().source());
    v.put("fetched_at", pc.provenance().fetchedAt());
    v.put("content_sha256", pc.provenance().contentSha256());
    v.put("text_sha256", pc.provenance().textSha256());
    v.put("claim_extractor", pc.provenance().claimExtractor());
    v.put("article_extractor", pc.provenance().articleExtractor());
    return v;
  }
}
