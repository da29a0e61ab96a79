package gapwatch.crawl;

import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One item of a feed, converted from ROME's mutable entry at the boundary.
 *
 * @param link the article's address as the feed gives it, resolved against the feed URL
 * @param title the entry's title, if any
 * @param published the entry's publication (or else update) time, if any
 */
public record FeedEntry(URI link, @Nullable String title, @Nullable Instant published) {}
