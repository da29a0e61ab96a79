/**
 * Stage 1 of the pipeline: reads sources (RSS/Atom feeds), keeps a frontier of article URLs and
 * fetches them over HTTP politely and safely. It knows nothing of later stages: what is already
 * stored reaches it through {@link gapwatch.crawl.CrawlLedger}, and fetched pages leave it through
 * {@link gapwatch.crawl.PageSink}.
 */
@NullMarked
package gapwatch.crawl;

import org.jspecify.annotations.NullMarked;
