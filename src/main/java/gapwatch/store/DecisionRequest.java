package gapwatch.store;

import java.util.Objects;

/** What a curator asks to do with a claim. Each variant is valid by construction. */
public sealed interface DecisionRequest {

  /** The action's name, as stored in {@code decisions.action} and the audit log. */
  String action();

  /** The claim is right as it stands (with any earlier corrections). */
  record Accept() implements DecisionRequest {
    @Override
    public String action() {
      return "accept";
    }
  }

  /** The claim is wrong; {@code reason} says why. */
  record Reject(String reason) implements DecisionRequest {
    public static final int MAX_REASON = 500;

    public Reject {
      Objects.requireNonNull(reason, "reason");
      reason = reason.strip().replaceAll("\\s+", " ");
      if (reason.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs a reason");
      }
      if (reason.length() > MAX_REASON) {
        throw new IllegalArgumentException(
            "the reason is " + reason.length() + " characters long; at most " + MAX_REASON);
      }
    }

    @Override
    public String action() {
      return "reject";
    }
  }

  /** The claim is right once its fields are corrected to {@code fields}; saving accepts it. */
  record Edit(ClaimFields fields) implements DecisionRequest {
    public Edit {
      Objects.requireNonNull(fields, "fields");
    }

    @Override
    public String action() {
      return "edit";
    }
  }

  /** The claim says what claim {@code original} says (same speaker, same statement). */
  record Duplicate(long original) implements DecisionRequest {
    @Override
    public String action() {
      return "duplicate";
    }
  }

  /** Take back the latest decision not yet taken back. */
  record Undo() implements DecisionRequest {
    @Override
    public String action() {
      return "undo";
    }
  }
}
