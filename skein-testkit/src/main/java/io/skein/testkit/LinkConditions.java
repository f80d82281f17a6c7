package io.skein.testkit;

import java.time.Duration;

/**
 * How one direction of a link between two in-memory nodes behaves.
 *
 * @param loss probability in [0, 1] that a frame is lost
 * @param minDelay least delivery delay
 * @param maxDelay greatest delivery delay (uniform between the two)
 */
public record LinkConditions(double loss, Duration minDelay, Duration maxDelay) {

  /** No loss, no delay. */
  public static final LinkConditions PERFECT = new LinkConditions(0, Duration.ZERO, Duration.ZERO);

  public LinkConditions {
    if (!(loss >= 0 && loss <= 1)) {
      throw new IllegalArgumentException("loss: " + loss + " (expected: 0..1)");
    }
    if (minDelay.isNegative() || maxDelay.compareTo(minDelay) < 0) {
      throw new IllegalArgumentException("delay: " + minDelay + ".." + maxDelay
          + " (expected: 0 <= min <= max)");
    }
  }

  /** A lossless link with a fixed delay. */
  public static LinkConditions delay(Duration delay) {
    return new LinkConditions(0, delay, delay);
  }

  /** These conditions with another loss probability. */
  public LinkConditions withLoss(double probability) {
    return new LinkConditions(probability, minDelay, maxDelay);
  }
}
