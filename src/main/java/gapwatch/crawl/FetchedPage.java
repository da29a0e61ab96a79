package gapwatch.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A successful HTTP response, body in memory (bounded by {@link CrawlSettings#maxBodyBytes()}).
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL after redirects
 * @param status the HTTP status (2xx)
 * @param contentType the Content-Type header, if any
 * @param body the decompressed body bytes
 * @param etag the ETag validator, if any
 * @param lastModified the Last-Modified validator, if any
 * @param fetchedAt when the response was complete
 */
public record FetchedPage(
    URI requestedUrl,
    URI finalUrl,
    int status,
    @Nullable String contentType,
    byte[] body,
    @Nullable String etag,
    @Nullable String lastModified,
    Instant fetchedAt) {

  public FetchedPage {
    Objects.requireNonNull(requestedUrl, "requestedUrl");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }

  /** A page read from a file or test fixture rather than fetched. */
  public static FetchedPage ofFile(URI url, byte[] body, @Nullable String contentType) {
    return new FetchedPage(url, url, 200, contentType, body, null, null, Instant.EPOCH);
  }

  /** The charset named by the Content-Type header, if any. */
  public @Nullable String declaredCharset() {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String cs = p.substring(8).trim().replace("\"", "").replace("'", "");
        return cs.isEmpty() ? null : cs;
      }
    }
    return null;
  }
}
