package gapwatch.article;

/** Where an article's main text was read from. */
public enum TextSource {
  /** The page's visible markup, by the generic extractor. */
  PAGE,
  /** The page's JSON-LD {@code articleBody}. */
  JSON_LD,
  /** A JSON state object embedded in the page for its scripts. */
  JSON_STATE,
  /** The selectors or JSON paths of a site profile. */
  SITE_PROFILE,
  /** No text was found. */
  NONE
}
