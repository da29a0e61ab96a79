package gapwatch.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.jspecify.annotations.Nullable;

/**
 * Checks on a page's raw bytes before parsing: whether they are text at all (servers send images
 * and archives as text/html), and whether the charset the server declared can decode them (when it
 * cannot, the page's own meta charset or jsoup's sniffing decides). Stateless.
 */
final class PageBytes {

  /** How much of a page the checks look at. */
  private static final int PROBE_BYTES = 64 * 1024;

  private PageBytes() {}

  /** Whether the page starts like binary data: NUL bytes or many control bytes, and no BOM. */
  static boolean looksBinary(byte[] body) {
    if (body.length >= 2
        && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
            || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
      return false; // UTF-16 text has NUL bytes
    }
    int n = Math.min(body.length, 4096);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  /**
   * The charset to decode with: the declared one when it is known and decodes the page's start
   * without errors, else none (the page's meta charset or sniffing decides).
   */
  static @Nullable String charset(byte[] body, @Nullable String declared) {
    if (declared == null) {
      return null;
    }
    Charset cs;
    try {
      cs = Charset.forName(declared);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int n = Math.min(body.length, PROBE_BYTES);
    // Cut the probe at the last ASCII byte so that a multi-byte character is not split.
    while (n > 0 && n < body.length && (body[n - 1] & 0x80) != 0) {
      n--;
    }
    try {
      decoder.decode(ByteBuffer.wrap(body, 0, n));
      return cs.name();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
