package gapwatch.review;

import gapwatch.claims.Evidence;

/**
 * The paragraph around a claim's evidence sentence, split so the sentence can be highlighted:
 * {@code before + evidence + after} is the paragraph (trimmed to {@link #CONTEXT} characters each
 * side). Paragraphs are the article text's blocks, separated by blank lines.
 */
record EvidenceParagraph(String before, String evidence, String after) {

  /** The most text shown on either side of the sentence. */
  static final int CONTEXT = 800;

  /**
   * Finds the evidence in the text: at its offsets when they still point at it, else at its first
   * occurrence; when the text no longer contains it, the sentence alone.
   */
  static EvidenceParagraph of(String text, Evidence e) {
    int start = e.start();
    boolean atOffsets =
        e.end() <= text.length()
            && text.regionMatches(start, e.sentence(), 0, e.sentence().length());
    if (!atOffsets) {
      start = text.indexOf(e.sentence());
      if (start < 0) {
        return new EvidenceParagraph("", e.sentence(), "");
      }
    }
    int end = start + e.sentence().length();
    int from = text.lastIndexOf("\n\n", start);
    from = from < 0 ? 0 : from + 2;
    int to = text.indexOf("\n\n", end);
    to = to < 0 ? text.length() : to;
    String before = text.substring(Math.max(from, start - CONTEXT), start);
    String after = text.substring(end, Math.min(to, end + CONTEXT));
    return new EvidenceParagraph(
        (from < start - CONTEXT ? "…" : "") + before.stripLeading(),
        e.sentence(),
        after.stripTrailing() + (to > end + CONTEXT ? "…" : ""));
  }
}
