package gapwatch.claims;

import java.util.List;

/**
 * When a text states a gap between two actors without a direction word ("the gap between China and
 * the US is a year"), the laggard is the subject. This prior names the usual leader of common
 * pairs; for other pairs the first-named actor is taken as the laggard.
 */
final class LeaderPrior {

  /** Actors that, in technology news, are more often the leader than the laggard, in order. */
  private static final List<String> USUAL_LEADERS =
      List.of(
          "United States",
          "OpenAI",
          "Nvidia",
          "TSMC",
          "Apple",
          "Samsung",
          "Intel",
          "South Korea",
          "Japan",
          "Taiwan",
          "the West",
          "Europe",
          "European Union",
          "China");

  private LeaderPrior() {}

  /** Whether {@code a} is usually ahead of {@code b}. */
  static boolean leads(String a, String b) {
    int ia = USUAL_LEADERS.indexOf(a);
    int ib = USUAL_LEADERS.indexOf(b);
    return ia >= 0 && (ib < 0 || ia < ib);
  }
}
