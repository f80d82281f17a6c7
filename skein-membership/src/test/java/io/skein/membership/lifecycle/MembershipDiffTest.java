package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.gossip;
import static io.skein.membership.lifecycle.Fixtures.member;
import static io.skein.membership.lifecycle.Fixtures.node;
import static io.skein.membership.lifecycle.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.member.MemberStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipDiffTest {

  @Test
  void noChangeNoEvents() {
    MembershipState s = view(1, gossip(member(1, MemberStatus.UP)));
    assertThat(MembershipDiff.diff(s, s)).isEmpty();
  }

  @Test
  void eachStatusChangeHasItsEvent() {
    MembershipState before = view(1, gossip(member(1, MemberStatus.UP),
        member(2, MemberStatus.JOINING), member(3, MemberStatus.UP), member(4, MemberStatus.UP),
        member(5, MemberStatus.LEAVING), member(6, MemberStatus.JOINING)));
    MembershipState after = view(1, gossip(member(1, MemberStatus.UP),
        member(2, MemberStatus.UP), member(3, MemberStatus.LEAVING), member(4, MemberStatus.DOWN),
        member(5, MemberStatus.EXITING), member(6, MemberStatus.WEAKLY_UP),
        member(7, MemberStatus.JOINING)));
    assertThat(MembershipDiff.diff(before, after)).containsExactly(
        new ClusterEvent.MemberUp(member(2, MemberStatus.UP)),
        new ClusterEvent.MemberLeft(member(3, MemberStatus.LEAVING)),
        new ClusterEvent.MemberDowned(member(4, MemberStatus.DOWN)),
        new ClusterEvent.MemberExited(member(5, MemberStatus.EXITING)),
        new ClusterEvent.MemberWeaklyUp(member(6, MemberStatus.WEAKLY_UP)),
        new ClusterEvent.MemberJoined(member(7, MemberStatus.JOINING)));
  }

  @Test
  void aMemberThatIsGoneIsRemovedWithItsPreviousStatus() {
    Gossip g = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.DOWN));
    MembershipState after = view(1, g.removeMembers(List.of(node(2)), 5));
    assertThat(MembershipDiff.diff(view(1, g), after)).containsExactly(
        new ClusterEvent.MemberRemoved(member(2, MemberStatus.REMOVED), MemberStatus.DOWN));
  }

  @Test
  void reachabilityChangesOfOthersAreReportedButNotOfThisNode() {
    Gossip g = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP),
        member(3, MemberStatus.UP));
    Gossip doubts = g.withReachability(Reachability.empty().unreachable(node(2), node(3))
        .unreachable(node(2), node(1)));
    assertThat(MembershipDiff.diff(view(1, g), view(1, doubts))).containsExactly(
        new ClusterEvent.Unreachable(member(3, MemberStatus.UP)));
    Gossip healed = doubts.withReachability(doubts.reachability().reachable(node(2), node(3)));
    assertThat(MembershipDiff.diff(view(1, doubts), view(1, healed))).containsExactly(
        new ClusterEvent.Reachable(member(3, MemberStatus.UP)));
  }

  @Test
  void aNewViewAnnouncesEveryMemberInItsStatus() {
    MembershipState welcomed = view(3, gossip(member(1, MemberStatus.UP),
        member(2, MemberStatus.UP), member(3, MemberStatus.JOINING)));
    assertThat(MembershipDiff.diff(MembershipState.empty(node(3)), welcomed))
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("MemberUp", "MemberUp", "MemberJoined");
  }
}
