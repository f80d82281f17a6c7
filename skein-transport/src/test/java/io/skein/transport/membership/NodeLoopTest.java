package io.skein.transport.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.core.ManualClock;
import io.skein.core.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeLoopTest {

  final ManualClock clock = new ManualClock(0);
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final NodeLoop loop = new NodeLoop("node-1", scheduler);
  final List<String> ran = new ArrayList<>();

  @Test
  void nothingRunsBeforeOpenOrAfterStop() {
    assertThat(loop.execute(() -> ran.add("early"))).isFalse();
    loop.open();
    assertThat(loop.execute(() -> ran.add("queued"))).isTrue();
    loop.stop();
    scheduler.runDue();
    assertThat(ran).isEmpty();
    assertThat((Object) loop.after(10, () -> ran.add("late"))).isNull();
  }

  @Test
  void aTimerWhoseTaskThrowsKeepsRunning() {
    loop.open();
    loop.every(100, 100, () -> {
      ran.add("tick");
      throw new IllegalStateException("a bad input");
    });
    scheduler.advance(Duration.ofMillis(350));
    assertThat(ran).containsExactly("tick", "tick", "tick");
  }

  @Test
  void stopCancelsPendingTimers() {
    loop.open();
    loop.every(100, 100, () -> ran.add("tick"));
    loop.after(500, () -> ran.add("once"));
    loop.stop();
    assertThat(scheduler.pending()).isZero();
    scheduler.advance(Duration.ofSeconds(1));
    assertThat(ran).isEmpty();
  }
}
