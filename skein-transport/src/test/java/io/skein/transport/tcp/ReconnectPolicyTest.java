package io.skein.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.ManualClock;
import io.skein.transport.Backoff;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

  private final ManualClock clock = new ManualClock(0);
  private final ReconnectPolicy policy = new ReconnectPolicy(
      new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(20)), clock, new SplittableRandom(1));

  @Test
  void theFirstAttemptIsFree() {
    assertThat(policy.refusal(true)).isNull();
    assertThat(policy.refusal(false)).isNull();
  }

  @Test
  void duringTheBackoffOneWayMessagesWaitAndRequestsTryAFewTimesASecond() {
    policy.attempting();
    policy.failed("connection refused");
    assertThat(policy.refusal(true)).contains("unreachable (connection refused; next attempt in");
    assertThat(policy.refusal(false)).startsWith("unreachable");

    clock.advanceMillis(ReconnectPolicy.ON_DEMAND_MILLIS);
    assertThat(policy.refusal(false)).isNull();
    assertThat(policy.refusal(true)).isNotNull();
    policy.attempting();
    assertThat(policy.refusal(false)).isNotNull();
  }

  @Test
  void aConnectionEndsTheBackoffAndSaysWhetherItWasAReconnect() {
    assertThat(policy.established()).isFalse();
    policy.failed("reset");
    assertThat(policy.established()).isTrue();
    assertThat(policy.refusal(true)).isNull();
  }
}
