package gapwatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Catalogue cases A8 and B6 for pages: which charset wins, and the text that comes out. */
class PageCharsetTest {

  private static final String TEXT = "Le café “quoted” à Paris";

  @Test
  void aByteOrderMarkWinsOverTheHeader() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] body = concat(bom, page("").getBytes(StandardCharsets.UTF_8));
    assertNull(PageCharset.choose(body, "ISO-8859-1"), "left to jsoup, which reads the BOM");
    assertEquals(TEXT, text(body, "ISO-8859-1"));
  }

  @Test
  void aHeaderThatTheBytesContradictLosesToTheMeta() throws IOException {
    byte[] body = page("<meta charset=windows-1252>").getBytes(Charset.forName("windows-1252"));
    assertEquals("windows-1252", PageCharset.choose(body, "UTF-8"));
    assertEquals(TEXT, text(body, "UTF-8"));
  }

  @Test
  void legacyBytesWithNoCharsetAnywhereFallBackToWindows1252() throws IOException {
    byte[] body = page("").getBytes(Charset.forName("windows-1252"));
    assertEquals("windows-1252", PageCharset.choose(body, null));
    assertEquals(TEXT, text(body, null));
  }

  @Test
  void aServerDefaultLatin1LosesToTheAuthorsUtf8() throws IOException {
    byte[] body = page("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8);
    assertEquals("UTF-8", PageCharset.choose(body, "ISO-8859-1"));
    assertEquals(TEXT, text(body, "ISO-8859-1"));
  }

  @Test
  void aTrueHeaderWins() {
    byte[] body = page("<meta charset=utf-8>").getBytes(StandardCharsets.UTF_8);
    assertEquals("UTF-8", PageCharset.choose(body, "utf-8"));
  }

  @Test
  void utf16WithoutAByteOrderMarkFollowsTheHeader() throws IOException {
    byte[] body = page("").getBytes(StandardCharsets.UTF_16LE);
    assertEquals("UTF-16LE", PageCharset.choose(body, "utf-16le"));
    assertEquals(TEXT, text(body, "utf-16le"));
  }

  @Test
  void anUnknownCharsetNameIsIgnored() {
    byte[] body = page("").getBytes(StandardCharsets.UTF_8);
    assertEquals("UTF-8", PageCharset.choose(body, "x-no-such-charset"));
  }

  @Test
  void aUtf8CharacterCutByTheSampleIsNotAnError() {
    byte[] body = ("<p>" + "é".repeat(40_000) + "</p>").getBytes(StandardCharsets.UTF_8);
    assertEquals("UTF-8", PageCharset.choose(body, "utf-8"));
  }

  private static String page(String meta) {
    return "<html><head>" + meta + "<title>t</title></head><body><p>" + TEXT + "</p></body></html>";
  }

  private static String text(byte[] body, String header) throws IOException {
    String cs = PageCharset.choose(body, header);
    return Jsoup.parse(new ByteArrayInputStream(body), cs, "http://x.test/", Parser.htmlParser())
        .selectFirst("p")
        .text();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
