package io.skein.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ManualSchedulerTest {

  final ManualClock clock = new ManualClock(0);
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final List<String> ran = new ArrayList<>();

  @Test
  void nothingRunsUntilTheTestAsks() {
    scheduler.execute(() -> ran.add("now"));
    assertThat(ran).isEmpty();
    assertThat(scheduler.runDue()).isEqualTo(1);
    assertThat(ran).containsExactly("now");
  }

  @Test
  void tasksRunInDueOrderThenSubmissionOrder() {
    scheduler.schedule(() -> ran.add("b@20"), 20, TimeUnit.MILLISECONDS);
    scheduler.schedule(() -> ran.add("a@10"), 10, TimeUnit.MILLISECONDS);
    scheduler.schedule(() -> ran.add("c@20"), 20, TimeUnit.MILLISECONDS);
    scheduler.advance(Duration.ofMillis(15));
    assertThat(ran).containsExactly("a@10");
    scheduler.advance(Duration.ofMillis(5));
    assertThat(ran).containsExactly("a@10", "b@20", "c@20");
    assertThat(clock.nanos()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(20));
  }

  @Test
  void aTaskSeesTheClockAtItsDueTime() {
    List<Long> seen = new ArrayList<>();
    scheduler.schedule(() -> seen.add(clock.nanos()), 7, TimeUnit.MILLISECONDS);
    scheduler.advance(Duration.ofSeconds(1));
    assertThat(seen).containsExactly(TimeUnit.MILLISECONDS.toNanos(7));
  }

  @Test
  void fixedRateKeepsItsGridAndStopsWhenCancelled() {
    ScheduledFuture<?> f = scheduler.scheduleAtFixedRate(
        () -> ran.add("t" + clock.nanos() / 1_000_000), 100, 100, TimeUnit.MILLISECONDS);
    scheduler.advance(Duration.ofMillis(350));
    assertThat(ran).containsExactly("t100", "t200", "t300");
    f.cancel(false);
    scheduler.advance(Duration.ofSeconds(1));
    assertThat(ran).hasSize(3);
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void aFailingTaskCompletesItsFutureAndDoesNotStopOthers() {
    ScheduledFuture<?> failing = scheduler.schedule(() -> {
      throw new IllegalStateException("boom");
    }, 0, TimeUnit.MILLISECONDS);
    scheduler.execute(() -> ran.add("after"));
    scheduler.runDue();
    assertThatThrownBy(failing::get).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(ran).containsExactly("after");
  }

  @Test
  void shutdownRefusesNewTasksAndDropsPeriodicOnes() {
    scheduler.scheduleWithFixedDelay(() -> ran.add("tick"), 1, 1, TimeUnit.SECONDS);
    scheduler.schedule(() -> ran.add("once"), 1, TimeUnit.SECONDS);
    scheduler.shutdown();
    assertThatThrownBy(() -> scheduler.execute(() -> { }))
        .isInstanceOf(RejectedExecutionException.class);
    scheduler.advance(Duration.ofSeconds(5));
    assertThat(ran).containsExactly("once");
    assertThat(scheduler.isTerminated()).isTrue();
  }
}
