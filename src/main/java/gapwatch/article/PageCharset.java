package gapwatch.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the charset an HTML page is decoded with. A byte-order mark wins (jsoup reads it); then
 * the charset of the HTTP header, then the one a {@code <meta>} names, then UTF-8 — each only when
 * the page's bytes are valid in it — and windows-1252 last, as browsers do for legacy pages. The
 * validity check catches the common lie, a server-wide {@code charset=UTF-8} on a page written in a
 * legacy charset, which would otherwise be stored as text full of U+FFFD; and a header naming a
 * single-byte charset loses to a {@code <meta charset=utf-8>} on a page that is valid UTF-8 with
 * non-ASCII text (a server default overriding what the author wrote). Stateless and thread-safe.
 */
final class PageCharset {

  /** Bytes checked for validity: enough to meet the page's non-ASCII text, cheap to decode. */
  private static final int SAMPLE = 64 * 1024;

  /** Where a meta charset must be (jsoup looks in about the same span). */
  private static final int META_SPAN = 8 * 1024;

  private static final Pattern META =
      Pattern.compile("(?i)<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})");

  private PageCharset() {}

  /**
   * The charset name to decode {@code body} with, or null to let jsoup read the byte-order mark.
   *
   * @param declared the charset of the Content-Type header, if any
   */
  static @Nullable String choose(byte[] body, @Nullable String declared) {
    if (hasBom(body)) {
      return null;
    }
    Optional<Charset> header = charset(declared);
    Optional<Charset> meta = metaCharset(body);
    boolean utf8 = valid(body, StandardCharsets.UTF_8);
    if (header.isPresent() && valid(body, header.get())) {
      boolean authorSaysUtf8 = meta.filter(StandardCharsets.UTF_8::equals).isPresent();
      if (authorSaysUtf8 && utf8 && singleByte(header.get()) && hasNonAscii(body)) {
        return StandardCharsets.UTF_8.name();
      }
      return header.get().name();
    }
    if (meta.isPresent() && valid(body, meta.get())) {
      return meta.get().name();
    }
    return utf8 ? StandardCharsets.UTF_8.name() : "windows-1252";
  }

  private static boolean hasBom(byte[] b) {
    int b0 = b.length > 0 ? b[0] & 0xff : -1;
    int b1 = b.length > 1 ? b[1] & 0xff : -1;
    int b2 = b.length > 2 ? b[2] & 0xff : -1;
    return (b0 == 0xef && b1 == 0xbb && b2 == 0xbf)
        || (b0 == 0xfe && b1 == 0xff)
        || (b0 == 0xff && b1 == 0xfe);
  }

  private static Optional<Charset> metaCharset(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, META_SPAN), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    return m.find() ? charset(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> charset(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name.trim()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /** Whether the sample decodes without a malformed or unmappable sequence. */
  static boolean valid(byte[] body, Charset cs) {
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body, 0, Math.min(body.length, SAMPLE));
    CharBuffer out = CharBuffer.allocate(8 * 1024);
    boolean whole = body.length <= SAMPLE;
    while (true) {
      // A sample cut mid-character is not an error: only the whole body has an end.
      CoderResult r = decoder.decode(in, out, whole);
      if (r.isError()) {
        return false;
      }
      if (r.isUnderflow()) {
        return !whole || flushes(decoder, out);
      }
      out.clear();
    }
  }

  private static boolean flushes(CharsetDecoder decoder, CharBuffer out) {
    out.clear();
    return !decoder.flush(out).isError();
  }

  private static boolean singleByte(Charset cs) {
    String n = cs.name().toLowerCase(Locale.ROOT);
    return n.startsWith("iso-8859") || n.startsWith("windows-125") || n.equals("us-ascii");
  }

  private static boolean hasNonAscii(byte[] body) {
    int n = Math.min(body.length, SAMPLE);
    for (int i = 0; i < n; i++) {
      if (body[i] < 0) {
        return true;
      }
    }
    return false;
  }
}
