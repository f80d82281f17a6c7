package io.skein.server.datastore;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.server.datastore.SubmissionQueue.Offer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SubmissionQueueTest {

  private static Pending command(String name) {
    return new Pending(Commands.cmd(name), 0, new CompletableFuture<>(), false);
  }

  @Test
  void onlyTheFirstOfferAfterADrainBeganSchedulesAnother() {
    SubmissionQueue q = new SubmissionQueue(10);
    assertThat(q.offer(command("a"))).isEqualTo(Offer.SCHEDULE_DRAIN);
    assertThat(q.offer(command("b"))).isEqualTo(Offer.QUEUED);
    q.drainStarted();
    assertThat(q.offer(command("c"))).isEqualTo(Offer.SCHEDULE_DRAIN);
    assertThat(q.size()).isEqualTo(3);
  }

  @Test
  void refusesBeyondItsCapacityAndKeepsTheOrder() {
    SubmissionQueue q = new SubmissionQueue(2);
    q.offer(command("a"));
    q.offer(command("b"));
    assertThat(q.offer(command("c"))).isEqualTo(Offer.FULL);
    assertThat(q.size()).isEqualTo(2);
    assertThat(new String(q.poll().argv()[0])).isEqualTo("a");
    assertThat(q.offer(command("d"))).as("room again").isNotEqualTo(Offer.FULL);
    List<String> failed = new ArrayList<>();
    q.failAll(p -> failed.add(new String(p.argv()[0])));
    assertThat(failed).containsExactly("b", "d");
    assertThat(q.isEmpty()).isTrue();
    assertThat(q.size()).isZero();
  }
}
