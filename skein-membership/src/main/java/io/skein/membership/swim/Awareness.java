package io.skein.membership.swim;

/**
 * Lifeguard's local health multiplier: how much this node distrusts its own view. The score
 * rises when this node misses acks it should have had (a failed probe without the nacks that
 * would show its own links work) or has to refute a suspicion about itself, and falls with each
 * successful probe. Probe interval and timeout are scaled by score + 1, so a slow or overloaded
 * node probes less often and waits longer instead of accusing healthy members.
 *
 * <p>After memberlist's {@code awareness.go} and the Lifeguard paper, §4.1. With a maximum of 1
 * the score is always 0: Lifeguard off.
 */
final class Awareness {

  private final int max;
  private int score;

  /** A score in {@code 0 .. max − 1}. */
  Awareness(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("awareness max: " + max + " (expected: >= 1)");
    }
    this.max = max;
  }

  /** Adds {@code delta} (negative to recover), clamped to the range. */
  void apply(int delta) {
    score = Math.max(0, Math.min(max - 1, score + delta));
  }

  int score() {
    return score;
  }

  /** {@code millis · (score + 1)}. */
  long scale(long millis) {
    return millis * (score + 1);
  }
}
