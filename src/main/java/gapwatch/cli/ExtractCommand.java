package gapwatch.cli;

import gapwatch.article.Article;
import gapwatch.article.ArticleExtractor;
import gapwatch.article.ArticleJson;
import gapwatch.crawl.FetchedPage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Extracts articles from saved pages ({@code .html}, {@code .html.gz}) into JSON Lines. */
@Command(
    name = "extract",
    header = "Extract articles (main text and metadata) from saved HTML pages.",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "Extracts the article (main text and metadata) from saved HTML pages and writes one JSON",
      "line per page: {id, url, title, authors, published, modified, lang, text, ...}; id is the",
      "file name up to its first dot."
    },
    footer = {"", ExitCodes.HELP})
final class ExtractCommand implements Callable<Integer> {

  @Option(
      names = "--in",
      required = true,
      arity = "1..*",
      description = "Folders or files to read (.html and .html.gz).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, description = "JSON Lines file to write.")
  Path out;

  @Option(
      names = "--sites",
      description = "Folder of site profiles (*.yaml); absent folder means none.",
      defaultValue = "config/sites")
  Path sites;

  @Override
  public Integer call() throws IOException, SettingsException {
    List<Path> files = files(inputs);
    if (files.isEmpty()) {
      throw new SettingsException("--in: no .html or .html.gz files found in " + inputs);
    }
    ArticleExtractor extractor = new Stages(null, SiteProfileLoader.loadFolder(sites)).articles();
    int failed = 0;
    boolean terminal = System.console() != null;
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        String id = f.getFileName().toString().split("\\.", 2)[0];
        try {
          byte[] body = read(f);
          Article a = extractor.extract(FetchedPage.ofFile(f.toUri(), body, null));
          w.write(JsonLines.MAPPER.writeValueAsString(ArticleJson.toMap(id, a)));
        } catch (IOException e) {
          failed++;
          System.err.println("warning: " + f + ": " + e.getMessage() + "; skipped");
          w.write(
              JsonLines.MAPPER.writeValueAsString(
                  java.util.Map.of("id", id, "text", "", "error", String.valueOf(e.getMessage()))));
        }
        w.newLine();
        if (terminal) {
          System.err.print("\rextracted " + (i + 1) + "/" + files.size());
        }
      }
    }
    if (terminal) {
      System.err.println();
    }
    System.err.println(
        "extracted " + (files.size() - failed) + " of " + files.size() + " pages into " + out);
    return failed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private static byte[] read(Path f) throws IOException {
    if (f.getFileName().toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(f);
  }

  static List<Path> files(List<Path> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.walk(in)) {
          s.filter(Files::isRegularFile).filter(ExtractCommand::isPage).sorted().forEach(out::add);
        }
      } else if (Files.isRegularFile(in)) {
        out.add(in);
      } else {
        throw new IOException(in + ": no such file or folder");
      }
    }
    return out;
  }

  private static boolean isPage(Path p) {
    String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz");
  }
}
