package gapwatch.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import gapwatch.report.CsvCells;
import gapwatch.report.DomainGroups;
import gapwatch.store.Database;
import gapwatch.store.ReviewStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a dataset folder: the claims as JSON lines or CSV, a dataset card ({@code README.md}) and
 * {@code SHA256SUMS}. Rows are read from one database snapshot and streamed to the file (memory
 * does not grow with the number of claims), in claim-id order; the folder is written under a
 * temporary name beside the target and renamed into place, so the target never holds a partial
 * export. Thread-safe (each call has its own snapshot and files).
 */
public final class DatasetExport {

  /**
   * What an export wrote.
   *
   * @param folder the dataset folder
   * @param claims rows written
   */
  public record Result(Path folder, int claims) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final ReviewStore store;
  private final DomainGroups domains;

  public DatasetExport(Database db, DomainGroups domains) {
    this.store = new ReviewStore(db);
    this.domains = domains;
  }

  /**
   * Exports the claims {@code options} select into the new folder {@code out}.
   *
   * @param version the gapwatch version, for the card
   * @param extractors the extractor versions of this build, for the card
   * @throws FileAlreadyExistsException when {@code out} exists (nothing is overwritten)
   */
  public Result write(ExportOptions options, Path out, String version, String extractors)
      throws IOException {
    if (Files.exists(out)) {
      throw new FileAlreadyExistsException(
          out.toString(), null, "already exists; export into a new folder (or remove it)");
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + out.getFileName() + ".partial-");
    try {
      Path data = tmp.resolve(options.format().fileName());
      DatasetStats stats = writeData(options, data);
      if (stats.rows != stats.snapshotCount) {
        throw new IllegalStateException(
            "wrote " + stats.rows + " rows but the snapshot counted " + stats.snapshotCount);
      }
      Path card = tmp.resolve("README.md");
      Files.writeString(card, DatasetCard.render(options, stats, version, extractors));
      Files.writeString(
          tmp.resolve("SHA256SUMS"),
          sha256(data) + "  " + data.getFileName() + "\n" + sha256(card) + "  README.md\n");
      Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
      return new Result(out, stats.rows);
    } catch (IOException | RuntimeException e) {
      deleteTree(tmp);
      throw e;
    }
  }

  private DatasetStats writeData(ExportOptions options, Path data) throws IOException {
    try (OutputStream file = Files.newOutputStream(data);
        Writer w =
            new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      DatasetStats stats =
          store.snapshot(
              options.filter(),
              (total, rows) -> {
                DatasetStats s = new DatasetStats();
                s.snapshotCount = total;
                Stream<Map<String, Object>> maps =
                    rows.map(r -> DatasetRow.of(r, domains)).peek(s::add);
                try {
                  if (options.format() == ExportOptions.Format.JSONL) {
                    jsonLines(maps.iterator(), w);
                  } else {
                    csv(maps.iterator(), w);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                return s;
              });
      w.flush();
      return stats;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void jsonLines(Iterator<Map<String, Object>> rows, Writer w) throws IOException {
    while (rows.hasNext()) {
      w.write(JSON.writeValueAsString(rows.next()));
      w.write('\n');
    }
  }

  private static void csv(Iterator<Map<String, Object>> rows, Writer w) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    DatasetRow.COLUMNS.forEach(c -> schema.addColumn(c.name()));
    CsvMapper mapper = new CsvMapper();
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (SequenceWriter out = mapper.writer(schema.build()).writeValues(w)) {
      while (rows.hasNext()) {
        Map<String, Object> row = rows.next();
        row.replaceAll((k, v) -> v instanceof String s ? CsvCells.defang(s) : v);
        out.write(row);
      }
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
      Files.copy(file, out);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
