package gapwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gapwatch.claims.GapClaim;
import gapwatch.claims.MonthRange;
import gapwatch.claims.Relation;
import gapwatch.store.ClaimFields;
import gapwatch.store.ClaimFilter;
import gapwatch.store.ClaimFixtures;
import gapwatch.store.ClaimSummaries;
import gapwatch.store.Database;
import gapwatch.store.DecisionOutcome;
import gapwatch.store.DecisionRequest;
import gapwatch.store.ReviewStatus;
import gapwatch.store.ReviewStore;
import gapwatch.store.ReviewedClaim;
import gapwatch.store.StoredClaim;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as gapwatch computes it (streamed summaries from {@link ClaimSummaries} into {@link
 * GroupReport}'s primitive tallies) against a straightforward computation over fully read claims,
 * on a small random database with curators' decisions, both orientations, parity, synonyms, odd
 * dates, two articles sharing a URL and key fields holding the summary query's separators.
 */
class GroupReportReferenceTest {

  private static final List<String> ACTORS =
      List.of("China", "United States", "Japan", "South Korea", "A\u001fB", "C\u001eD");
  private static final List<String> DOMAINS =
      List.of(
          "LLMs",
          "large language models",
          "mô hình ngôn ngữ lớn",
          "AI chips",
          "quantum computing",
          "field\u001fwith separator",
          "x\u001ey",
          "");
  private static final List<String> DATES =
      List.of("2024-09-13", "2024-09-30T10:00:00Z", "2024-10-02", "2023-01-05", "2024", "");

  @Test
  void theStreamedReportEqualsAStraightforwardOneUnderEveryFilter(@TempDir Path dir) {
    Database db = Database.open(dir.resolve("g.db"));
    randomClaims(db, new Random(7));
    ReviewStore store = new ReviewStore(db);
    ClaimFilter all = ClaimFilter.all();
    List<ClaimFilter> filters =
        List.of(
            all,
            all.withStatuses(Set.of(ReviewStatus.ACCEPTED)),
            all.withStatuses(Set.of(ReviewStatus.PENDING, ReviewStatus.REJECTED)),
            all.withPair("china", "United States"),
            new ClaimFilter(
                "Japan",
                null,
                null,
                null,
                null,
                "en",
                LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-12-31"),
                null,
                null,
                Set.of(),
                ClaimFilter.Order.OLDEST));
    ClaimSummaries summaries = new ClaimSummaries(db);
    for (ClaimFilter f : filters) {
      List<GroupReport.Row> expected = reference(store.list(f, 10_000, 0).claims());
      GroupReport report = new GroupReport(DomainGroups.bundled());
      int n = summaries.read(f.withOrder(ClaimFilter.Order.ANY), report);
      assertEquals(store.list(f, 10_000, 0).total(), n, f.toString());
      assertEquals(expected, report.rows(), f.toString());
      List<GroupReport> parts =
          summaries.readInParts(f, 3, () -> new GroupReport(DomainGroups.bundled()));
      GroupReport merged = parts.get(0);
      parts.subList(1, 3).forEach(merged::addAll);
      assertEquals(expected, merged.rows(), "read in three parts: " + f);
    }
    assertTrue(store.list(all, 10_000, 0).total() > 100, "the database has claims to compare");
  }

  @Test
  void theReportQueryReadsTheCoveringIndexes(@TempDir Path dir) {
    Database db = Database.open(dir.resolve("p.db"));
    String plan = String.join("\n", new ClaimSummaries(db).queryPlan(ClaimFilter.all()));
    assertTrue(plan.contains("COVERING INDEX claims_report"), plan);
    assertTrue(plan.contains("COVERING INDEX articles_report"), plan);
  }

  /** The report computed the plain way: whole claims, sets of strings, lists of doubles. */
  private static List<GroupReport.Row> reference(List<ReviewedClaim> claims) {
    DomainGroups domains = DomainGroups.bundled();
    Map<PairKey, List<ReviewedClaim>> groups = new LinkedHashMap<>();
    for (ReviewedClaim rc : claims) {
      GapClaim c = rc.effective().claim();
      PairKey key = PairKey.of(c.subject(), c.reference(), c.relation(), domains.group(c.domain()));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(rc);
    }
    List<GroupReport.Row> rows = new ArrayList<>();
    groups.forEach((key, group) -> rows.add(row(key, group)));
    rows.sort(
        Comparator.comparingInt(GroupReport.Row::total)
            .reversed()
            .thenComparing(r -> r.key().laggard())
            .thenComparing(r -> r.key().leader())
            .thenComparing(r -> r.key().domain())
            .thenComparing(r -> r.key().parity()));
    return rows;
  }

  private static GroupReport.Row row(PairKey key, List<ReviewedClaim> group) {
    Map<ReviewStatus, Integer> statuses = new EnumMap<>(ReviewStatus.class);
    Set<String> speakers = new HashSet<>();
    Set<String> sources = new HashSet<>();
    List<Double> mids = new ArrayList<>();
    Map<String, List<Double>> monthMids = new TreeMap<>();
    Map<String, Integer> monthClaims = new TreeMap<>();
    List<Double> lows = new ArrayList<>();
    List<Double> highs = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (ReviewedClaim rc : group) {
      ReviewStatus s = rc.review().status();
      statuses.merge(s, 1, Integer::sum);
      if (s == ReviewStatus.REJECTED || s == ReviewStatus.DUPLICATE) {
        continue;
      }
      StoredClaim e = rc.effective();
      if (e.claim().speaker() != null) {
        speakers.add(e.claim().speaker().name());
      }
      sources.add(e.articleUrl());
      MonthRange m = e.claim().gap() == null ? null : e.claim().gap().months();
      Double mid = null;
      if (m != null) {
        double lo = m.min() != null ? m.min() : m.max();
        double hi = m.max() != null ? m.max() : m.min();
        lows.add(lo);
        highs.add(hi);
        mid = (lo + hi) / 2;
        mids.add(mid);
      }
      if (e.published() != null) {
        dates.add(e.published());
        if (e.published().length() >= 7) {
          String month = e.published().substring(0, 7);
          monthClaims.merge(month, 1, Integer::sum);
          monthMids.computeIfAbsent(month, x -> new ArrayList<>());
          if (mid != null) {
            monthMids.get(month).add(mid);
          }
        }
      }
    }
    int standing = group.size() - count(statuses, ReviewStatus.REJECTED, ReviewStatus.DUPLICATE);
    Consensus c =
        new Consensus(
            key,
            standing,
            speakers.size(),
            sources.size(),
            median(mids),
            lows.stream().min(Double::compare).orElse(null),
            highs.stream().max(Double::compare).orElse(null),
            dates.stream().min(String::compareTo).orElse(null),
            dates.stream().max(String::compareTo).orElse(null));
    List<GroupReport.Month> trend = new ArrayList<>();
    monthClaims.forEach(
        (month, n) -> trend.add(new GroupReport.Month(month, n, median(monthMids.get(month)))));
    return new GroupReport.Row(key, statuses, c, trend);
  }

  private static int count(Map<ReviewStatus, Integer> statuses, ReviewStatus... which) {
    int n = 0;
    for (ReviewStatus s : which) {
      n += statuses.getOrDefault(s, 0);
    }
    return n;
  }

  private static @Nullable Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int h = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(h) : (sorted.get(h - 1) + sorted.get(h)) / 2;
  }

  /** About 40 articles of 1–5 claims each; about half the claims get decisions. */
  private static void randomClaims(Database db, Random r) {
    ClaimFixtures fixtures = new ClaimFixtures(db);
    ReviewStore store = new ReviewStore(db);
    Instant now = Instant.parse("2024-10-05T00:00:00Z");
    List<Long> ids = new ArrayList<>();
    for (int a = 0; a < 40; a++) {
      int n = 1 + r.nextInt(5);
      StringBuilder text = new StringBuilder();
      List<String> sentences = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String s = "Sentence " + i + " of article " + a + " says who is behind.";
        sentences.add(s);
        text.append(s).append("\n\n");
      }
      List<GapClaim> claims = new ArrayList<>();
      for (String s : sentences) {
        claims.add(randomClaim(r, text.toString(), s));
      }
      String date = pick(r, DATES);
      ids.addAll(
          fixtures.article(
              "https://news.example/" + a,
              "Article " + a,
              date.isEmpty() ? null : date,
              text.toString(),
              claims));
    }
    for (long id : ids) {
      decide(store, id, r, now);
    }
    // Left pending, so that they count.
    sameSourceTwice(fixtures, db);
    oneArticle(
        fixtures,
        "https://news.example/separators",
        List.of(
            new String[] {"A\u001fB", "China"}, // joined with the next, the key texts are equal
            new String[] {"A", "B\u001fChina"}));
  }

  /** Two articles under one canonical URL with the same claim: one source, not two. */
  private static void sameSourceTwice(ClaimFixtures fixtures, Database db) {
    for (String url : List.of("https://news.example/first", "https://news.example/second")) {
      oneArticle(fixtures, url, List.<String[]>of(new String[] {"Japan", "China"}));
    }
    db.write(
        h ->
            h.execute(
                "UPDATE articles SET canonical_url = 'https://news.example/same'"
                    + " WHERE url IN ('https://news.example/first', 'https://news.example/second')"));
  }

  /** An article with one "X is a year behind Y in AI" claim per pair. */
  private static void oneArticle(ClaimFixtures fixtures, String url, List<String[]> pairs) {
    StringBuilder text =
        new StringBuilder("Reported from " + url + " by its own desk, in its own words.\n\n");
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      sentences.add("Sentence " + i + " says someone is a year behind.");
      text.append(sentences.get(i)).append("\n\n");
    }
    List<GapClaim> claims = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      claims.add(
          ClaimFixtures.claim(
              text.toString(),
              sentences.get(i),
              pairs.get(i)[0],
              Relation.BEHIND,
              pairs.get(i)[1],
              12.0,
              12.0,
              "AI",
              "Ann Lee",
              0.9));
    }
    List<Long> ids = fixtures.article(url, "Same story", "2024-09-20", text.toString(), claims);
    assertEquals(pairs.size(), ids.size(), url + " is stored with its claims");
  }

  private static GapClaim randomClaim(Random r, String text, String sentence) {
    String subject = pick(r, ACTORS);
    String reference = pick(r, ACTORS);
    while (reference.equals(subject)) {
      reference = pick(r, ACTORS);
    }
    Double min = null;
    Double max = null;
    if (r.nextInt(4) > 0) {
      min = (double) r.nextInt(30);
      max = min + r.nextInt(3) * 6;
    } else if (r.nextBoolean()) {
      max = 24.0; // "up to two years"
    }
    String domain = pick(r, DOMAINS);
    return ClaimFixtures.claim(
        text,
        sentence,
        subject,
        Relation.values()[r.nextInt(Relation.values().length)],
        reference,
        min,
        max,
        domain.isEmpty() ? null : domain,
        r.nextInt(3) == 0 ? null : "Speaker " + r.nextInt(6),
        0.5 + r.nextInt(50) / 100.0);
  }

  private static void decide(ReviewStore store, long id, Random r, Instant now) {
    int version = 0;
    for (int step = r.nextInt(4); step > 0; step--) {
      DecisionRequest req =
          switch (r.nextInt(5)) {
            case 0 -> new DecisionRequest.Accept();
            case 1 -> new DecisionRequest.Reject("not a claim");
            case 2 -> new DecisionRequest.Duplicate(id == 1 ? 2 : 1);
            case 3 -> new DecisionRequest.Edit(edited(store, id, r));
            default -> new DecisionRequest.Undo();
          };
      if (store.decide(id, version, "Ann", req, now) instanceof DecisionOutcome.Applied a) {
        version = a.state().version();
      }
    }
  }

  private static ClaimFields edited(ReviewStore store, long id, Random r) {
    ClaimFields f = store.get(id).orElseThrow().fields();
    return new ClaimFields(
        f.reference(),
        f.subject(),
        r.nextBoolean() ? f.relation() : Relation.PARITY,
        r.nextBoolean() ? new MonthRange(3.0, 9.0) : null,
        r.nextBoolean() ? "large language models" : null,
        r.nextBoolean() ? "Curated Speaker" : f.speaker(),
        null);
  }

  private static String pick(Random r, List<String> values) {
    return values.get(r.nextInt(values.size()));
  }
}
