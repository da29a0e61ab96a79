package gapwatch.article;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of one text another contains, measured on runs of four words ("shingles"): the way to
 * check that a page's declared article body is what its reader sees, whatever the markup and
 * spacing. Stateless.
 */
final class TextOverlap {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  private TextOverlap() {}

  /** The text's shingles, hashed. */
  static Set<Long> shingles(CharSequence text) {
    Set<Long> out = new HashSet<>();
    long[] window = new long[SHINGLE];
    int n = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      window[n % SHINGLE] = m.group().hashCode();
      n++;
      if (n >= SHINGLE) {
        long h = 17;
        for (int i = n - SHINGLE; i < n; i++) {
          h = h * 1_000_003L + window[i % SHINGLE];
        }
        out.add(h);
      }
    }
    return out;
  }

  /** The share of {@code part}'s shingles found in {@code whole}; 0 when part has none. */
  static double coverage(Set<Long> part, Set<Long> whole) {
    if (part.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (Long s : part) {
      if (whole.contains(s)) {
        found++;
      }
    }
    return found / (double) part.size();
  }
}
