package gapwatch.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  private static String story(long seed, int words) {
    String[] vocab = {
      "chip", "model", "lab", "export", "market", "engineer", "factory", "policy", "research",
      "battery", "robot", "network", "cloud", "design", "supply", "capital", "startup", "rule"
    };
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(vocab[r.nextInt(vocab.length)]).append(' ');
    }
    return b.toString();
  }

  private static boolean near(String a, String b) {
    String[] wa = NearDuplicates.words(a);
    String[] wb = NearDuplicates.words(b);
    return NearDuplicates.distance(NearDuplicates.simhash(wa), NearDuplicates.simhash(wb))
            <= NearDuplicates.MAX_DISTANCE
        && NearDuplicates.resemblance(wa, wb) >= NearDuplicates.MIN_RESEMBLANCE;
  }

  @Test
  void theSameStoryWithAnotherBylineAndTimestampIsANearDuplicate() {
    String text = story(1, 400);
    assertTrue(near(text, "By Staff Writer. Updated 10:42. " + text + " Read more: related."));
  }

  @Test
  void anotherStoryOnTheSameSubjectIsNot() {
    assertTrue(!near(story(1, 400), story(2, 400)));
  }

  @Test
  void nearSignaturesShareABand() {
    long a = NearDuplicates.simhash(NearDuplicates.words(story(3, 400)));
    long b = a ^ 0b1000_0000_0100_0000_0010_0000_0001_0001L; // five bits apart
    long[] ba = NearDuplicates.bands(a);
    long[] bb = NearDuplicates.bands(b);
    boolean shared = false;
    for (int i = 0; i < ba.length; i++) {
      shared |= ba[i] == bb[i];
    }
    assertTrue(shared);
  }
}
