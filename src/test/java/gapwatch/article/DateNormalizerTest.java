package gapwatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateNormalizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-09-13T08:30:00+08:00 | 2024-09-13T08:30+08:00",
        "2024-09-13T08:30:00Z | 2024-09-13T08:30Z",
        "2024-09-13 08:30:00+0800 | 2024-09-13T08:30+08:00",
        "2024-09-13 | 2024-09-13",
        "2024-09-13T08:30:00 | 2024-09-13T08:30",
        "Fri, 13 Sep 2024 08:30:00 GMT | 2024-09-13T08:30Z",
        "2024-09-13T08:30:00.000+08:00[Asia/Hong_Kong] | 2024-09-13T08:30+08:00"
      })
  void keepsThePrecisionAndOffsetThePageGives(String raw, String iso) {
    assertEquals(Optional.of(iso), DateNormalizer.normalize(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "13/09/2024 at noon", "2024-13-45"})
  void refusesWhatIsNotADate(String raw) {
    assertTrue(DateNormalizer.normalize(raw).isEmpty(), raw);
  }

  @ParameterizedTest
  @CsvSource({
    "https://news.example/tech/2024/09/13/slug.html, 2024-09-13",
    "https://news.example/2024-9-3/slug, 2024-09-03"
  })
  void readsDatesInUrlPaths(String url, String date) {
    assertEquals(Optional.of(date), DateNormalizer.fromUrl(url));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Published Sept. 13, 2024, 8:30 a.m. ET | true | 2024-09-13T08:30-04:00",
        "13 September 2024 • 14:05 BST | false | 2024-09-13T14:05+01:00",
        "Thứ sáu, 13/09/2024 08:30 (GMT+7) | false | 2024-09-13T08:30+07:00",
        "09/13/2024 | true | 2024-09-13",
        "2024年9月13日 | false | 2024-09-13",
        "13 de septiembre de 2024 | false | 2024-09-13",
        "13. März 2024, 08:30 Uhr | false | 2024-03-13T08:30",
        "January 5, 2025 5:15 pm PST | true | 2025-01-05T17:15-08:00"
      })
  void readsDatesWrittenForReaders(String text, boolean monthFirst, String iso) {
    assertEquals(Optional.of(iso), DateNormalizer.fromText(text, monthFirst));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 hours ago", "Page 13 of 2024 results", "31 February 2024"})
  void findsNoDateWhereThereIsNone(String text) {
    assertTrue(DateNormalizer.fromText(text, true).isEmpty(), text);
  }
}
