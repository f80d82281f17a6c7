package io.skein.membership.swim;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BroadcastQueueTest {

  private static NodeUpdate alive(int member, long inc) {
    UniqueAddress a = TestNet.address(member);
    return new NodeUpdate(MemberInfo.alive(a, "dc1", "r1", inc), a);
  }

  @Test
  void retransmitLimitIsLambdaTimesCeilLog10OfNPlusOne() {
    assertThat(BroadcastQueue.retransmitLimit(4, 1)).isEqualTo(4);
    assertThat(BroadcastQueue.retransmitLimit(4, 9)).isEqualTo(4);
    assertThat(BroadcastQueue.retransmitLimit(4, 10)).isEqualTo(8);
    assertThat(BroadcastQueue.retransmitLimit(4, 99)).isEqualTo(8);
    assertThat(BroadcastQueue.retransmitLimit(4, 100)).isEqualTo(12);
    assertThat(BroadcastQueue.retransmitLimit(4, 1000)).isEqualTo(16);
    assertThat(BroadcastQueue.retransmitLimit(2, 5)).isEqualTo(2);
  }

  @Test
  void eachUpdateIsSentExactlyTheLimitThenDropped() {
    BroadcastQueue q = new BroadcastQueue(4, 16, () -> 10); // limit 8
    q.add(alive(1, 1));
    int sent = 0;
    while (!q.isEmpty()) {
      sent += q.take().size();
    }
    assertThat(sent).isEqualTo(8);
  }

  @Test
  void leastSentGoFirstAndNewestAmongEquals() {
    BroadcastQueue q = new BroadcastQueue(4, 1, () -> 10);
    q.add(alive(1, 1));
    q.add(alive(2, 1));
    assertThat(q.take()).containsExactly(alive(2, 1));
    assertThat(q.take()).containsExactly(alive(1, 1));
    q.add(alive(3, 1));
    assertThat(q.take()).containsExactly(alive(3, 1));
  }

  @Test
  void aNewerUpdateReplacesTheQueuedOneAboutTheSameMember() {
    BroadcastQueue q = new BroadcastQueue(4, 16, () -> 10);
    q.add(alive(1, 1));
    q.take();
    q.add(alive(1, 2));
    assertThat(q.size()).isEqualTo(1);
    assertThat(q.queued(TestNet.address(1))).isEqualTo(alive(1, 2));
    List<NodeUpdate> all = new ArrayList<>();
    while (!q.isEmpty()) {
      all.addAll(q.take());
    }
    assertThat(all).hasSize(8).containsOnly(alive(1, 2));
  }

  @Test
  void aMessageCarriesAtMostTheConfiguredNumber() {
    BroadcastQueue q = new BroadcastQueue(4, 3, () -> 10);
    for (int i = 1; i <= 5; i++) {
      q.add(alive(i, 1));
    }
    assertThat(q.take()).hasSize(3);
    assertThat(q.take(10)).hasSize(5);
  }

  @Test
  void aRefutationGoesFirstAndTwiceAsManyTimes() {
    BroadcastQueue q = new BroadcastQueue(4, 1, () -> 10); // limit 8
    q.add(alive(1, 1));
    q.add(alive(2, 2), true);
    q.add(alive(3, 1));
    assertThat(q.take()).containsExactly(alive(2, 2));
    int refutations = 1;
    int others = 0;
    while (!q.isEmpty()) {
      NodeUpdate u = q.take().get(0);
      if (u.equals(alive(2, 2))) {
        refutations++;
      } else {
        others++;
      }
    }
    assertThat(refutations).isEqualTo(16);
    assertThat(others).isEqualTo(16);
  }
}
