package gapwatch.article;

/** What kind of page an extraction found; only {@link #ARTICLE} pages go on to claim extraction. */
public enum PageKind {
  /** A news article or blog post with main text. */
  ARTICLE,
  /** An index, tag, section or search page: teasers, no article. */
  NOT_ARTICLE,
  /** An article whose text is partial because of a paywall. */
  PAYWALLED,
  /** A consent wall, bot check or other block page instead of the article. */
  BLOCKED,
  /** No usable text at all (empty, script-only shell, binary). */
  EMPTY
}
