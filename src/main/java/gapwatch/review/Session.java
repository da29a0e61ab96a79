package gapwatch.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One browser's session with the review server: its CSRF token, the curator's name, a one-shot
 * message for the next page, and the claims it decided on (for undo). Thread-safe.
 */
final class Session {

  /** How many decisions a session remembers for undo. */
  static final int UNDO_DEPTH = 100;

  private final String csrf;
  private @Nullable String curator;
  private @Nullable String flash;
  private final Deque<Long> decided = new ArrayDeque<>();

  Session(String csrf) {
    this.csrf = csrf;
  }

  String csrf() {
    return csrf;
  }

  synchronized Optional<String> curator() {
    return Optional.ofNullable(curator);
  }

  synchronized void curator(String name) {
    this.curator = name;
  }

  synchronized void flash(String message) {
    this.flash = message;
  }

  /** The pending message, once. */
  synchronized @Nullable String takeFlash() {
    String f = flash;
    flash = null;
    return f;
  }

  synchronized void decided(long claimId) {
    decided.push(claimId);
    while (decided.size() > UNDO_DEPTH) {
      decided.removeLast();
    }
  }

  /** The claim this session decided on last and has not undone yet, if any. */
  synchronized Optional<Long> popDecided() {
    return Optional.ofNullable(decided.poll());
  }

  synchronized void pushBack(long claimId) {
    decided.push(claimId);
  }
}
