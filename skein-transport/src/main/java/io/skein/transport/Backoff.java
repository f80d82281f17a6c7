package io.skein.transport;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays: exponential from {@code min}, capped at {@code max}, with "equal jitter"
 * (half fixed, half random) so that nodes that lost a peer at the same moment do not all retry
 * at the same moment, while every delay stays at least half the exponential step.
 *
 * @param min delay after the first failure
 * @param max largest delay
 */
public record Backoff(Duration min, Duration max) {

  public Backoff {
    if (min.isNegative() || min.isZero()) {
      throw new IllegalArgumentException("reconnect backoff min: " + min + " (expected: > 0)");
    }
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("reconnect backoff max: " + max
          + " (expected: >= min " + min + ")");
    }
  }

  /** The delay in nanoseconds after {@code failures} consecutive failures (1 for the first). */
  public long delayNanos(int failures, RandomGenerator random) {
    long step = min.toNanos();
    long cap = max.toNanos();
    for (int i = 1; i < failures && step < cap; i++) {
      step = Math.min(cap, step * 2);
    }
    step = Math.min(step, cap);
    long half = step / 2;
    return step - half + (half == 0 ? 0 : random.nextLong(half + 1));
  }
}
