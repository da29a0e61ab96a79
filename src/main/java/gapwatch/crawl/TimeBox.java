package gapwatch.crawl;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs side-effect-free work (extracting a page) with a deadline. The work runs on a thread of its
 * own; past the deadline the caller gets a {@link TimeoutException} at once and the thread is
 * interrupted and abandoned: jsoup stops reading when interrupted, but regular expressions and
 * model code do not check, so an abandoned thread may run on for a while. That is why the work must
 * not write anything: its result is simply dropped. Threads are daemons with a large stack (deeply
 * nested hostile HTML). Thread-safe; close it at the end of the run.
 */
final class TimeBox implements AutoCloseable {

  /** Stack of an extraction thread: hostile pages nest deeply, and tree walks recurse. */
  private static final long STACK_BYTES = 16L << 20;

  private final Duration limit;
  private final ExecutorService pool;

  TimeBox(Duration limit) {
    this.limit = limit;
    this.pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(null, r, "extract", STACK_BYTES);
              t.setDaemon(true);
              return t;
            });
  }

  Duration limit() {
    return limit;
  }

  /**
   * The result of {@code work}, or a {@link TimeoutException} once the limit has passed. What
   * {@code work} throws (runtime exceptions and errors, a stack overflow included) is rethrown.
   *
   * @throws InterruptedException when the calling thread is interrupted while waiting
   */
  <T> T run(Supplier<T> work) throws TimeoutException, InterruptedException {
    Future<T> future = pool.submit(work::get);
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("a supplier cannot throw a checked exception", cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
