package gapwatch.store;

import gapwatch.claims.GapClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pairs an article's freshly extracted claims with its stored ones, so a claim keeps its identity
 * (and its curators' decisions) across re-extraction. A fresh claim matches, in this order of
 * preference, a stored one with the same evidence sentence and the same subject, reference and
 * relation; the same sentence and the same two actors either way round; or the same subject,
 * reference and relation with one sentence containing the other (a sentence split that moved). Each
 * stored claim matches at most one fresh claim. Pure; thread-safe.
 */
final class ClaimMatcher {

  private ClaimMatcher() {}

  /**
   * A stored claim: its latest version's row id, its stable id, its fields, and whether that
   * version is current (else an earlier re-extraction found the claim gone).
   */
  record Stored(long versionId, long lineageId, GapClaim claim, boolean current) {}

  /** A fresh claim and the stored claim it continues, if any. */
  record Match(GapClaim fresh, @Nullable Stored previous) {}

  /**
   * One match per fresh claim, in their order; stored claims left unmatched are {@code gone}.
   *
   * @param gone receives the stored claims no fresh claim continues
   */
  static List<Match> match(List<Stored> stored, List<GapClaim> fresh, List<Stored> gone) {
    List<Stored> left = new ArrayList<>(stored);
    Stored[] chosen = new Stored[fresh.size()];
    for (int rule = 0; rule < 3; rule++) {
      for (int i = 0; i < fresh.size(); i++) {
        if (chosen[i] == null) {
          chosen[i] = take(left, fresh.get(i), rule);
        }
      }
    }
    gone.addAll(left);
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      out.add(new Match(fresh.get(i), chosen[i]));
    }
    return out;
  }

  private static @Nullable Stored take(List<Stored> left, GapClaim c, int rule) {
    for (int j = 0; j < left.size(); j++) {
      if (matches(left.get(j).claim(), c, rule)) {
        return left.remove(j);
      }
    }
    return null;
  }

  private static boolean matches(GapClaim old, GapClaim c, int rule) {
    String a = sentence(old);
    String b = sentence(c);
    return switch (rule) {
      case 0 -> a.equals(b) && sameKey(old, c);
      case 1 -> a.equals(b) && samePair(old, c);
      default -> sameKey(old, c) && (a.contains(b) || b.contains(a));
    };
  }

  private static boolean sameKey(GapClaim a, GapClaim b) {
    return a.subject().equals(b.subject())
        && a.reference().equals(b.reference())
        && a.relation() == b.relation();
  }

  private static boolean samePair(GapClaim a, GapClaim b) {
    return (a.subject().equals(b.subject()) && a.reference().equals(b.reference()))
        || (a.subject().equals(b.reference()) && a.reference().equals(b.subject()));
  }

  private static String sentence(GapClaim c) {
    return c.evidence().sentence().strip().replaceAll("\\s+", " ");
  }

  /** Whether the fields a curator sees and decides on are the same. */
  static boolean sameFields(GapClaim a, GapClaim b) {
    return ClaimFields.of(a).equals(ClaimFields.of(b));
  }

  /** Whether nothing at all changed, offsets and confidence included. */
  static boolean identical(GapClaim a, GapClaim b) {
    return Objects.equals(a, b);
  }
}
