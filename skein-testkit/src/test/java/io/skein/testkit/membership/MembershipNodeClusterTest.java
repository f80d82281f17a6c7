package io.skein.testkit.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.lifecycle.MembershipState;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Five {@code MembershipNode}s on the in-memory network, driven by a manual clock: the whole
 * stack (SWIM, phi detectors, lifecycle, resolver, frames with HMAC) under crashes, stalls,
 * leaves and partitions. Time is simulated, so "30 s" costs milliseconds.
 */
class MembershipNodeClusterTest {

  static final Duration CONVERGENCE_LIMIT = Duration.ofSeconds(30);

  static MembershipSettings sbrOff() {
    return MembershipSettings.defaults().withSbr(SbrSettings.parse(Map.of("strategy", "off")));
  }

  static MembershipCluster converged(long seed, MembershipSettings settings) {
    MembershipCluster cluster = new MembershipCluster(5, seed, settings);
    cluster.start();
    assertThat(cluster.runUntil(() -> converged(cluster.nodes), CONVERGENCE_LIMIT))
        .as("converged within %s: %s", CONVERGENCE_LIMIT, cluster).isTrue();
    return cluster;
  }

  /** Every node sees all of {@code nodes} Up, the same leader, and every peer Normal. */
  static boolean converged(List<Node> nodes) {
    Optional<UniqueAddress> leader = nodes.get(0).membership.leader();
    for (Node n : nodes) {
      MembershipState state = n.membership.state();
      if (state.members().size() != nodes.size()
          || !state.members().stream().allMatch(m -> m.status() == MemberStatus.UP)
          || leader.isEmpty() || !n.membership.leader().equals(leader)) {
        return false;
      }
      for (Node other : nodes) {
        if (other != n && n.peerState(other.number) != PeerState.NORMAL) {
          return false;
        }
      }
    }
    return true;
  }

  static Optional<Member> memberAt(Node observer, Node subject) {
    return observer.membership.state().members().stream()
        .filter(m -> m.uniqueAddress().address().equals(subject.address)).findFirst();
  }

  static long peerDowns(Node observer, Node subject) {
    return observer.events.stream().filter(e -> e instanceof ClusterEvent.PeerDown d
        && d.pname().equals(subject.address.toString())).count();
  }

  @Test
  void fiveNodesConvergeOnTheLowestAddressAsLeaderWithEveryPeerNormal() {
    MembershipCluster cluster = converged(101, MembershipSettings.defaults());
    for (Node n : cluster.nodes) {
      assertThat(n.membership.leader()).as("%s", cluster)
          .hasValueSatisfying(l -> assertThat(l.address()).isEqualTo(MembershipCluster.address(1)));
      assertThat(n.membership.memberLines()).as("%s", cluster).hasSize(5)
          .allMatch(line -> line.contains(" Up reachable "))
          .filteredOn(line -> line.endsWith(" leader")).hasSize(1);
      assertThat(n.membership.peerLines()).hasSize(5).allMatch(line -> line.contains(" Normal "));
      assertThat(n.downed).isEmpty();
    }
  }

  @Test
  void aCrashedNodeIsDownOnEveryDataPlaneAndUnreachableInEveryLifecycle() {
    MembershipCluster cluster = converged(202, sbrOff());
    Node crashed = cluster.node(4);
    crashed.membership.close();
    crashed.transport.close();
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
    MembershipCluster cluster = converged(303, MembershipSettings.defaults());
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

  @Test
  void aLeavingNodeIsDownAtOnceEverywhereThenRemoved() {
    MembershipCluster cluster = converged(404, MembershipSettings.defaults());
    Node leaving = cluster.node(5);
    CompletableFuture<Void> stopped = leaving.membership.leave();
    cluster.run(Duration.ofMillis(10));
    for (Node n : cluster.except(5)) {
      assertThat(n.peerState(5)).as("%s", cluster).isEqualTo(PeerState.DOWN);
    }
    assertThat(cluster.runUntil(() -> stopped.isDone() && cluster.except(5).stream()
        .allMatch(n -> memberAt(n, leaving).isEmpty()), CONVERGENCE_LIMIT))
        .as("removed everywhere: %s", cluster).isTrue();
    for (Node n : cluster.except(5)) {
      assertThat(n.events).as("%s", cluster).anyMatch(e -> e instanceof ClusterEvent.MemberRemoved r
          && r.member().uniqueAddress().address().equals(leaving.address)
          && r.previousStatus() == MemberStatus.EXITING);
      assertThat(n.peerState(5)).isEqualTo(PeerState.DOWN);
    }
    assertThat(leaving.downed).isEmpty();
    assertThat(converged(cluster.except(5))).as("%s", cluster).isTrue();
  }

  /**
   * stable_after 7 s, Akka's floor for small clusters, still longer than the spread of
   * detection: SWIM may suspect one member of the other side within a second, the phi
   * detectors find all of them about 5 s after the split. Shorter, a side may decide on part of
   * the other side (see docs/membership.md).
   */
  @Test
  void aTwoThreePartitionDownsTheTwoWithKeepMajority() {
    MembershipSettings settings = MembershipSettings.defaults().withSbr(SbrSettings.parse(Map.of(
        "strategy", "keep-majority", "stable_after", "7s", "down_all_when_unstable", "10s")));
    MembershipCluster cluster = converged(505, settings);
    List<Node> minority = List.of(cluster.node(1), cluster.node(2));
    List<Node> majority = cluster.except(1, 2);
    cluster.registry.partition(minority.stream().map(n -> n.address).toList(),
        majority.stream().map(n -> n.address).toList());
    assertThat(cluster.runUntil(() -> minority.stream().allMatch(n -> n.membership.isDowned())
        && majority.stream().allMatch(n -> minority.stream().allMatch(
            m -> memberAt(n, m).map(x -> x.status() == MemberStatus.DOWN).orElse(true))),
        CONVERGENCE_LIMIT)).as("resolved: %s", cluster).isTrue();
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
}
