package gapwatch.article;

/**
 * How much of one text another contains, measured on runs of four words ("shingles"): the way to
 * check that a page's declared article body is what its reader sees, whatever the markup and
 * spacing. Words are what {@code \w+} finds with {@code UNICODE_CHARACTER_CLASS}; they are read
 * without a regular expression and hashed without being copied, as declared bodies can be long.
 * Stateless.
 */
final class TextOverlap {

  private static final int SHINGLE = 4;

  private TextOverlap() {}

  /** The text's shingles, hashed. */
  static Shingles shingles(CharSequence text) {
    Shingles out = new Shingles(text.length() / 6);
    long[] window = new long[SHINGLE];
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = Character.codePointAt(text, i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int hash = 0;
      while (i < text.length() && isWordChar(cp = Character.codePointAt(text, i))) {
        int end = i + Character.charCount(cp);
        for (; i < end; i++) {
          hash = 31 * hash + text.charAt(i); // String.hashCode of the word
        }
      }
      window[n % SHINGLE] = hash;
      n++;
      if (n >= SHINGLE) {
        long h = 17;
        for (int k = n - SHINGLE; k < n; k++) {
          h = h * 1_000_003L + window[k % SHINGLE];
        }
        out.add(h);
      }
    }
    return out;
  }

  /** The share of {@code part}'s shingles found in {@code whole}; 0 when part has none. */
  static double coverage(Shingles part, Shingles whole) {
    if (part.size == 0) {
      return 0;
    }
    int found = part.hasZero && whole.hasZero ? 1 : 0;
    for (long s : part.table) {
      if (s != 0 && whole.contains(s)) {
        found++;
      }
    }
    return found / (double) part.size;
  }

  /**
   * A set of shingle hashes, open addressing over a {@code long[]} (0 marks a free slot and is kept
   * apart): a declared body has thousands of shingles, too many to box.
   */
  static final class Shingles {
    private long[] table;
    private int size;
    private boolean hasZero;

    Shingles(int expected) {
      table = new long[Math.max(16, Integer.highestOneBit(Math.max(1, expected)) * 4)];
    }

    int size() {
      return size;
    }

    boolean contains(long h) {
      if (h == 0) {
        return hasZero;
      }
      int mask = table.length - 1;
      for (int i = slot(h, mask); table[i] != 0; i = (i + 1) & mask) {
        if (table[i] == h) {
          return true;
        }
      }
      return false;
    }

    void add(long h) {
      if (h == 0) {
        size += hasZero ? 0 : 1;
        hasZero = true;
        return;
      }
      if ((size + 1) * 2 > table.length) {
        grow();
      }
      int mask = table.length - 1;
      int i = slot(h, mask);
      while (table[i] != 0) {
        if (table[i] == h) {
          return;
        }
        i = (i + 1) & mask;
      }
      table[i] = h;
      size++;
    }

    private void grow() {
      long[] old = table;
      table = new long[old.length * 2];
      size = hasZero ? 1 : 0;
      for (long h : old) {
        if (h != 0) {
          add(h);
        }
      }
    }

    private static int slot(long h, int mask) {
      long x = h * 0x9E3779B97F4A7C15L;
      return (int) (x ^ (x >>> 32)) & mask;
    }
  }

  /** A word character of {@code \w} under {@code UNICODE_CHARACTER_CLASS}. */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z')
          || (cp >= 'A' && cp <= 'Z')
          || (cp >= '0' && cp <= '9')
          || cp == '_';
    }
    if (Character.isAlphabetic(cp) || Character.isDigit(cp) || cp == 0x200C || cp == 0x200D) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.CONNECTOR_PUNCTUATION;
  }
}
