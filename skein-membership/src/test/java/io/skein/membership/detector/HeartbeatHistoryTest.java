package io.skein.membership.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HeartbeatHistoryTest {

  @Test
  void meanAndVarianceOfAFewIntervalsAreExact() {
    HeartbeatHistory h = new HeartbeatHistory(10);
    for (long x : new long[] {2, 4, 4, 4, 5, 5, 7, 9}) {
      h.add(x);
    }
    assertThat(h.mean()).isEqualTo(5.0);
    assertThat(h.variance()).isEqualTo(4.0);
    assertThat(h.stdDeviation()).isEqualTo(2.0);
  }

  @Test
  void aFullWindowDropsTheOldestAndItsSums() {
    HeartbeatHistory h = new HeartbeatHistory(2);
    h.add(1000);
    h.add(10);
    h.add(20);
    assertThat(h.size()).isEqualTo(2);
    assertThat(h.mean()).isEqualTo(15.0);
    assertThat(h.variance()).isEqualTo(25.0);
  }

  @Test
  void equalLargeIntervalsGiveZeroVarianceNotNaN() {
    HeartbeatHistory h = new HeartbeatHistory(PhiAccrualConfig.MAX_SAMPLE_SIZE);
    for (int i = 0; i < PhiAccrualConfig.MAX_SAMPLE_SIZE + 10; i++) {
      h.add(PhiAccrualFailureDetector.MAX_INTERVAL_MILLIS - 1);
    }
    assertThat(h.variance()).isGreaterThanOrEqualTo(0.0);
    assertThat(h.stdDeviation()).isNotNaN().isLessThan(1.0);
  }

  @Test
  void runningSumsMatchATwoPassComputationAfterManyEvictions() {
    long seed = 99L;
    SplittableRandom random = new SplittableRandom(seed);
    int capacity = 50;
    HeartbeatHistory h = new HeartbeatHistory(capacity);
    long[] all = new long[5000];
    for (int i = 0; i < all.length; i++) {
      all[i] = 500 + random.nextInt(1000);
      h.add(all[i]);
    }
    double mean = 0;
    for (int i = all.length - capacity; i < all.length; i++) {
      mean += all[i];
    }
    mean /= capacity;
    double variance = 0;
    for (int i = all.length - capacity; i < all.length; i++) {
      variance += (all[i] - mean) * (all[i] - mean);
    }
    variance /= capacity;
    assertThat(h.mean()).as("seed %d", seed).isEqualTo(mean);
    assertThat(h.variance()).as("seed %d", seed).isCloseTo(variance, within(1e-6));
  }

  @Test
  void anIntervalOutsideTheRangeIsRejected() {
    HeartbeatHistory h = new HeartbeatHistory(3);
    assertThatThrownBy(() -> h.add(-1)).hasMessage("interval: -1 ms (expected: 0..3600000)");
    assertThatThrownBy(() -> h.add(3_600_001))
        .hasMessage("interval: 3600001 ms (expected: 0..3600000)");
  }
}
