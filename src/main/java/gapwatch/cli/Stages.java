package gapwatch.cli;

import gapwatch.article.ArticleExtractor;
import gapwatch.article.LanguageGuesser;
import gapwatch.article.SiteProfile;
import gapwatch.claims.ActorTable;
import gapwatch.claims.ClaimExtractor;
import gapwatch.claims.NlpModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the extraction stages once per process: models are loaded a single time. */
final class Stages {

  private final @Nullable Path actorsFile;
  private final List<SiteProfile> siteProfiles;
  private @Nullable LanguageGuesser languages;
  private @Nullable ArticleExtractor articles;
  private @Nullable ClaimExtractor claims;

  Stages(@Nullable Path actorsFile) {
    this(actorsFile, List.of());
  }

  Stages(@Nullable Path actorsFile, List<SiteProfile> siteProfiles) {
    this.actorsFile = actorsFile;
    this.siteProfiles = List.copyOf(siteProfiles);
  }

  synchronized LanguageGuesser languages() {
    if (languages == null) {
      languages = new LanguageGuesser();
    }
    return languages;
  }

  synchronized ArticleExtractor articles() {
    if (articles == null) {
      articles = new ArticleExtractor(languages(), siteProfiles);
    }
    return articles;
  }

  synchronized ClaimExtractor claims() {
    if (claims == null) {
      claims = new ClaimExtractor(new NlpModels(), languages(), actorTable());
    }
    return claims;
  }

  ActorTable actorTable() {
    if (actorsFile == null) {
      return ActorTable.bundled();
    }
    try {
      return ActorTable.load(actorsFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor table " + actorsFile, e);
    }
  }
}
