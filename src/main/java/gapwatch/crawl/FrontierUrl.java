package gapwatch.crawl;

import java.net.URI;

/**
 * A URL waiting in the persistent frontier.
 *
 * @param id the ledger's identifier for the URL
 * @param url the canonical URL
 * @param source the name of the source whose feed listed it
 * @param attempts how many fetches of it have failed so far
 */
public record FrontierUrl(long id, URI url, String source, int attempts) {}
