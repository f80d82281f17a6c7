package io.skein.membership.swim;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProbeOrderTest {

  @Test
  void everyMemberIsProbedOncePerPassInAShuffledOrder() {
    ProbeOrder order = new ProbeOrder(new SplittableRandom(7));
    for (int i = 1; i <= 10; i++) {
      order.add(TestNet.address(i));
    }
    List<UniqueAddress> first = pass(order, 10);
    List<UniqueAddress> second = pass(order, 10);
    assertThat(new HashSet<>(first)).hasSize(10);
    assertThat(new HashSet<>(second)).hasSize(10);
    assertThat(second).as("reshuffled (seed 7)").isNotEqualTo(first);
  }

  @Test
  void unprobeableMembersAreSkippedAndForgottenOnesDropped() {
    ProbeOrder order = new ProbeOrder(new SplittableRandom(3));
    for (int i = 1; i <= 4; i++) {
      order.add(TestNet.address(i));
    }
    Set<UniqueAddress> gone = Set.of(TestNet.address(2));
    for (int i = 0; i < 12; i++) {
      assertThat(order.next(m -> !gone.contains(m), m -> !gone.contains(m)))
          .isNotEqualTo(TestNet.address(2));
    }
    assertThat(order.size()).isEqualTo(3);
  }

  @Test
  void noProbeableMemberGivesNull() {
    ProbeOrder order = new ProbeOrder(new SplittableRandom(1));
    order.add(TestNet.address(1));
    assertThat(order.next(m -> false, m -> true)).isNull();
  }

  private static List<UniqueAddress> pass(ProbeOrder order, int n) {
    List<UniqueAddress> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(order.next(m -> true, m -> true));
    }
    return out;
  }
}
