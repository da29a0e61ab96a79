package gapwatch.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Unpacks a body that is itself a gzip file (a sitemap served as {@code .xml.gz}, with no
 * Content-Encoding), counting the bytes it produces so that a decompression bomb stops at the limit
 * instead of filling the heap. Stateless and thread-safe.
 */
final class GzipBody {

  private GzipBody() {}

  /** Whether the bytes start with the gzip magic number. */
  static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
  }

  /**
   * The unpacked bytes, or null when they would exceed {@code limit}.
   *
   * @throws IOException when the data is not valid gzip (corrupt, truncated, bad checksum)
   */
  static byte @Nullable [] inflate(byte[] gz, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    long total = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      int n;
      while ((n = in.read(buf)) != -1) {
        total += n;
        if (total > limit) {
          return null;
        }
        out.write(buf, 0, n);
      }
    }
    return out.toByteArray();
  }
}
