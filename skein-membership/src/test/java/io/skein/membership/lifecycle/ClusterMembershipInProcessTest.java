package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Five nodes running the lifecycle against each other through an in-test network with a manual
 * clock: the behaviours an operator sees, end to end through the codec.
 */
class ClusterMembershipInProcessTest {

  private static final long SEED = 7;

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 13, 99, 2024})
  void nodesThatJoinThroughASeedAllBecomeUpWithDistinctUpNumbers(long seed) {
    InProcessNetwork net = formCluster(seed, 5);
    for (ClusterMembership n : net.nodes()) {
      String where = "seed " + seed + " view of " + n.self() + ": " + n.state();
      assertThat(n.state().members()).as(where).hasSize(5)
          .allMatch(m -> m.status() == MemberStatus.UP);
      assertThat(n.state().members()).as(where).extracting(Member::upNumber)
          .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
      assertThat(n.state().isConverged()).as(where).isTrue();
      assertThat(n.leader()).as(where).contains(node(1));
      assertThat(net.events(n.self())).as(where)
          .filteredOn(e -> e instanceof ClusterEvent.MemberUp).hasSize(5);
      assertThat(net.events(n.self())).as(where)
          .contains(new ClusterEvent.LeaderChanged(Optional.of(node(1))));
    }
    assertThat(net.node(node(1)).state().member(node(1)).orElseThrow().upNumber())
        .as("the first node is the oldest").isEqualTo(1);
  }

  @Test
  void aNodeThatLeavesIsLeavingEverywhereAtOnceThenExitingThenRemoved() {
    InProcessNetwork net = formCluster(SEED, 5);
    UniqueAddress leaver = node(3);
    net.send(leaver, net.node(leaver).leave(net.now()));
    for (ClusterMembership n : net.nodes()) {
      assertThat(n.state().member(leaver).orElseThrow().status())
          .as("without a gossip round, view of " + n.self()).isEqualTo(MemberStatus.LEAVING);
      assertThat(net.events(n.self())).as("view of " + n.self())
          .anyMatch(e -> e instanceof ClusterEvent.MemberLeft l
              && l.member().uniqueAddress().equals(leaver));
    }
    assertThat(net.runUntil(() -> net.node(leaver).isRemoved()
        && net.live().stream().allMatch(n -> n.state().members().size() == 4), 30))
        .as("seed " + SEED + ": removed everywhere").isTrue();
    for (ClusterMembership n : net.nodes()) {
      List<ClusterEvent> seen = net.events(n.self()).stream()
          .filter(e -> mentions(e, leaver)).toList();
      assertThat(seen).as("events about the leaver on " + n.self()).extracting(
          e -> e.getClass().getSimpleName())
          .containsSubsequence("MemberLeft", "MemberExited", "MemberRemoved");
    }
    assertThat(net.events(node(1))).contains(new ClusterEvent.MemberRemoved(
        new Member(leaver, MemberStatus.REMOVED, 3, "dc1", "rack1", java.util.Set.of()),
        MemberStatus.EXITING));
  }

  @Test
  void whenTheLeaderLeavesTheNextLowestAddressTakesOver() {
    InProcessNetwork net = formCluster(SEED, 5);
    net.send(node(1), net.node(node(1)).leave(net.now()));
    assertThat(net.runUntil(() -> net.node(node(1)).isRemoved()
        && net.live().stream().allMatch(n -> n.state().members().size() == 4), 30)).isTrue();
    for (ClusterMembership n : net.live()) {
      assertThat(n.leader()).as("view of " + n.self()).contains(node(2));
      assertThat(net.events(n.self()))
          .contains(new ClusterEvent.LeaderChanged(Optional.of(node(2))));
    }
  }

  @Test
  void anUnreachableMemberBlocksConvergenceAndJoinersBecomeWeaklyUpAfterTheDelay() {
    InProcessNetwork net = formCluster(SEED, 4);
    ClusterMembership leader = net.node(node(1));
    net.isolate(node(4));
    net.send(node(1), leader.onReachability(net.now(), node(4), false));
    ClusterMembership joiner = net.add(node(5));
    net.send(node(5), joiner.join(net.now(), node(1).address()));
    long blockedAt = net.now();
    net.runUntil(() -> net.now() - blockedAt >= 6_000, 10);
    assertThat(leader.state().isConverged()).isFalse();
    assertThat(statusOf(leader, node(5))).as("before weakly-up-after").isEqualTo(MemberStatus.JOINING);

    assertThat(net.runUntil(() -> statusOf(joiner, node(5)) == MemberStatus.WEAKLY_UP, 5))
        .as("WeaklyUp reaches the joiner itself").isTrue();
    assertThat(net.events(node(2))).anyMatch(e -> e instanceof ClusterEvent.MemberWeaklyUp w
        && w.member().uniqueAddress().equals(node(5)));
    assertThat(net.now() - blockedAt).isGreaterThanOrEqualTo(7_000);

    net.heal(node(4));
    net.send(node(1), leader.onReachability(net.now(), node(4), true));
    assertThat(net.runUntil(() -> net.live().stream().allMatch(
        n -> statusOf(n, node(5)) == MemberStatus.UP && n.state().isConverged()), 20))
        .as("reachable again: converged and Up").isTrue();
    assertThat(net.events(node(3))).anyMatch(e -> e instanceof ClusterEvent.Reachable r
        && r.member().uniqueAddress().equals(node(4)));
    assertThat(leader.state().member(node(5)).orElseThrow().upNumber()).isEqualTo(5);
  }

  @Test
  void aMemberIsReachableAgainOnlyWhenEveryObserverSaysSo() {
    InProcessNetwork net = formCluster(SEED, 4);
    net.send(node(1), net.node(node(1)).onReachability(net.now(), node(4), false));
    net.send(node(2), net.node(node(2)).onReachability(net.now(), node(4), false));
    net.runUntil(() -> false, 3);
    net.send(node(1), net.node(node(1)).onReachability(net.now(), node(4), true));
    net.runUntil(() -> false, 3);
    ClusterMembership third = net.node(node(3));
    assertThat(third.state().reachability().observersOf(node(4))).containsExactly(node(2));
    assertThat(third.state().isReachable(node(4))).isFalse();
    net.send(node(2), net.node(node(2)).onReachability(net.now(), node(4), true));
    assertThat(net.runUntil(() -> third.state().isReachable(node(4))
        && third.state().isConverged(), 10)).isTrue();
  }

  @Test
  void downingAnUnreachableMemberRemovesItEverywhere() {
    InProcessNetwork net = formCluster(SEED, 5);
    net.isolate(node(5));
    net.send(node(1), net.node(node(1)).onReachability(net.now(), node(5), false));
    net.runUntil(() -> false, 2);
    assertThat(net.node(node(3)).state().isConverged()).isFalse();
    net.send(node(2), net.node(node(2)).down(net.now(), node(5)));
    for (int i = 1; i <= 4; i++) {
      assertThat(statusOf(net.node(node(i)), node(5))).as("view of node " + i)
          .isEqualTo(MemberStatus.DOWN);
    }
    assertThat(net.runUntil(() -> java.util.stream.IntStream.rangeClosed(1, 4).allMatch(
        i -> net.node(node(i)).state().members().size() == 4
            && net.node(node(i)).state().isConverged()), 20)).isTrue();
    assertThat(net.events(node(4))).contains(new ClusterEvent.MemberRemoved(
        new Member(node(5), MemberStatus.REMOVED, 5, "dc1", "rack1", java.util.Set.of()),
        MemberStatus.DOWN));
    assertThat(net.node(node(3)).state().gossip().isTombstoned(node(5))).isTrue();
  }

  @Test
  void aRemovedIncarnationCannotComeBackButANewOneCan() {
    InProcessNetwork net = formCluster(SEED, 3);
    net.send(node(3), net.node(node(3)).leave(net.now()));
    assertThat(net.runUntil(() -> net.node(node(3)).isRemoved(), 30)).isTrue();
    UniqueAddress reborn = new UniqueAddress(node(3).address(), 33);
    ClusterMembership again = net.add(reborn);
    net.send(reborn, again.join(net.now(), node(1).address()));
    assertThat(net.runUntil(() -> net.live().stream().allMatch(
        n -> statusOf(n, reborn) == MemberStatus.UP), 20)).isTrue();
    // Up numbers only order the current members by age, so a removed member's number is reused.
    assertThat(net.node(node(1)).state().member(reborn).orElseThrow().upNumber()).isEqualTo(3);
  }

  private static InProcessNetwork formCluster(long seed, int size) {
    InProcessNetwork net = new InProcessNetwork(seed,
        LifecycleSettings.DEFAULTS.withRetryJoinAfter(3_000));
    ClusterMembership first = net.add(node(1));
    net.send(node(1), first.join(net.now(), node(1).address()));
    for (int i = 2; i <= size; i++) {
      ClusterMembership n = net.add(node(i));
      net.send(node(i), n.join(net.now(), node(1).address()));
    }
    boolean formed = net.runUntil(() -> net.nodes().stream().allMatch(n ->
        n.state().members().size() == size && n.state().isConverged()
            && n.state().members().stream().allMatch(m -> m.status() == MemberStatus.UP)), 30);
    assertThat(formed).as("seed " + seed + ": cluster of " + size + " formed").isTrue();
    return net;
  }

  private static MemberStatus statusOf(ClusterMembership view, UniqueAddress node) {
    return view.state().member(node).map(Member::status).orElse(MemberStatus.REMOVED);
  }

  private static boolean mentions(ClusterEvent e, UniqueAddress node) {
    Member m = null;
    if (e instanceof ClusterEvent.MemberLeft l) {
      m = l.member();
    } else if (e instanceof ClusterEvent.MemberExited x) {
      m = x.member();
    } else if (e instanceof ClusterEvent.MemberRemoved r) {
      m = r.member();
    }
    return m != null && m.uniqueAddress().equals(node);
  }
}
