package io.skein.membership.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PhiAccrualConfigTest {

  @Test
  void defaultsAreAkkas() {
    PhiAccrualConfig c = PhiAccrualConfig.defaults();
    assertThat(c.threshold()).isEqualTo(8.0);
    assertThat(c.maxSampleSize()).isEqualTo(1000);
    assertThat(c.minStdDeviation()).isEqualTo(Duration.ofMillis(100));
    assertThat(c.acceptableHeartbeatPause()).isEqualTo(Duration.ofSeconds(3));
    assertThat(c.firstHeartbeatEstimate()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void withersChangeOneValue() {
    PhiAccrualConfig c = PhiAccrualConfig.defaults().withThreshold(12.5);
    assertThat(c.threshold()).isEqualTo(12.5);
    assertThat(c.withThreshold(8.0)).isEqualTo(PhiAccrualConfig.defaults());
  }

  @Test
  void badValuesAreRejectedWithWhatWasExpected() {
    PhiAccrualConfig c = PhiAccrualConfig.defaults();
    assertThatThrownBy(() -> c.withThreshold(Double.NaN))
        .hasMessage("threshold: NaN (expected: a finite number > 0)");
    assertThatThrownBy(() -> c.withThreshold(0))
        .hasMessage("threshold: 0.0 (expected: a finite number > 0)");
    assertThatThrownBy(() -> c.withMaxSampleSize(0))
        .hasMessage("max sample size: 0 (expected: 1..100000)");
    assertThatThrownBy(() -> c.withMinStdDeviation(Duration.ZERO))
        .hasMessage("min std deviation: PT0S (expected: >= 1 ms)");
    assertThatThrownBy(() -> c.withAcceptableHeartbeatPause(Duration.ofMillis(-1)))
        .hasMessage("acceptable heartbeat pause: PT-0.001S (expected: >= 0 ms)");
    assertThatThrownBy(() -> c.withFirstHeartbeatEstimate(null))
        .hasMessage("first heartbeat estimate: null (expected: >= 1 ms)");
  }
}
