package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lifecycle under message loss: whatever is dropped, no view ever holds two Up members with
 * one up number, and once loss stops every node reaches the same converged view.
 */
class LossyNetworkTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void lossNeverBreaksTheInvariantsAndTheClusterConvergesOnceItStops(long seed) {
    InProcessNetwork net = new InProcessNetwork(seed,
        LifecycleSettings.DEFAULTS.withRetryJoinAfter(2_000));
    net.setLoss(0.3);
    for (int i = 1; i <= 5; i++) {
      ClusterMembership n = net.add(node(i));
      net.send(n.self(), n.join(net.now(), node(1).address()));
    }
    for (int round = 0; round < 40; round++) {
      if (round == 10) {
        net.send(node(4), net.node(node(4)).leave(net.now()));
      }
      net.round();
      checkUpNumbersDistinct(net, "seed " + seed + " round " + round);
    }
    net.setLoss(0);
    boolean settled = net.runUntil(() -> net.live().stream().allMatch(n ->
        n.state().isConverged()
            && n.state().members().equals(net.node(node(1)).state().members())
            && n.state().members().size() == 4
            && n.state().members().stream().allMatch(m -> m.status() == MemberStatus.UP)), 60);
    assertThat(settled).as("seed " + seed + ": " + net.live().stream()
        .map(n -> n.state().toString()).toList()).isTrue();
    assertThat(net.node(node(4)).isRemoved()).as("seed " + seed).isTrue();
  }

  private static void checkUpNumbersDistinct(InProcessNetwork net, String where) {
    for (ClusterMembership n : net.nodes()) {
      List<Integer> numbers = n.state().members().stream()
          .filter(m -> m.status() == MemberStatus.UP).map(Member::upNumber).toList();
      assertThat(numbers).as(where + " view of " + n.self()).doesNotHaveDuplicates();
    }
  }
}
