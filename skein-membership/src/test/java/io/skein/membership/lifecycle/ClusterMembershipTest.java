package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.events.SubscriptionHandle;
import io.skein.membership.lifecycle.GossipPdu.GossipEnvelope;
import io.skein.membership.lifecycle.GossipPdu.GossipMerge;
import io.skein.membership.lifecycle.GossipPdu.GossipStatus;
import io.skein.membership.lifecycle.GossipPdu.Join;
import io.skein.membership.member.MemberStatus;
import io.skein.membership.member.UniqueAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClusterMembershipTest {

  private final ClusterEventBus bus = new ClusterEventBus();

  private ClusterMembership node(int i) {
    return new ClusterMembership(Fixtures.node(i), "dc1", "rack1", Set.of(),
        LifecycleSettings.DEFAULTS, new SplittableRandom(i), bus);
  }

  @Test
  void theFirstNodeJoinsItselfAndLeadsItselfToUp() {
    ClusterMembership first = node(1);
    MembershipOutput joined = first.join(0, Fixtures.node(1).address());
    assertThat(joined.events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("MemberJoined", "LeaderChanged");
    MembershipOutput ticked = first.tick(1_000);
    assertThat(ticked.events()).containsExactly(
        new ClusterEvent.MemberUp(Fixtures.member(1, MemberStatus.UP, 1)));
    assertThat(ticked.outbound()).as("nobody to gossip with").isEmpty();
  }

  @Test
  void aJoinIsRetriedOnTheTickUntilWelcomed() {
    ClusterMembership joiner = node(2);
    MembershipOutput first = joiner.join(0, Fixtures.node(1).address());
    assertThat(first.outbound()).singleElement().satisfies(o -> {
      assertThat(o.to()).isEqualTo(Fixtures.node(1).address());
      assertThat(o.pdu()).isEqualTo(new Join(Fixtures.node(2), "dc1", "rack1", Set.of()));
    });
    assertThat(joiner.tick(9_999).outbound()).isEmpty();
    assertThat(joiner.tick(10_000).outbound()).hasSize(1);
    assertThat(joiner.isMember()).isFalse();
  }

  @Test
  void gossipForAnotherIncarnationIsIgnored() {
    ClusterMembership first = node(1);
    first.join(0, Fixtures.node(1).address());
    MembershipState before = first.state();
    UniqueAddress previousLife = new UniqueAddress(Fixtures.node(1).address(), 99);
    Gossip other = Gossip.empty().withMember(Fixtures.member(2, MemberStatus.UP))
        .changedBy(Fixtures.node(2));
    assertThat(first.onGossip(1, new GossipEnvelope(Fixtures.node(2), previousLife, other)))
        .isEqualTo(MembershipOutput.NONE);
    assertThat(first.state()).isSameAs(before);
  }

  @Test
  void aStatusIsAnsweredByComparingVersions() {
    InProcessNetwork net = twoNodes();
    ClusterMembership a = net.node(Fixtures.node(1));
    VectorClock mine = a.state().version();
    UniqueAddress b = Fixtures.node(2);
    assertThat(a.onGossip(0, new GossipStatus(b, VectorClock.empty(), 0)).outbound())
        .singleElement().extracting(MembershipOutput.Outbound::pdu)
        .isInstanceOf(GossipEnvelope.class);
    assertThat(a.onGossip(0, new GossipStatus(b, mine.increment("x"), 0)).outbound())
        .singleElement().extracting(MembershipOutput.Outbound::pdu)
        .isEqualTo(new GossipMerge(Fixtures.node(1), mine));
    assertThat(a.onGossip(0, new GossipStatus(b, mine, a.state().gossip().seenDigest()))
        .outbound()).isEmpty();
    assertThat(a.onGossip(0, new GossipStatus(b, mine, 42)).outbound()).hasSize(1);
    assertThat(a.onGossip(0, new GossipStatus(Fixtures.node(8), VectorClock.empty(), 0)))
        .as("strangers are not answered").isEqualTo(MembershipOutput.NONE);
  }

  @Test
  void aRemovedNodeThatMissedTheNewsIsToldWhenItGossipsAgain() {
    InProcessNetwork net = new InProcessNetwork(11, LifecycleSettings.DEFAULTS);
    for (int i = 1; i <= 3; i++) {
      ClusterMembership n = net.add(Fixtures.node(i));
      net.send(n.self(), n.join(net.now(), Fixtures.node(1).address()));
    }
    net.runUntil(() -> net.nodes().stream().allMatch(n -> n.state().isConverged()
        && n.state().members().stream().allMatch(m -> m.status() == MemberStatus.UP)), 30);
    ClusterMembership leaver = net.node(Fixtures.node(3));
    net.send(leaver.self(), leaver.leave(net.now()));
    assertThat(net.runUntil(() -> leaver.state().selfMember().orElseThrow().status()
        == MemberStatus.EXITING, 10)).isTrue();
    net.isolate(leaver.self());
    ClusterMembership leader = net.node(Fixtures.node(1));
    net.send(leader.self(), leader.onReachability(net.now(), leaver.self(), false));
    assertThat(net.runUntil(() -> leader.state().gossip().isTombstoned(leaver.self()), 10))
        .isTrue();
    assertThat(leaver.isRemoved()).as("it missed the final gossip").isFalse();
    net.heal(leaver.self());
    assertThat(net.runUntil(leaver::isRemoved, 10)).isTrue();
    assertThat(leaver.onGossip(net.now(), new GossipMerge(Fixtures.node(1), VectorClock.empty())))
        .as("a removed node takes no part").isEqualTo(MembershipOutput.NONE);
    assertThatThrownBy(() -> leaver.join(net.now(), Fixtures.node(1).address()))
        .hasMessageContaining("join: removed (expected: a new incarnation)");
  }

  @Test
  void aRestartedNodeIsAdmittedAfterItsOldIncarnationIsDownedAndRemoved() {
    InProcessNetwork net = twoNodes();
    UniqueAddress reborn = new UniqueAddress(Fixtures.node(2).address(), 22);
    ClusterMembership again = net.add(reborn);   // takes over node 2's address
    net.send(reborn, again.join(net.now(), Fixtures.node(1).address()));
    ClusterMembership first = net.node(Fixtures.node(1));
    assertThat(first.state().member(Fixtures.node(2)).orElseThrow().status())
        .isEqualTo(MemberStatus.DOWN);
    assertThat(net.runUntil(() -> again.state().selfMember()
        .filter(m -> m.status() == MemberStatus.UP).isPresent(), 30)).isTrue();
    assertThat(first.state().gossip().isTombstoned(Fixtures.node(2))).isTrue();
  }

  @Test
  void eventsReachTheBusUntilTheSubscriptionIsClosed() {
    List<ClusterEvent> heard = new ArrayList<>();
    SubscriptionHandle handle = bus.subscribe(ClusterEvent.MemberUp.class, heard::add);
    ClusterMembership first = node(1);
    first.join(0, Fixtures.node(1).address());
    assertThat(heard).isEmpty();
    first.tick(1_000);
    assertThat(heard).hasSize(1);
    handle.close();
    assertThat(handle.isActive()).isFalse();
    ClusterMembership other = node(2);
    other.join(0, Fixtures.node(2).address());
    other.tick(1_000);
    assertThat(heard).hasSize(1);
  }

  private static InProcessNetwork twoNodes() {
    InProcessNetwork net = new InProcessNetwork(3, LifecycleSettings.DEFAULTS);
    ClusterMembership a = net.add(Fixtures.node(1));
    net.send(a.self(), a.join(net.now(), a.self().address()));
    ClusterMembership b = net.add(Fixtures.node(2));
    net.send(b.self(), b.join(net.now(), a.self().address()));
    assertThat(net.runUntil(() -> b.state().isConverged() && a.state().isConverged()
        && a.state().members().stream().allMatch(m -> m.status() == MemberStatus.UP), 20))
        .isTrue();
    return net;
  }
}
