package gapwatch.crawl;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Refuses bodies that are not text, whatever their Content-Type claims: binary served as text/html
 * parses into pages of replacement characters.
 */
final class BodySniffer {

  private static final int SAMPLE = 1024;

  private static final Pattern UTF16 = Pattern.compile("(?i)charset\\s*=\\s*[\"']?utf-16");

  private BodySniffer() {}

  static Optional<String> whyNotText(@Nullable String contentType, byte[] body) {
    if (contentType != null) {
      String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (type.startsWith("image/")
          || type.startsWith("audio/")
          || type.startsWith("video/")
          || type.startsWith("font/")
          || type.equals("application/pdf")
          || type.equals("application/zip")
          || type.equals("application/octet-stream")) {
        return Optional.of("not text: Content-Type " + type);
      }
    }
    Optional<String> magic = magic(body);
    if (magic.isPresent()) {
      return Optional.of("not text: body starts like " + magic.get());
    }
    int n = Math.min(SAMPLE, body.length);
    boolean utf16 = isUtf16(contentType, body);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = body[i] & 0xff;
      if (c == 0 && utf16) {
        continue; // every other byte of UTF-16 ASCII text is NUL
      }
      if (c == 0) {
        return Optional.of("not text: NUL bytes in the body");
      }
      if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
        control++;
      }
    }
    if (n > 0 && control * 10 > n) {
      return Optional.of("not text: " + control + " control bytes in the first " + n);
    }
    return Optional.empty();
  }

  /** UTF-16 by its byte-order mark or by the charset the Content-Type names. */
  private static boolean isUtf16(@Nullable String contentType, byte[] b) {
    boolean bom =
        b.length > 1
            && (((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
                || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe));
    return bom || (contentType != null && UTF16.matcher(contentType).find());
  }

  private static Optional<String> magic(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return Optional.of("a PDF");
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return Optional.of("a PNG image");
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return Optional.of("a GIF image");
    }
    if (startsWith(b, 0xff, 0xd8, 0xff)) {
      return Optional.of("a JPEG image");
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return Optional.of("a ZIP archive");
    }
    if (startsWith(b, 0x1f, 0x8b)) {
      return Optional.of("gzip data");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
