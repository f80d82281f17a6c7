package io.skein.membership.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Phi never leaks NaN or Infinity, however extreme the inputs. */
class PhiNumericsTest {

  private static double akkaPhi(double timeDiff, double mean, double stdDeviation) {
    double y = (timeDiff - mean) / stdDeviation;
    double e = Math.exp(-y * (1.5976 + 0.070566 * y * y));
    return timeDiff > mean ? -Math.log10(e / (1.0 + e)) : -Math.log10(1.0 - 1.0 / (1.0 + e));
  }

  @Test
  void whereAkkasFormReachesInfinityPhiStaysFiniteAndKeepsGrowing() {
    // Steady 1 s cadence: μ + pause = 4000 ms, σ = 100 ms; Akka's e underflows at 6160 ms.
    assertThat(akkaPhi(6150, 4000, 100)).isFinite();
    assertThat(akkaPhi(6160, 4000, 100)).isInfinite();

    double atUnderflow = PhiAccrualFailureDetector.phi(6160, 4000, 100);
    assertThat(atUnderflow).isFinite().isGreaterThan(akkaPhi(6150, 4000, 100));
    assertThat(PhiAccrualFailureDetector.phi(60_000, 4000, 100)).isFinite()
        .isGreaterThan(atUnderflow);
  }

  @Test
  void agreesWithAkkasFormWhereverThatIsFinite() {
    for (double y = -30; y <= 21; y += 0.125) {
      double t = 4000 + 100 * y;
      double expected = akkaPhi(t, 4000, 100);
      assertThat(PhiAccrualFailureDetector.phi(t, 4000, 100)).as("y = %s", y)
          .isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
    }
  }

  @Test
  void phiIsNeverNegativeZero() {
    // Akka's else branch gives −log10(1.0) = −0.0 far before the mean.
    double phi = PhiAccrualFailureDetector.phi(0, 1_000_000, 1);
    assertThat(Double.doubleToRawLongBits(phi)).isEqualTo(Double.doubleToRawLongBits(0.0));
  }

  @Test
  void extremeTimestampsGiveFiniteNonNegativePhi() {
    PhiAccrualFailureDetector fd = PhiAccrualFailureDetector.withDefaults();
    fd.heartbeat(Long.MIN_VALUE);
    assertThat(fd.phi(Long.MAX_VALUE)).isFinite().isPositive();
    assertThat(fd.isAvailable(Long.MAX_VALUE)).isFalse();

    PhiAccrualFailureDetector late = PhiAccrualFailureDetector.withDefaults();
    late.heartbeat(Long.MAX_VALUE);
    assertThat(late.phi(Long.MIN_VALUE)).isFinite().isGreaterThanOrEqualTo(0.0);
    assertThat(late.isAvailable(Long.MIN_VALUE)).isTrue();
  }

  @Test
  void aHugeGapIsCappedWhenRecorded() {
    // A one-sample window and a pause of a day: a two-hour gap is still "available".
    PhiAccrualFailureDetector fd = new PhiAccrualFailureDetector(PhiAccrualConfig.defaults()
        .withMaxSampleSize(1).withAcceptableHeartbeatPause(java.time.Duration.ofDays(1)));
    fd.heartbeat(0);
    fd.heartbeat(7_200_000);
    assertThat(fd.intervalMean()).isEqualTo(PhiAccrualFailureDetector.MAX_INTERVAL_MILLIS);
    assertThat(fd.phi(7_200_000 + 1000)).isFinite().isLessThan(1.0);
  }

  @Test
  void randomInputsNeverGiveNaNOrInfinityAndPhiRisesWithTime() {
    long seed = 7_340_033L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 20_000; i++) {
      double t = (random.nextDouble() - 0.5) * 2e18;
      double later = t + random.nextDouble() * 1e6;
      double mean = random.nextDouble() * 1e7;
      double sd = 1 + random.nextDouble() * 1e6;
      double phi = PhiAccrualFailureDetector.phi(t, mean, sd);
      String what = "seed " + seed + ", phi(" + t + ", " + mean + ", " + sd + ")";
      assertThat(phi).as(what).isFinite().isGreaterThanOrEqualTo(0.0);
      assertThat(PhiAccrualFailureDetector.phi(later, mean, sd)).as(what)
          .isGreaterThanOrEqualTo(phi);
    }
  }

  @Test
  void aStandardDeviationThatIsNotPositiveIsRejected() {
    assertThatThrownBy(() -> PhiAccrualFailureDetector.phi(1, 1, 0))
        .hasMessage("std deviation: 0.0 ms (expected: > 0)");
    assertThatThrownBy(() -> PhiAccrualFailureDetector.phi(1, 1, Double.NaN))
        .hasMessage("std deviation: NaN ms (expected: > 0)");
  }
}
