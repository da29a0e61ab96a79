package gapwatch.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * An earlier stored article that a new page duplicates, and how it was recognised.
 *
 * @param articleId the earlier article
 * @param kind {@code url} (the page's rel=canonical is stored), {@code exact} (same text) or {@code
 *     near} (nearly the same text)
 */
record Duplicate(long articleId, String kind) {

  /**
   * Looks for an earlier original article with this signature; part of the caller's transaction.
   */
  static Optional<Duplicate> find(Handle h, Signature sig) {
    Optional<Duplicate> found = byCanonical(h, sig);
    if (found.isEmpty()) {
      found = byText(h, sig);
    }
    if (found.isEmpty() && sig.simhash() != null) {
      found = nearly(h, sig);
    }
    return found;
  }

  private static Optional<Duplicate> byCanonical(Handle h, Signature sig) {
    if (sig.canonical() == null) {
      return Optional.empty();
    }
    return h.createQuery(
            "SELECT a.id FROM articles a JOIN fetches f ON f.id = a.fetch_id"
                + " JOIN urls u ON u.id = f.url_id WHERE u.url = ? AND a.duplicate_of IS NULL"
                + " AND a.kind = 'ARTICLE' ORDER BY a.id LIMIT 1")
        .bind(0, sig.canonical().toString())
        .mapTo(Long.class)
        .findOne()
        .map(id -> new Duplicate(id, "url"));
  }

  private static Optional<Duplicate> byText(Handle h, Signature sig) {
    return h.createQuery(
            "SELECT id FROM articles WHERE text_sha256 = ? AND duplicate_of IS NULL"
                + " AND kind = 'ARTICLE' ORDER BY id LIMIT 1")
        .bind(0, sig.textSha())
        .mapTo(Long.class)
        .findOne()
        .map(id -> new Duplicate(id, "exact"));
  }

  private static Optional<Duplicate> nearly(Handle h, Signature sig) {
    long[] b = NearDuplicates.bands(sig.simhash());
    List<Candidate> candidates =
        h.createQuery(
                "SELECT id, simhash, text FROM articles WHERE duplicate_of IS NULL"
                    + " AND kind = 'ARTICLE' AND simhash IS NOT NULL AND (simhash_b0 = ?"
                    + " OR simhash_b1 = ? OR simhash_b2 = ? OR simhash_b3 = ? OR simhash_b4 = ?"
                    + " OR simhash_b5 = ?) ORDER BY id LIMIT 200")
            .bind(0, b[0])
            .bind(1, b[1])
            .bind(2, b[2])
            .bind(3, b[3])
            .bind(4, b[4])
            .bind(5, b[5])
            .map((rs, ctx) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3)))
            .list();
    for (Candidate c : candidates) {
      if (NearDuplicates.distance(c.simhash(), sig.simhash()) <= NearDuplicates.MAX_DISTANCE
          && NearDuplicates.resemblance(NearDuplicates.words(c.text()), sig.words())
              >= NearDuplicates.MIN_RESEMBLANCE) {
        return Optional.of(new Duplicate(c.id(), "near"));
      }
    }
    return Optional.empty();
  }

  private record Candidate(long id, long simhash, String text) {}
}
