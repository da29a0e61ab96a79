package gapwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void loadsTheShippedConfigurations() throws Exception {
    Settings real = SettingsLoader.load(Path.of("config/gapwatch.yaml"), Map.of());
    assertTrue(
        real.sources().stream()
            .anyMatch(s -> s.url().toString().equals("https://www.scmp.com/rss/36/feed")));
    Settings demo =
        SettingsLoader.load(Path.of("config/demo.yaml"), Map.of("corpus", "http://127.0.0.1:9"));
    assertEquals("http://127.0.0.1:9/feeds/technology.xml", demo.sources().get(0).url().toString());
    assertTrue(demo.sources().get(0).allowPrivateAddresses());
  }

  @Test
  void appliesDefaultsAndParsesDurationsAndSizes() throws Exception {
    Settings s =
        SettingsLoader.load(
            write(
                "crawl:\n  perHostDelay: 1.5s\n  maxBodyBytes: 2MiB\nsources:\n"
                    + "  - name: a\n    url: https://a.example/feed\n    maxAge: 2d\n"),
            Map.of());
    assertEquals(Duration.ofMillis(1500), s.crawl().perHostDelay());
    assertEquals(2L * 1024 * 1024, s.crawl().maxBodyBytes());
    assertEquals(Duration.ofDays(2), s.sources().get(0).maxAge());
    assertEquals(SettingsLoader.DEFAULT_MAX_ITEMS, s.sources().get(0).maxItems());
    assertEquals(Settings.DEFAULT_DATABASE, s.database());
  }

  @Test
  void namesTheFileTheKeyAndTheProblem() throws Exception {
    Path f =
        write(
            "crawl:\n  perHostDelay: soon\nsources:\n  - name: a\n    url: ftp://a.example/x\n"
                + "  - name: a\n    url: https://b.example/feed\n");
    SettingsException e =
        assertThrows(SettingsException.class, () -> SettingsLoader.load(f, Map.of()));
    String m = e.getMessage();
    assertTrue(m.contains(f + ": crawl.perHostDelay: 'soon' is not a duration"), m);
    assertTrue(m.contains("sources[0] (a).url: 'ftp://a.example/x' is not an http(s) URL"), m);
    assertTrue(m.contains("sources[1] (a).name: duplicate name 'a'"), m);
  }

  @Test
  void readsAllowedPortsAndRefusesANumberThatIsNoPort() throws Exception {
    Settings s =
        SettingsLoader.load(
            write(
                "sources:\n  - name: a\n    url: https://a.example/feed\n"
                    + "    allowedPorts: [8080, 8443]\n"),
            Map.of());
    assertEquals(List.of(8080, 8443), s.sources().get(0).allowedPorts());
    assertTrue(s.sources().get(0).allowsPort(8443));
    assertFalse(s.sources().get(0).allowsPort(22));
    Path f =
        write("sources:\n  - name: a\n    url: https://a.example/feed\n    allowedPorts: [0]\n");
    SettingsException e =
        assertThrows(SettingsException.class, () -> SettingsLoader.load(f, Map.of()));
    assertTrue(
        e.getMessage().contains("sources[0] (a): allowedPorts: 0 is not a port (1-65535)"),
        e.getMessage());
  }

  @Test
  void reportsUnknownKeysWithTheirLine() throws Exception {
    Path f = write("sources:\n  - name: a\n    url: https://a.example/feed\n    maxitems: 3\n");
    SettingsException e =
        assertThrows(SettingsException.class, () -> SettingsLoader.load(f, Map.of()));
    assertTrue(
        e.getMessage().contains("sources[0].maxitems (line 4): unknown key 'maxitems'"),
        e.getMessage());
  }

  @Test
  void saysWhenTheFileIsMissing() {
    SettingsException e =
        assertThrows(
            SettingsException.class, () -> SettingsLoader.load(dir.resolve("nope.yaml"), Map.of()));
    assertTrue(e.getMessage().contains("nope.yaml: no such file"), e.getMessage());
  }
}
