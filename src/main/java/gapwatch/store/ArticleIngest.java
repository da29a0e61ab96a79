package gapwatch.store;

import gapwatch.article.Article;
import gapwatch.article.ArticleExtractor;
import gapwatch.article.PageKind;
import gapwatch.claims.ClaimExtractor;
import gapwatch.claims.GapClaim;
import gapwatch.crawl.FetchedPage;
import gapwatch.crawl.FrontierUrl;
import gapwatch.crawl.PageSink;
import gapwatch.crawl.StorageFailure;
import java.util.List;

/**
 * The crawl's page sink: extracts the article and its claims (outside any transaction, writing
 * nothing: this is the CPU work the crawl may abandon), then, when the crawl commits, stores page,
 * article and claims and marks the URL done in one transaction. Thread-safe when its extractors
 * are.
 */
public final class ArticleIngest implements PageSink {

  private final ArticleExtractor articles;
  private final ClaimExtractor claims;
  private final ArticleStore store;

  public ArticleIngest(ArticleExtractor articles, ClaimExtractor claims, ArticleStore store) {
    this.articles = articles;
    this.claims = claims;
    this.store = store;
  }

  @Override
  public PendingWrite prepare(FrontierUrl url, FetchedPage page, long runId) {
    Article article = articles.extract(page);
    List<GapClaim> found = article.kind() == PageKind.ARTICLE ? claims.extract(article) : List.of();
    return () -> {
      try {
        StoredArticle stored = store.store(url.id(), runId, page, article, found);
        return new Stored(stored.outcome(), stored.claims());
      } catch (StorageUnavailableException e) {
        throw new StorageFailure(e.getMessage(), e);
      }
    };
  }
}
