package io.skein.testkit.membership;

import static io.skein.testkit.membership.MembershipCluster.converged;
import static io.skein.testkit.membership.MembershipCluster.memberAt;
import static io.skein.testkit.membership.MembershipCluster.peerDowns;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import io.skein.membership.sbr.SbrSettings;
import io.skein.routing.topology.PeerState;
import io.skein.testkit.membership.MembershipCluster.Node;
import io.skein.transport.membership.MembershipSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Five {@code MembershipNode}s on the in-memory network under failures: a crash, a short stall,
 * a partition, a restart. Simulated time: "30 s" costs milliseconds, and a seed replays a run.
 */
class MembershipNodeFailuresTest {

  static MembershipSettings resolverOff() {
    return MembershipSettings.defaults().withSbr(SbrSettings.parse(Map.of("strategy", "off")));
  }

  @Test
  void aCrashedNodeIsDownOnEveryDataPlaneAndUnreachableInEveryLifecycle() {
    MembershipCluster cluster = MembershipCluster.fiveConverged(202, resolverOff());
    Node crashed = cluster.node(4);
    cluster.crash(4);
    cluster.run(Duration.ofSeconds(30));
    for (Node n : cluster.except(4)) {
      assertThat(n.peerState(4)).as("%s", cluster).isEqualTo(PeerState.DOWN);
      UniqueAddress gone = memberAt(n, crashed).orElseThrow().uniqueAddress();
      assertThat(n.membership.state().isReachable(gone)).as("%s", cluster).isFalse();
      assertThat(n.membership.memberLines()).anyMatch(l -> l.startsWith(gone + " Up unreachable"));
      for (Node other : cluster.except(4, n.number)) {
        assertThat(n.peerState(other.number)).as("%s", cluster).isEqualTo(PeerState.NORMAL);
      }
    }
  }

  @Test
  void aTwoSecondStallMakesNoNodeMarkItDown() {
    MembershipCluster cluster = MembershipCluster.fiveConverged(303, MembershipSettings.defaults());
    Node stalled = cluster.node(3);
    List<Node> others = cluster.except(3);
    long[] downsBefore = others.stream().mapToLong(n -> peerDowns(n, stalled)).toArray();
    cluster.registry.partition(List.of(stalled.address),
        others.stream().map(n -> n.address).toList());
    cluster.run(Duration.ofSeconds(2));
    cluster.registry.heal();
    cluster.run(Duration.ofSeconds(20));
    for (int i = 0; i < others.size(); i++) {
      Node n = others.get(i);
      assertThat(peerDowns(n, stalled)).as("%s", cluster).isEqualTo(downsBefore[i]);
      assertThat(peerDowns(stalled, n)).as("%s", cluster).isZero();
      assertThat(memberAt(n, stalled).map(Member::status)).hasValue(MemberStatus.UP);
    }
    assertThat(converged(cluster.nodes)).as("%s", cluster).isTrue();
  }

  /**
   * stable_after 7 s, Akka's floor for small clusters: longer than the spread of detection
   * (SWIM may suspect one member of the other side within a second, the phi detectors find all
   * of them about 5 s after the split). Much shorter, a side may decide on part of the other
   * side; see docs/membership.md.
   */
  @Test
  void aTwoThreePartitionDownsTheTwoWithKeepMajority() {
    MembershipSettings settings = MembershipSettings.defaults().withSbr(SbrSettings.parse(Map.of(
        "strategy", "keep-majority", "stable_after", "7s", "down_all_when_unstable", "10s")));
    MembershipCluster cluster = MembershipCluster.fiveConverged(505, settings);
    List<Node> minority = List.of(cluster.node(1), cluster.node(2));
    List<Node> majority = cluster.except(1, 2);
    cluster.registry.partition(minority.stream().map(n -> n.address).toList(),
        majority.stream().map(n -> n.address).toList());
    assertThat(cluster.runUntil(() -> minority.stream().allMatch(n -> n.membership.isDowned())
        && majority.stream().allMatch(n -> minority.stream().allMatch(
            m -> memberAt(n, m).map(x -> x.status() == MemberStatus.DOWN).orElse(true))),
        Duration.ofSeconds(30))).as("resolved: %s", cluster).isTrue();
    for (Node n : minority) {
      assertThat(n.downed).as("%s", cluster).hasSize(1);
      assertThat(n.membership.isRunning()).isFalse();
    }
    for (Node n : majority) {
      assertThat(n.downed).as("%s", cluster).isEmpty();
      for (Node m : minority) {
        assertThat(n.peerState(m.number)).as("%s", cluster).isEqualTo(PeerState.DOWN);
      }
    }
    cluster.run(Duration.ofSeconds(10));
    assertThat(converged(majority)).as("the three go on: %s", cluster).isTrue();
  }

  @Test
  void aCrashedNodeRestartedAsANewIncarnationReplacesTheOldOne() {
    MembershipCluster cluster = MembershipCluster.fiveConverged(606, resolverOff());
    UniqueAddress old = cluster.node(5).membership.identity().address();
    cluster.crash(5);
    cluster.run(Duration.ofSeconds(10));
    assertThat(cluster.node(1).peerState(5)).as("%s", cluster).isEqualTo(PeerState.DOWN);
    Node restarted = cluster.restart(5, old.uid() + 1);
    assertThat(cluster.runUntil(() -> converged(cluster.nodes), Duration.ofSeconds(60)))
        .as("rejoined: %s", cluster).isTrue();
    for (Node n : cluster.except(5)) {
      assertThat(memberAt(n, restarted).orElseThrow().uniqueAddress())
          .isEqualTo(restarted.membership.identity().address());
      assertThat(n.membership.state().gossip().isTombstoned(old)).as("%s", cluster).isTrue();
    }
  }
}
