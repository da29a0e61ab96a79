package gapwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

  private final AmountParser parser = new AmountParser();

  private AmountMention only(String text) {
    List<AmountMention> found = parser.find(text);
    assertEquals(1, found.size(), "amounts in '" + text + "': " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "six months to a year behind | 6 | 12 | false | six months to a year",
        "about six months to a year | 6 | 12 | true | about six months to a year",
        "half a year to a year | 6 | 12 | false | half a year to a year",
        "about one to two years | 12 | 24 | true | about one to two years",
        "1-2 years | 12 | 24 | false | 1-2 years",
        "4 – 5 years late | 48 | 60 | false | 4 – 5 years",
        "a year or two | 12 | 24 | false | a year or two",
        "three to five years | 36 | 60 | false | three to five years",
        "18 months | 18 | 18 | false | 18 months",
        "a year and a half | 18 | 18 | false | a year and a half",
        "one and a half years | 18 | 18 | false | one and a half years",
        "1.5 years | 18 | 18 | false | 1.5 years",
        "a 1.5-year gap | 18 | 18 | false | 1.5-year",
        "a two-decade gap | 240 | 240 | false | two-decade",
        "a decade | 120 | 120 | false | a decade",
        "a full two decades after | 240 | 240 | false | a full two decades",
        "a couple of years | 24 | 24 | false | a couple of years",
        "at least two years | 24 | null | true | at least two years",
        "more than three years | 36 | null | true | more than three years",
        "up to a year | null | 12 | true | up to a year",
        "as long as 6 to 9 years | 72 | 108 | false | as long as 6 to 9 years",
        "six years, or even nine years | 72 | 108 | false | six years, or even nine years",
        "two, maybe three years behind | 24 | 36 | true | two, maybe three years",
        "a decade or more behind | 120 | null | true | a decade or more",
        "a full decade behind | 120 | 120 | false | a full decade",
        "a quarter-century behind | 300 | 300 | false | a quarter-century",
        "tụt hậu một, hai năm | 12 | 24 | false | một, hai năm",
        "chậm vài phần nghìn giây | 0 | 0 | true | vài phần nghìn giây",
        "twenty-five years | 300 | 300 | false | twenty-five years",
        "nanoseconds | 0 | 0 | true | nanoseconds",
        "khoảng 6 tháng đến 1 năm | 6 | 12 | true | khoảng 6 tháng đến 1 năm",
        "khoảng 1-2 năm | 12 | 24 | true | khoảng 1-2 năm",
        "từ 2-3 năm | 24 | 36 | false | từ 2-3 năm",
        "khoảng 30-35 năm | 360 | 420 | true | khoảng 30-35 năm",
        "1 năm rưỡi | 18 | 18 | false | 1 năm rưỡi",
        "khoảng nửa năm | 6 | 6 | true | khoảng nửa năm",
        "hơn 10 năm | 120 | null | true | hơn 10 năm",
        "đi sau năm năm | 60 | 60 | false | năm năm",
        "từ ba đến năm năm | 36 | 60 | false | từ ba đến năm năm",
        "khoảng năm đến bảy năm | 60 | 84 | true | khoảng năm đến bảy năm"
      })
  void parsesTimeAmounts(String text, String min, String max, boolean approx, String written) {
    AmountMention m = only(text);
    assertEquals(AmountMention.Kind.TIME, m.kind());
    MonthRange r = m.amount().months();
    assertEquals(min == null ? null : Double.valueOf(min), r.min(), "min of " + text);
    assertEquals(max == null ? null : Double.valueOf(max), r.max(), "max of " + text);
    assertEquals(approx, m.amount().approximate(), "approximate of " + text);
    assertEquals(written, m.amount().text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "several years | several years",
        "a matter of weeks | a matter of weeks",
        "a few months | a few months",
        "years behind | years",
        "decades behind | decades",
        "vài tháng | vài tháng"
      })
  void keepsVagueAmountsWithoutBounds(String text, String written) {
    AmountMention m = only(text);
    assertNull(m.amount().months());
    assertTrue(m.amount().approximate());
    assertEquals(written, m.amount().text());
    assertEquals(AmountMention.Kind.TIME, m.kind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a generation behind | a generation",
        "30% faster | 30%",
        "by 8.5 percent | 8.5 percent",
        "two process nodes | two process nodes",
        "light-years ahead | light-years",
        "leaps and bounds above | leaps and bounds"
      })
  void keepsAmountsThatAreNotTimesAsText(String text, String written) {
    AmountMention m = only(text);
    assertEquals(AmountMention.Kind.OTHER, m.kind());
    assertNull(m.amount().months());
    assertEquals(written, m.amount().text());
  }

  @Test
  void findsNoAmountInDatesAndBareNumbers() {
    assertEquals(List.of(), parser.find("In 2023 the firm shipped 54 million phones."));
  }

  @Test
  void readsVietnameseYearAsYearWhereItIsNotFive() {
    // "năm" is both "year" and "five": only before a unit or "đến" is it five
    assertEquals(List.of(), parser.find("Trong năm tới, hãng sẽ mở thêm nhà máy."));
    assertEquals(List.of(), parser.find("Năm ngoái, doanh số tăng mạnh."));
  }

  /** Property: for any n <= m, "n to m years" and "n-m months" give [n, m] in months. */
  @Test
  void everyNumericRangeGivesOrderedBounds() {
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      int n = random.nextInt(40);
      int m = n + random.nextInt(40);
      boolean years = random.nextBoolean();
      String unit = years ? "years" : "months";
      double f = years ? 12 : 1;
      String text = random.nextBoolean() ? n + " to " + m + " " + unit : n + "-" + m + " " + unit;
      MonthRange r = only(text).amount().months();
      assertEquals(n * f, r.min(), text);
      assertEquals(m * f, r.max(), text);
    }
  }

  /** Property: a hedge never changes the bounds, only the approximate flag (or opens one). */
  @Test
  void hedgesChangeOnlyTheFlag() {
    for (String hedge : new String[] {"about", "roughly", "around", "nearly", "approximately"}) {
      for (String amount : new String[] {"two years", "18 months", "one to two years"}) {
        AmountMention plain = only(amount);
        AmountMention hedged = only(hedge + " " + amount);
        assertEquals(plain.amount().months(), hedged.amount().months(), hedge + " " + amount);
        assertTrue(hedged.amount().approximate());
      }
    }
  }
}
