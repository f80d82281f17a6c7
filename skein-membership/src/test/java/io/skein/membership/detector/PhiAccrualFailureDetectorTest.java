package io.skein.membership.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhiAccrualFailureDetectorTest {

  /** Akka's formula written as Akka writes it, to compare against where it is finite. */
  private static double akkaPhi(double timeDiff, double mean, double stdDeviation) {
    double y = (timeDiff - mean) / stdDeviation;
    double e = Math.exp(-y * (1.5976 + 0.070566 * y * y));
    return timeDiff > mean ? -Math.log10(e / (1.0 + e)) : -Math.log10(1.0 - 1.0 / (1.0 + e));
  }

  /**
   * The silence (ms past the adjusted mean, in units of σ) at which φ = 8: the real root of
   * 0.070566 y³ + 1.5976 y − ln(10^8 − 1) = 0, by Cardano's formula (one real root, p > 0).
   */
  private static double sigmasAtPhi8() {
    double p = 1.5976 / 0.070566;
    double q = -Math.log(1e8 - 1) / 0.070566;
    double d = Math.sqrt(q * q / 4 + p * p * p / 27);
    return Math.cbrt(-q / 2 + d) + Math.cbrt(-q / 2 - d);
  }

  /** Heartbeats every {@code cadence} ms from 0, {@code count} of them; returns the last time. */
  private static long beatEvery(PhiAccrualFailureDetector fd, long cadence, int count) {
    long t = 0;
    for (int i = 0; i < count; i++) {
      t = i * cadence;
      fd.heartbeat(t);
    }
    return t;
  }

  @Test
  void aPeerNeverHeardFromHasPhiZeroAndIsAvailable() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    assertThat(fd.phi(1_000_000)).isZero();
    assertThat(fd.isAvailable(1_000_000)).isTrue();
    assertThat(fd.isMonitoring()).isFalse();
    assertThat(fd.sampleCount()).isZero();
  }

  @Test
  void theFirstHeartbeatSeedsTheWindowWithTheEstimatePlusMinusAQuarter() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    fd.heartbeat(0);
    // Seeds 750 and 1250: mean 1000, σ 250.
    assertThat(fd.sampleCount()).isEqualTo(2);
    assertThat(fd.intervalMean()).isEqualTo(1000.0);
    assertThat(fd.intervalStdDeviation()).isEqualTo(250.0);
  }

  @Test
  void phiAtTheMeanPlusTheAcceptablePauseIsLog10Of2() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    fd.heartbeat(0);
    // y = 0, so F = 1/2 and φ = −log10(1/2).
    assertThat(fd.phi(4000)).isCloseTo(Math.log10(2), within(1e-15));
  }

  @Test
  void phiGrowsWithSilenceAndMatchesAkkasFormula() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    fd.heartbeat(0);
    double previous = -1;
    for (long t = 0; t <= 9000; t += 250) {
      double phi = fd.phi(t);
      assertThat(phi).as("phi at %d ms", t).isGreaterThan(previous);
      assertThat(phi).as("phi at %d ms", t)
          .isCloseTo(akkaPhi(t, 4000, 250), within(1e-9 * Math.max(1, phi)));
      previous = phi;
    }
    assertThat(fd.phi(5000)).isCloseTo(akkaPhi(5000, 4000, 250), within(1e-12));
  }

  @Test
  void regularHeartbeatsKeepPhiLow() {
    long seed = 20240611L;
    SplittableRandom random = new SplittableRandom(seed);
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    long t = 0;
    fd.heartbeat(t);
    for (int i = 0; i < 2000; i++) {
      t += 900 + random.nextInt(201); // 1 s ± 100 ms
      assertThat(fd.phi(t)).as("seed %d, beat %d", seed, i).isLessThan(1e-6);
      assertThat(fd.isAvailable(t)).as("seed %d, beat %d", seed, i).isTrue();
      fd.heartbeat(t);
    }
    assertThat(fd.intervalMean()).as("seed %d", seed).isBetween(990.0, 1010.0);
  }

  @Test
  void withDefaultsAndASteadyOneSecondCadenceThresholdIsCrossedAbout4523MsIntoASilence() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    long last = beatEvery(fd, 1000, 1001 + 1); // 1001 intervals of 1 s push both seeds out
    assertThat(fd.intervalMean()).isEqualTo(1000.0);
    assertThat(fd.intervalStdDeviation()).isEqualTo(100.0); // measured 0, floored

    double crossing = 1000 + 3000 + 100 * sigmasAtPhi8(); // μ + pause + y·σ
    long firstSuspectedMs = (long) Math.ceil(crossing);

    assertThat(firstSuspectedMs).isEqualTo(4523);
    assertThat(fd.isAvailable(last + firstSuspectedMs - 1)).isTrue();
    assertThat(fd.isAvailable(last + firstSuspectedMs)).isFalse();
    assertThat(fd.phi(last + firstSuspectedMs - 1)).isLessThan(8.0);
    assertThat(fd.phi(last + firstSuspectedMs)).isGreaterThanOrEqualTo(8.0);
  }

  @Test
  void afterOnlyTheFirstHeartbeatTheSeededSpreadDelaysTheCrossingTo5307Ms() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    fd.heartbeat(0);
    long firstSuspectedMs = (long) Math.ceil(4000 + 250 * sigmasAtPhi8());

    assertThat(firstSuspectedMs).isEqualTo(5307);
    assertThat(fd.isAvailable(firstSuspectedMs - 1)).isTrue();
    assertThat(fd.isAvailable(firstSuspectedMs)).isFalse();
  }

  @Test
  void theWindowKeepsOnlyTheLastMaxSampleSizeIntervals() {
    PhiAccrualFailureDetector fd = new PhiAccrualFailureDetector(PhiAccrualConfig.defaults()
        .withMaxSampleSize(3).withMinStdDeviation(Duration.ofMillis(1))
        .withAcceptableHeartbeatPause(Duration.ZERO));
    for (long t : new long[] {0, 100, 300, 600, 1000}) {
      fd.heartbeat(t);
    }
    // Seeds 750, 1250, then 100, 200, 300, 400: the window holds 200, 300, 400.
    assertThat(fd.sampleCount()).isEqualTo(3);
    assertThat(fd.intervalMean()).isEqualTo(300.0);
    assertThat(fd.intervalStdDeviation()).isCloseTo(Math.sqrt(20000.0 / 3), within(1e-9));
  }

  @Test
  void theDefaultWindowStopsAtOneThousandIntervals() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    beatEvery(fd, 1000, 1500);
    assertThat(fd.sampleCount()).isEqualTo(1000);
  }

  @Test
  void theFirstHeartbeatAfterASuspicionIsNotAddedToTheWindow() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    long last = beatEvery(fd, 1000, 10);
    int samples = fd.sampleCount();
    double mean = fd.intervalMean();
    long back = last + 20_000;
    assertThat(fd.isAvailable(back)).isFalse();

    fd.heartbeat(back);

    assertThat(fd.sampleCount()).isEqualTo(samples);
    assertThat(fd.intervalMean()).isEqualTo(mean);
    assertThat(fd.isAvailable(back)).isTrue();
  }

  @Test
  void aHeartbeatStampedBeforeTheLastOneIsIgnored() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    fd.heartbeat(1000);
    fd.heartbeat(2000);
    double phiAt3000 = fd.phi(3000);

    fd.heartbeat(1500);

    assertThat(fd.sampleCount()).isEqualTo(3);
    assertThat(fd.phi(3000)).isEqualTo(phiAt3000);
  }

  @Test
  void resetForgetsEveryHeartbeat() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    beatEvery(fd, 1000, 5);
    fd.reset();
    assertThat(fd.isMonitoring()).isFalse();
    assertThat(fd.sampleCount()).isZero();
    assertThat(fd.phi(60_000)).isZero();

    fd.heartbeat(70_000);
    assertThat(fd.sampleCount()).isEqualTo(2);
    assertThat(fd.intervalMean()).isEqualTo(1000.0);
  }
}
