package gapwatch.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for many hosts at once while keeping each host polite: a fixed pool of threads takes
 * whichever host is due soonest, does one request's worth of work for it, and gives it back with
 * its next allowed time. Threads never sleep on behalf of one host while another is ready, so the
 * run takes about as long as its busiest host's politeness bound. Thread-safe.
 */
final class PoliteScheduler {

  private static final Logger log = LoggerFactory.getLogger(PoliteScheduler.class);

  /** One unit of work for one host: typically one request and what follows from it. */
  interface Job {
    /** Does the work, on a lane this thread holds alone. */
    void run(HostLane lane) throws InterruptedException;

    /** The host rests until the next run: this job is left for then. */
    void defer(String why);
  }

  private final CrawlSettings settings;
  private final Clock clock;
  private final BiConsumer<String, String> onRest;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, HostLane> lanes = new LinkedHashMap<>();

  /**
   * @param onRest hears once per host that rests until the next run: the host and why
   */
  PoliteScheduler(CrawlSettings settings, Clock clock, BiConsumer<String, String> onRest) {
    this.settings = settings;
    this.clock = clock;
    this.onRest = onRest;
  }

  /** Queues a job for {@code host}; may be called while jobs run. */
  void submit(String host, Job job) {
    lock.lock();
    try {
      lane(host).add(job);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private HostLane lane(String host) {
    return lanes.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new HostLane(h, settings));
  }

  /**
   * Runs every queued job (and jobs they submit) to the end.
   *
   * @throws InterruptedException when interrupted; the worker threads are stopped
   */
  void runUntilIdle() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), this::thread);
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < settings.concurrency(); i++) {
      workers.add(pool.submit(this::work));
    }
    try {
      for (Future<?> w : workers) {
        w.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a crawl worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private Thread thread(Runnable r) {
    Thread t = new Thread(r, "crawl-worker");
    t.setDaemon(true);
    return t;
  }

  /** A lane taken by one worker, with the job it is to do. */
  private record Turn(HostLane lane, Job job) {}

  private Void work() throws InterruptedException {
    Turn turn;
    while ((turn = next()) != null) {
      HostLane lane = turn.lane();
      Instant started = clock.instant();
      try {
        turn.job().run(lane);
      } catch (RuntimeException e) {
        // A bug or a library surprise on one page must not end a nightly run; the job has not
        // recorded an outcome, so its URL stays due and is tried again next run.
        log.error("crawl job for {} failed unexpectedly", lane.host(), e);
      } finally {
        finish(lane, started);
      }
    }
    return null;
  }

  private void finish(HostLane lane, Instant started) {
    List<Job> deferred;
    lock.lock();
    try {
      deferred = lane.release(started);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    String why = lane.resting();
    if (why != null && lane.firstRestNotice()) {
      onRest.accept(lane.host(), why);
    }
    for (Job j : deferred) {
      j.defer(lane.host() + " is resting until the next run: " + why);
    }
  }

  /** The lane due soonest, taken, once it is due; null when no work is left anywhere. */
  private @Nullable Turn next() throws InterruptedException {
    lock.lock();
    try {
      while (true) {
        HostLane soonest = null;
        boolean anyBusy = false;
        for (HostLane l : lanes.values()) {
          if (l.busy()) {
            anyBusy = true;
          } else if (l.hasWork() && (soonest == null || l.nextAt().isBefore(soonest.nextAt()))) {
            soonest = l;
          }
        }
        if (soonest == null) {
          if (!anyBusy) {
            changed.signalAll();
            return null;
          }
          changed.await();
          continue;
        }
        Duration wait = Duration.between(clock.instant(), soonest.nextAt());
        if (wait.isNegative() || wait.isZero()) {
          return new Turn(soonest, soonest.take());
        }
        changed.awaitNanos(wait.toNanos());
      }
    } finally {
      lock.unlock();
    }
  }
}
