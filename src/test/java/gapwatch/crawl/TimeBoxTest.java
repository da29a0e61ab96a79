package gapwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TimeBoxTest {

  @Test
  void givesUpOnWorkThatIgnoresInterruptsAndStaysUsable() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    try (TimeBox box = new TimeBox(Duration.ofMillis(200))) {
      assertThrows(
          TimeoutException.class,
          () ->
              box.run(
                  () -> {
                    while (!stop.get()) {
                      Thread.onSpinWait(); // a regular expression stuck on hostile text
                    }
                    return "never";
                  }));
      assertEquals("next", box.run(() -> "next"), "the next page is extracted as usual");
    } finally {
      stop.set(true);
    }
  }

  @Test
  void passesOnWhatTheWorkThrowsAStackOverflowIncluded() {
    try (TimeBox box = new TimeBox(Duration.ofSeconds(10))) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              box.run(
                  () -> {
                    throw new IllegalArgumentException("bad page");
                  }));
      assertThrows(StackOverflowError.class, () -> box.run(TimeBoxTest::recurse));
    }
  }

  private static int recurse() {
    return recurse() + 1;
  }
}
