package io.skein.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));

  @Test
  void delaysDoubleWithinEqualJitterAndStopAtTheMaximum() {
    long seed = 42;
    SplittableRandom random = new SplittableRandom(seed);
    long[] steps = {100, 200, 400, 800, 1000, 1000, 1000};
    for (int failures = 1; failures <= steps.length; failures++) {
      long step = Duration.ofMillis(steps[failures - 1]).toNanos();
      long delay = backoff.delayNanos(failures, random);
      assertThat(delay).as("seed %d, failures %d", seed, failures).isBetween(step / 2, step);
    }
  }

  @Test
  void aHugeFailureCountStaysAtTheMaximum() {
    assertThat(backoff.delayNanos(Integer.MAX_VALUE, new SplittableRandom(1)))
        .isLessThanOrEqualTo(Duration.ofMillis(1000).toNanos());
  }

  @Test
  void theSameSeedGivesTheSameDelays() {
    SplittableRandom a = new SplittableRandom(7);
    SplittableRandom b = new SplittableRandom(7);
    for (int i = 1; i < 10; i++) {
      assertThat(backoff.delayNanos(i, a)).isEqualTo(backoff.delayNanos(i, b));
    }
  }

  @Test
  void aMaximumBelowTheMinimumIsRefused() {
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessage("reconnect backoff max: PT1S (expected: >= min PT2S)");
  }
}
