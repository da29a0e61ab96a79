package gapwatch.store;

/** What became of a decision request. */
public sealed interface DecisionOutcome {

  /** The decision was stored; {@code state} is the claim's new state. */
  record Applied(ReviewState state) implements DecisionOutcome {}

  /**
   * Someone else decided on the claim after the curator loaded it: nothing was stored. {@code
   * current} is the state to show; {@code message} says who changed it and what to do.
   */
  record Conflict(ReviewState current, String message) implements DecisionOutcome {}

  /** The request cannot apply to this claim (no such claim, nothing to undo...); nothing stored. */
  record Refused(String message) implements DecisionOutcome {}
}
