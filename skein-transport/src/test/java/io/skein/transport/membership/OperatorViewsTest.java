package io.skein.transport.membership;

import static io.skein.transport.membership.Fixtures.member;
import static io.skein.transport.membership.Fixtures.up;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.events.ClusterEventBus;
import io.skein.membership.gossip.FailureMetrics;
import io.skein.membership.gossip.GossipHandler;
import io.skein.membership.lifecycle.Gossip;
import io.skein.membership.lifecycle.MembershipState;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import io.skein.routing.pool.TopologyHolder;
import io.skein.routing.topology.PeerState;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorViewsTest {

  @Test
  void peerLinesNameEveryPeerWithItsStateAndPhiToOneDecimal() {
    TopologyHolder topology = new TopologyHolder(Fixtures.pool(3, 0));
    GossipHandler handler = MembershipSettings.defaults()
        .gossipHandler(topology, new ClusterEventBus(), FailureMetrics.NONE);
    for (long t = 0; t <= 10_000; t += 1_000) {
      handler.recordHeartbeat("10.0.0.2:8101", t);
    }
    handler.recordHeartbeat("10.0.0.3:8101", 0);
    handler.evaluate(10_000);
    assertThat(OperatorViews.peerLines(topology.current(), handler, 10_500)).containsExactly(
        "node-0 10.0.0.1:8101 dc1 r1 Normal 0.0",
        "node-1 10.0.0.2:8101 dc1 r1 Normal " + OperatorViews.phi(
            handler.phi(1, 10_500).orElseThrow()),
        "node-2 10.0.0.3:8101 dc1 r1 Down " + OperatorViews.phi(
            handler.phi(2, 10_500).orElseThrow()));
    assertThat(OperatorViews.peerLines(topology.current(), handler, 10_500).get(2))
        .matches("node-2 \\S+ dc1 r1 Down \\d+\\.\\d");
  }

  @Test
  void stateNamesAreCapitalisedAndPhiUsesADotWhateverTheLocale() {
    assertThat(OperatorViews.stateName(PeerState.NORMAL)).isEqualTo("Normal");
    assertThat(OperatorViews.stateName(PeerState.JOINING)).isEqualTo("Joining");
    assertThat(OperatorViews.phi(9.06)).isEqualTo("9.1");
    assertThat(OperatorViews.phi(0)).isEqualTo("0.0");
  }

  @Test
  void memberLinesShowStatusReachabilityUpNumberAndTheLeader() {
    Member joining = Member.joining(member(3), "dc1", "r1", Set.of());
    Gossip g = Gossip.empty().withMember(up(1, 1)).withMember(up(2, 2)).withMember(joining);
    g = g.withReachability(g.reachability().unreachable(member(1), member(2)));
    assertThat(OperatorViews.memberLines(new MembershipState(member(1), g))).containsExactly(
        "10.0.0.1:8101#101 Up reachable 1 leader",
        "10.0.0.2:8101#102 Up unreachable 2",
        "10.0.0.3:8101#103 Joining reachable -");
    Gossip down = g.withMember(up(2, 2).withStatus(MemberStatus.DOWN));
    assertThat(OperatorViews.memberLines(new MembershipState(member(2), down)).get(1))
        .isEqualTo("10.0.0.2:8101#102 Down reachable 2");
  }
}
