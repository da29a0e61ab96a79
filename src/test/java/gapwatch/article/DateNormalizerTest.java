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
}
