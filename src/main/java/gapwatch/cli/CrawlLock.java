package gapwatch.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * An exclusive lock on a file beside the database ({@code <db>.lock}), so that two cron runs never
 * crawl into one database at once. An OS lock: it dies with the process, even on {@code kill -9},
 * so no stale lock is ever left behind. The file records who holds it, for the message.
 */
final class CrawlLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private CrawlLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of a database. */
  static Path fileFor(Path database) {
    return Path.of(database + ".lock");
  }

  /**
   * Takes the lock, or returns empty with the holder's description when another process has it.
   *
   * @param wait whether to block until the other run finishes
   */
  static Lease acquire(Path database, boolean wait) throws IOException {
    Path file = fileFor(database);
    FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = wait ? ch.lock() : ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      String holder = readHolder(ch);
      ch.close();
      return new Lease(Optional.empty(), holder);
    }
    ch.truncate(0);
    String me = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now();
    ch.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
    ch.force(false);
    return new Lease(Optional.of(new CrawlLock(ch, lock)), me);
  }

  private static String readHolder(FileChannel ch) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(200);
    int n = ch.read(buf, 0);
    return n <= 0 ? "unknown process" : new String(buf.array(), 0, n, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }

  /** The outcome of {@link #acquire}: the lock, or who holds it. */
  record Lease(Optional<CrawlLock> lock, String holder) {}
}
