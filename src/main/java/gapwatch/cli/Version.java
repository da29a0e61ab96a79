package gapwatch.cli;

import gapwatch.article.ArticleExtractor;
import gapwatch.claims.ClaimExtractor;
import picocli.CommandLine.IVersionProvider;

/** The version shown by {@code --version}: the build and the extractor versions. */
final class Version implements IVersionProvider {

  static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "gapwatch " + current(),
      "article extractor "
          + ArticleExtractor.VERSION
          + ", claim extractor "
          + ClaimExtractor.VERSION
    };
  }
}
