package gapwatch.cli;

import gapwatch.review.ReviewServer;
import gapwatch.review.ReviewSettings;
import gapwatch.store.Database;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the curators' review web app and prints the address to open, token included. */
@Command(
    name = "serve",
    header = "Start the curators' review web app on this machine.",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Starts the curators' review web app on this machine and prints its address with a fresh",
      "access token (like Jupyter). Keys: a accept, r reject, e edit, d duplicate, u undo,",
      "j/k next/previous, ? help. Stop it with Ctrl-C."
    },
    footer = {"", ExitCodes.HELP})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", description = "SQLite file to review.")
  Path db = Settings.DEFAULT_DATABASE;

  @Option(
      names = "--host",
      description =
          "Address to bind. Anything but loopback lets other machines connect (they still need"
              + " the token).")
  String host = ReviewSettings.LOOPBACK;

  @Option(names = "--port", description = "Port to listen on; 0 picks a free one.")
  int port = 8765;

  @Option(
      names = "--allowed-host",
      paramLabel = "NAME",
      showDefaultValue = CommandLine.Help.Visibility.NEVER,
      description =
          "A host name browsers use to reach the server (checked against the Host header);"
              + " repeatable. Needed with --host 0.0.0.0.")
  List<String> allowedHosts = new ArrayList<>();

  @Override
  public Integer call() throws SettingsException, InterruptedException {
    if (!Files.isRegularFile(db)) {
      throw new SettingsException(db + ": no such database; run 'gapwatch crawl' or pass --db");
    }
    ReviewSettings settings = settings();
    Database database = Database.open(db);
    CountDownLatch stopped = new CountDownLatch(1);
    try (ReviewServer server = ReviewServer.start(settings, database, Clock.systemUTC())) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      System.out.println("gapwatch review of " + db.toAbsolutePath());
      if (!settings.isLoopback()) {
        System.out.println("listening on " + host + ": reachable from other machines");
      }
      System.out.println("open this address (it carries this run's access token):");
      System.out.println("    " + server.url());
      System.out.flush();
      stopped.await();
    }
    return ExitCodes.OK;
  }

  private ReviewSettings settings() throws SettingsException {
    try {
      InetAddress address = InetAddress.getByName(host);
      if (address.isAnyLocalAddress() && allowedHosts.isEmpty()) {
        throw new SettingsException(
            "--host "
                + host
                + " listens on every address; name the host browsers will use with"
                + " --allowed-host NAME");
      }
    } catch (UnknownHostException e) {
      throw new SettingsException("--host " + host + ": not an address of this machine");
    }
    try {
      return new ReviewSettings(host, port, allowedHosts, ReviewSettings.newToken());
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
  }
}
