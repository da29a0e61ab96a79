package gapwatch.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for many hosts at once while keeping each host polite: a fixed pool of threads takes
 * whichever host is due soonest, does one request's worth of work for it, and gives it back with
 * its next allowed time, counted from the last request the turn actually sent. Threads never sleep
 * on behalf of one host while another is ready, so the run takes about as long as its busiest
 * host's politeness bound. Past the run's time limit no turn starts: the work left is deferred.
 * When storage fails, no turn starts either and the failure is rethrown. Thread-safe.
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
  private final Function<String, Optional<Instant>> lastRequest;
  private final @Nullable Instant stopAt;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, HostLane> lanes = new LinkedHashMap<>();
  private @Nullable StorageFailure failure;
  private boolean timeUp;

  /**
   * @param onRest hears once per host that rests until the next run: the host and why
   * @param lastRequest when a request to a host was last sent, if ever
   * @param stopAt no turn starts after this (the run's time limit), or null for no limit
   */
  PoliteScheduler(
      CrawlSettings settings,
      Clock clock,
      BiConsumer<String, String> onRest,
      Function<String, Optional<Instant>> lastRequest,
      @Nullable Instant stopAt) {
    this.settings = settings;
    this.clock = clock;
    this.onRest = onRest;
    this.lastRequest = lastRequest;
    this.stopAt = stopAt;
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
   * Runs every queued job (and jobs they submit) to the end, or until the time limit: then the jobs
   * left are deferred, with {@code why}.
   *
   * @throws InterruptedException when interrupted; the worker threads are stopped
   * @throws StorageFailure when a job could not store its outcome; the other jobs are left as they
   *     were (the frontier keeps them for the next run)
   */
  void runUntilIdle(String whyDeferredAtTimeLimit) throws InterruptedException {
    runWorkers();
    List<Job> left = new ArrayList<>();
    lock.lock();
    try {
      if (failure != null) {
        throw failure;
      }
      // Workers stop with work left only at the time limit (jobs may have been added by the
      // last turns, after the limit was seen).
      for (HostLane lane : lanes.values()) {
        left.addAll(lane.drain());
      }
      timeUp |= !left.isEmpty();
    } finally {
      lock.unlock();
    }
    for (Job j : left) {
      j.defer(whyDeferredAtTimeLimit);
    }
  }

  /** Whether the time limit stopped the run before all its work was done. */
  boolean timeUp() {
    lock.lock();
    try {
      return timeUp;
    } finally {
      lock.unlock();
    }
  }

  private void runWorkers() throws InterruptedException {
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
      } catch (StorageFailure e) {
        stop(e);
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

  private void stop(StorageFailure e) {
    lock.lock();
    try {
      if (failure == null) {
        failure = e;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void finish(HostLane lane, Instant started) {
    // Politeness counts from the last request the turn sent, not from when the turn began: work
    // before the request (robots.txt rules, the database, DNS) must not eat into the host's delay.
    Instant sent = lastRequest.apply(lane.host()).filter(t -> t.isAfter(started)).orElse(started);
    List<Job> deferred;
    lock.lock();
    try {
      deferred = lane.release(sent);
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

  /** Whether the time limit has passed; called holding the lock. */
  private boolean pastTimeLimit() {
    return stopAt != null && !clock.instant().isBefore(stopAt);
  }

  /**
   * The lane due soonest, taken, once it is due; null when no work is left anywhere, when the time
   * limit has passed or when storage failed.
   */
  private @Nullable Turn next() throws InterruptedException {
    lock.lock();
    try {
      while (true) {
        if (failure != null || pastTimeLimit()) {
          changed.signalAll();
          return null;
        }
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
        if (stopAt != null) {
          Duration left = Duration.between(clock.instant(), stopAt);
          wait = left.compareTo(wait) < 0 ? left : wait;
        }
        changed.awaitNanos(Math.max(1, wait.toNanos()));
      }
    } finally {
      lock.unlock();
    }
  }
}
