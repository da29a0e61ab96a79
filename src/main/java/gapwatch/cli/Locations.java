package gapwatch.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the bundled folders ({@code config/}, {@code corpus/}) when gapwatch runs from another
 * directory: a relative path is tried in the working directory, then beside the jar's project.
 */
final class Locations {

  private Locations() {}

  static Path find(Path relative) {
    if (relative.isAbsolute() || Files.exists(relative)) {
      return relative;
    }
    try {
      Path jar =
          Path.of(Locations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path project = jar.getParent() == null ? null : jar.getParent().getParent();
      if (project != null && Files.exists(project.resolve(relative))) {
        return project.resolve(relative);
      }
    } catch (URISyntaxException | SecurityException e) {
      return relative;
    }
    return relative;
  }
}
