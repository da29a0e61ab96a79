package gapwatch.cli;

import gapwatch.crawl.CrawlProgress;
import gapwatch.crawl.FrontierUrl;
import gapwatch.crawl.Source;
import java.io.PrintStream;

/**
 * Reports a crawl as it goes. On a terminal: one line per source and a progress bar for fetches.
 * Under cron (no terminal): only problems, and at most {@link #MAX_FAILURE_LINES} lines of failed
 * URLs, so that a good night's mail is the summary alone and a bad night's stays readable.
 * Thread-safe: crawl workers call it concurrently.
 */
final class ConsoleProgress implements CrawlProgress {

  /** Failed URLs listed one per line before the rest are only counted (the summary has them). */
  static final int MAX_FAILURE_LINES = 20;

  private final PrintStream err;
  private final boolean terminal;
  private final boolean verbose;
  private int done;
  private int total;
  private int failureLines;

  ConsoleProgress(PrintStream err, boolean terminal, boolean verbose) {
    this.err = err;
    this.terminal = terminal;
    this.verbose = verbose;
  }

  @Override
  public synchronized void sourcePolled(Source source, boolean ok, String detail) {
    if (!ok) {
      line("warning: source " + source.name() + " (" + source.url() + "): " + detail);
    } else if (terminal || verbose) {
      line("source " + source.name() + ": " + detail);
    }
  }

  @Override
  public synchronized void warning(String message) {
    line("warning: " + message);
  }

  @Override
  public synchronized void fetchesPlanned(int total) {
    this.total = total;
    if (terminal || verbose) {
      line(total + " article URLs to fetch");
    }
  }

  @Override
  public synchronized void fetchesAdded(int more) {
    total += more;
  }

  @Override
  public synchronized void urlDone(FrontierUrl url, String outcome, String detail) {
    done++;
    if (verbose) {
      line(outcome + ": " + url.url() + " (" + detail + ")");
    } else if (outcome.equals("failed")) {
      failureLines++;
      if (failureLines <= MAX_FAILURE_LINES) {
        line("failed: " + url.url() + " (" + detail + ")");
      } else if (failureLines == MAX_FAILURE_LINES + 1) {
        line("... more failures are counted in the summary; -v lists them all");
      }
    }
    if (terminal) {
      bar();
    }
  }

  private void bar() {
    int width = 30;
    int filled = total == 0 ? width : (int) Math.min(width, (long) done * width / total);
    err.print(
        "\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " ");
    if (done == total) {
      err.println();
    }
    err.flush();
  }

  private void line(String text) {
    if (terminal) {
      err.print("\r" + " ".repeat(60) + "\r");
    }
    err.println(text);
  }
}
