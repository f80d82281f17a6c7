package io.skein.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitedLogTest {

  private final ManualClock clock = new ManualClock(0);
  private final RateLimitedLog log = new RateLimitedLog(
      System.getLogger(RateLimitedLogTest.class.getName()), clock, Duration.ofSeconds(10));

  @Test
  void logsOncePerPeerPerInterval() {
    assertThat(log.warn("peer-a", "[n1][peer peer-a] Dropped frame")).isTrue();
    assertThat(log.warn("peer-a", "[n1][peer peer-a] Dropped frame")).isFalse();
    assertThat(log.warn("peer-b", "[n1][peer peer-b] Dropped frame")).isTrue();
    clock.advanceMillis(9_999);
    assertThat(log.warn("peer-a", "[n1][peer peer-a] Dropped frame")).isFalse();
    clock.advanceMillis(1);
    assertThat(log.warn("peer-a", "[n1][peer peer-a] Dropped frame")).isTrue();
  }
}
