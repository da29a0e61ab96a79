package gapwatch.article;

/**
 * Checks on a page's raw bytes before parsing: whether they are text at all (servers send images
 * and archives as text/html). The charset is {@link PageCharset}'s job. Stateless.
 */
final class PageBytes {

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
}
