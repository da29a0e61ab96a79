package gapwatch.crawl;

import org.jspecify.annotations.Nullable;

/** A feed body that is not a usable RSS or Atom document; the message says where and why. */
public final class FeedParseException extends Exception {
  private static final long serialVersionUID = 1L;

  public FeedParseException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
