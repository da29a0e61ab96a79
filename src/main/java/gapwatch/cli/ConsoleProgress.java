package gapwatch.cli;

import gapwatch.crawl.CrawlProgress;
import gapwatch.crawl.FrontierUrl;
import gapwatch.crawl.Source;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reports a crawl as it goes. On a terminal: one line per source and a progress bar for fetches.
 * Under cron (no terminal): only problems, so that a good night's mail is short.
 */
final class ConsoleProgress implements CrawlProgress {

  private final PrintStream err;
  private final boolean terminal;
  private final boolean verbose;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;

  ConsoleProgress(PrintStream err, boolean terminal, boolean verbose) {
    this.err = err;
    this.terminal = terminal;
    this.verbose = verbose;
  }

  @Override
  public void sourcePolled(Source source, boolean ok, String detail) {
    if (!ok) {
      err.println("warning: source " + source.name() + " (" + source.url() + "): " + detail);
    } else if (terminal || verbose) {
      err.println("source " + source.name() + ": " + detail);
    }
  }

  @Override
  public void fetchesPlanned(int total) {
    this.total = total;
    if (terminal || verbose) {
      err.println(total + " article URLs to fetch");
    }
  }

  @Override
  public void urlDone(FrontierUrl url, String outcome, String detail) {
    int n = done.incrementAndGet();
    if (outcome.equals("failed") || verbose) {
      clearLine();
      err.println(outcome + ": " + url.url() + " (" + detail + ")");
    }
    if (terminal) {
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) n * width / total);
      err.print(
          "\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total + " ");
      if (n == total) {
        err.println();
      }
      err.flush();
    }
  }

  private void clearLine() {
    if (terminal) {
      err.print("\r" + " ".repeat(60) + "\r");
    }
  }
}
