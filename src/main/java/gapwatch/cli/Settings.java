package gapwatch.cli;

import gapwatch.crawl.CrawlSettings;
import gapwatch.crawl.Source;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The whole settings tree, loaded and validated once by {@link SettingsLoader}; each stage gets its
 * own slice.
 *
 * @param file the file it was read from
 * @param database the SQLite file
 * @param crawl the crawl stage's settings
 * @param sources the configured sources
 * @param actors an edited actor table to use instead of the bundled one, if any
 */
record Settings(
    Path file, Path database, CrawlSettings crawl, List<Source> sources, @Nullable Path actors) {

  /** Where the database goes unless a config or {@code --db} says otherwise. */
  static final Path DEFAULT_DATABASE = Path.of("data", "gapwatch.db");
}
