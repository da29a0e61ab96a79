package gapwatch.crawl;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the ledger remembers of a feed between runs.
 *
 * @param validators for the next conditional GET
 * @param lastPolled when the feed was last fetched, if ever
 */
public record FeedState(Validators validators, @Nullable Instant lastPolled) {

  /** A feed never polled. */
  public static final FeedState NEW = new FeedState(Validators.NONE, null);
}
