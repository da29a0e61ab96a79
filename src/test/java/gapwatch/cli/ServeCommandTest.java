package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gapwatch.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void refusesAMissingDatabaseAndAWildcardAddressWithoutAHostName() {
    assertEquals(ExitCodes.USAGE, Main.run("serve", "--db", dir.resolve("none.db").toString()));
    Path db = dir.resolve("g.db");
    Database.open(db);
    assertEquals(ExitCodes.USAGE, Main.run("serve", "--db", db.toString(), "--host", "0.0.0.0"));
    assertEquals(
        ExitCodes.USAGE, Main.run("serve", "--db", db.toString(), "--host", "no such host!"));
  }
}
