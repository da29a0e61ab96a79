package gapwatch.crawl;

import org.jspecify.annotations.Nullable;

/**
 * HTTP cache validators remembered from an earlier response, sent back as a conditional GET.
 *
 * @param etag the ETag, sent as If-None-Match
 * @param lastModified the Last-Modified value, sent as If-Modified-Since
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {

  /** No validators: an unconditional GET. */
  public static final Validators NONE = new Validators(null, null);
}
