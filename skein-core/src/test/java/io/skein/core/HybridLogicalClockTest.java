package io.skein.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HybridLogicalClockTest {

  @Test
  void versionsStrictlyIncreaseWithinOneMillisecond() {
    ManualClock clock = new ManualClock(1_000);
    HybridLogicalClock hlc = new HybridLogicalClock(clock);
    long a = hlc.next();
    long b = hlc.next();
    assertThat(b).isGreaterThan(a);
    assertThat(HybridLogicalClock.physicalMillis(b)).isEqualTo(1_000);
    assertThat(HybridLogicalClock.logical(b)).isEqualTo(1);
  }

  @Test
  void followsWallTimeWhenItAdvances() {
    ManualClock clock = new ManualClock(1_000);
    HybridLogicalClock hlc = new HybridLogicalClock(clock);
    hlc.next();
    clock.advanceMillis(5);
    long v = hlc.next();
    assertThat(HybridLogicalClock.physicalMillis(v)).isEqualTo(1_005);
    assertThat(HybridLogicalClock.logical(v)).isZero();
  }

  @Test
  void nextWithTheCallersReadingMatchesNext() {
    ManualClock clock = new ManualClock(1_000);
    HybridLogicalClock a = new HybridLogicalClock(clock);
    HybridLogicalClock b = new HybridLogicalClock(clock);
    for (int i = 0; i < 5; i++) {
      assertThat(b.next(clock.millis())).isEqualTo(a.next());
      clock.advanceMillis(i % 2);
    }
    b.observe((2_000L << HybridLogicalClock.LOGICAL_BITS) + 3);
    a.observe((2_000L << HybridLogicalClock.LOGICAL_BITS) + 3);
    assertThat(b.next(clock.millis())).isEqualTo(a.next()).isEqualTo((2_000L << 16) + 4);
  }

  @Test
  void observedVersionFromTheFutureIsExceeded() {
    ManualClock clock = new ManualClock(1_000);
    HybridLogicalClock hlc = new HybridLogicalClock(clock);
    long remote = (9_000L << HybridLogicalClock.LOGICAL_BITS) + 7;
    hlc.observe(remote);
    assertThat(hlc.next()).isEqualTo(remote + 1);
  }
}
