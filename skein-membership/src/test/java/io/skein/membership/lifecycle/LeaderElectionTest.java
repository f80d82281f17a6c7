package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.gossip;
import static io.skein.membership.lifecycle.Fixtures.member;
import static io.skein.membership.lifecycle.Fixtures.node;
import static io.skein.membership.lifecycle.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.MemberStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaderElectionTest {

  @Test
  void theLowestAddressThatIsUpLeads() {
    Gossip g = gossip(member(3, MemberStatus.UP), member(1, MemberStatus.UP),
        member(2, MemberStatus.UP));
    assertThat(LeaderElection.electLeader(view(3, g))).contains(node(1));
  }

  @Test
  void aLeavingMemberMayStillLead() {
    Gossip g = gossip(member(1, MemberStatus.LEAVING), member(2, MemberStatus.UP));
    assertThat(LeaderElection.electLeader(view(2, g))).contains(node(1));
  }

  @Test
  void upOrLeavingIsPreferredOverALowerAddressThatIsJoining() {
    Gossip g = gossip(member(1, MemberStatus.JOINING), member(2, MemberStatus.EXITING),
        member(3, MemberStatus.UP));
    assertThat(LeaderElection.electLeader(view(1, g))).contains(node(3));
  }

  @Test
  void unreachableAndDownMembersDoNotLead() {
    Gossip g = gossip(member(1, MemberStatus.DOWN), member(2, MemberStatus.UP),
        member(3, MemberStatus.UP))
        .withReachability(Reachability.empty().unreachable(node(3), node(2)));
    assertThat(LeaderElection.electLeader(view(3, g))).contains(node(3));
  }

  @Test
  void aNodeAlwaysCountsItselfReachable() {
    Gossip g = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP))
        .withReachability(Reachability.empty().unreachable(node(2), node(1)));
    assertThat(LeaderElection.electLeader(view(1, g))).contains(node(1));
    assertThat(LeaderElection.electLeader(view(2, g))).contains(node(2));
  }

  @Test
  void withoutUpMembersTheFallbackPrefersWeaklyUpThenJoiningThenExiting() {
    assertThat(LeaderElection.electLeader(view(1, gossip(member(1, MemberStatus.EXITING),
        member(2, MemberStatus.JOINING), member(3, MemberStatus.WEAKLY_UP)))))
        .contains(node(3));
    assertThat(LeaderElection.electLeader(view(1, gossip(member(1, MemberStatus.EXITING),
        member(2, MemberStatus.JOINING))))).contains(node(2));
    assertThat(LeaderElection.electLeader(view(1, gossip(member(1, MemberStatus.EXITING)))))
        .contains(node(1));
  }

  @Test
  void nobodyLeadsAnEmptyOrAllDownCluster() {
    assertThat(LeaderElection.electLeader(MembershipState.empty(node(1)))).isEmpty();
    assertThat(LeaderElection.electLeader(view(1, gossip(member(1, MemberStatus.DOWN)))))
        .isEqualTo(Optional.empty());
  }
}
