package gapwatch.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Near-duplicate detection for article texts: a 64-bit SimHash over word counts finds candidates
 * cheaply (through six indexed bands: texts within {@link #MAX_DISTANCE} bits share one), and the
 * resemblance of word 3-shingles confirms them. The same story with another byline, timestamp or
 * related-links block is a near duplicate; another story on the same subject is not. Stateless.
 */
final class NearDuplicates {

  /** Texts with fewer words are compared exactly only: their signatures are too unstable. */
  static final int MIN_WORDS = 40;

  /** Candidates differ in at most this many SimHash bits. */
  static final int MAX_DISTANCE = 5;

  /** Shingle resemblance (Jaccard) from which two texts are the same article. */
  static final double MIN_RESEMBLANCE = 0.8;

  /** Bit widths of the six bands, 64 bits in all. */
  private static final int[] BAND_BITS = {11, 11, 11, 11, 10, 10};

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NearDuplicates() {}

  /** The words of a text, lower-cased. */
  static String[] words(String text) {
    String t = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return t.isEmpty() ? new String[0] : t.split(" ");
  }

  /** The SimHash of a text's words, weighted by count. */
  static long simhash(String[] words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : words) {
      counts.merge(w, 1, Integer::sum);
    }
    int[] v = new int[64];
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      long h = hash(e.getKey());
      for (int i = 0; i < 64; i++) {
        v[i] += ((h >>> i) & 1L) == 1L ? e.getValue() : -e.getValue();
      }
    }
    long out = 0;
    for (int i = 0; i < 64; i++) {
      if (v[i] > 0) {
        out |= 1L << i;
      }
    }
    return out;
  }

  /** The six band values of a signature. */
  static long[] bands(long simhash) {
    long[] out = new long[BAND_BITS.length];
    int shift = 0;
    for (int i = 0; i < BAND_BITS.length; i++) {
      out[i] = (simhash >>> shift) & ((1L << BAND_BITS[i]) - 1);
      shift += BAND_BITS[i];
    }
    return out;
  }

  static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** The Jaccard resemblance of two texts' word 3-shingles. */
  static double resemblance(String[] a, String[] b) {
    Set<String> sa = shingles(a);
    Set<String> sb = shingles(b);
    if (sa.isEmpty() || sb.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String s : sa) {
      if (sb.contains(s)) {
        common++;
      }
    }
    return (double) common / (sa.size() + sb.size() - common);
  }

  private static Set<String> shingles(String[] w) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 < w.length; i++) {
      out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]);
    }
    return out;
  }

  /** FNV-1a, then a SplitMix64 finaliser so that every bit depends on every character. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
