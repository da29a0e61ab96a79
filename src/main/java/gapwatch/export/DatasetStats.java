package gapwatch.export;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Counts gathered while rows are written, for the dataset card. Not thread-safe. */
final class DatasetStats {

  int rows;
  int snapshotCount;
  int edited;
  int undated;
  final Map<String, Integer> byStatus = new TreeMap<>();
  final Map<String, Integer> byLanguage = new TreeMap<>();
  final Map<String, Integer> bySource = new TreeMap<>();
  final Set<String> articles = new HashSet<>();
  @Nullable String firstPublished;
  @Nullable String lastPublished;
  @Nullable String dataAsOf;

  void add(Map<String, Object> row) {
    rows++;
    count(byStatus, row.get("review_status"));
    count(byLanguage, row.get("language"));
    count(bySource, row.get("source"));
    articles.add(String.valueOf(row.get("article_url")));
    if (Boolean.TRUE.equals(row.get("curator_edited"))) {
      edited++;
    }
    String p = (String) row.get("article_published");
    if (p == null) {
      undated++;
    } else {
      String day = p.length() > 10 ? p.substring(0, 10) : p;
      firstPublished =
          firstPublished == null || day.compareTo(firstPublished) < 0 ? day : firstPublished;
      lastPublished =
          lastPublished == null || day.compareTo(lastPublished) > 0 ? day : lastPublished;
    }
    String f = (String) row.get("fetched_at");
    if (f != null && (dataAsOf == null || f.compareTo(dataAsOf) > 0)) {
      dataAsOf = f;
    }
  }

  private static void count(Map<String, Integer> m, @Nullable Object key) {
    m.merge(key == null ? "(unknown)" : key.toString(), 1, Integer::sum);
  }
}
