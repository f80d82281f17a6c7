package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.gossip;
import static io.skein.membership.lifecycle.Fixtures.member;
import static io.skein.membership.lifecycle.Fixtures.node;
import static io.skein.membership.lifecycle.Fixtures.seenBy;
import static io.skein.membership.lifecycle.Fixtures.seenByAll;
import static io.skein.membership.lifecycle.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.events.ClusterEvent;
import io.skein.membership.member.Member;
import io.skein.membership.member.MemberStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaderActionsTest {

  @Test
  void aNodeThatIsNotTheLeaderChangesNothing() {
    MembershipState state = view(2, seenByAll(gossip(member(1, MemberStatus.UP),
        member(2, MemberStatus.UP), member(3, MemberStatus.JOINING),
        member(4, MemberStatus.LEAVING))));
    LeaderActions.Result result = LeaderActions.perform(state, 1_000, true);
    assertThat(result.state()).isSameAs(state);
    assertThat(result.events()).isEmpty();
    assertThat(result.removed()).isEmpty();
  }

  @Test
  void onConvergenceJoinersBecomeUpWithUpNumbersInAddressOrder() {
    MembershipState state = view(1, seenByAll(gossip(member(1, MemberStatus.UP, 1),
        member(4, MemberStatus.JOINING), member(3, MemberStatus.WEAKLY_UP),
        member(2, MemberStatus.UP, 2))));
    LeaderActions.Result result = LeaderActions.perform(state, 1_000, false);
    assertThat(result.state().member(node(3)).orElseThrow())
        .extracting(Member::status, Member::upNumber).containsExactly(MemberStatus.UP, 3);
    assertThat(result.state().member(node(4)).orElseThrow())
        .extracting(Member::status, Member::upNumber).containsExactly(MemberStatus.UP, 4);
    assertThat(result.events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("MemberUp", "MemberUp");
  }

  @Test
  void aChangeIsANewVersionSeenOnlyByTheLeader() {
    MembershipState state = view(1, seenByAll(gossip(member(1, MemberStatus.UP),
        member(2, MemberStatus.JOINING))));
    MembershipState next = LeaderActions.perform(state, 1_000, false).state();
    assertThat(next.version().compare(state.version())).isEqualTo(VectorRelation.AFTER);
    assertThat(next.seen()).containsExactly(node(1));
  }

  @Test
  void onConvergenceLeavingBecomesExiting() {
    MembershipState state = view(1, seenByAll(gossip(member(1, MemberStatus.UP),
        member(2, MemberStatus.LEAVING))));
    LeaderActions.Result result = LeaderActions.perform(state, 1_000, false);
    assertThat(result.state().member(node(2)).orElseThrow().status())
        .isEqualTo(MemberStatus.EXITING);
    assertThat(result.events()).containsExactly(
        new ClusterEvent.MemberExited(member(2, MemberStatus.EXITING)));
  }

  @Test
  void anExitingMemberIsRemovedOnceItHasSeenItIsExiting() {
    Gossip g = gossip(member(1, MemberStatus.UP), member(2, MemberStatus.EXITING));
    LeaderActions.Result notYet = LeaderActions.perform(view(1, seenBy(g, 1)), 1_000, false);
    assertThat(notYet.changed()).isFalse();
    LeaderActions.Result done = LeaderActions.perform(view(1, seenBy(g, 1, 2)), 1_000, false);
    assertThat(done.state().members()).extracting(Member::uniqueAddress).containsExactly(node(1));
    assertThat(done.state().gossip().tombstones()).containsEntry(node(2), 1_000L);
    assertThat(done.removed()).containsExactly(member(2, MemberStatus.EXITING));
    assertThat(done.events()).containsExactly(new ClusterEvent.MemberRemoved(
        member(2, MemberStatus.REMOVED), MemberStatus.EXITING));
  }

  @Test
  void anUnreachableExitingMemberIsRemovedWithoutHavingSeen() {
    Gossip g = seenBy(gossip(member(1, MemberStatus.UP), member(2, MemberStatus.EXITING)), 1)
        .withReachability(Reachability.empty().unreachable(node(1), node(2)));
    assertThat(LeaderActions.perform(view(1, g), 1_000, false).removed()).hasSize(1);
  }

  @Test
  void aDownMemberIsRemovedWhenAllReachableMembersHaveSeenItEvenWithoutConvergence() {
    Gossip g = seenBy(gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP),
        member(3, MemberStatus.UP), member(4, MemberStatus.DOWN)), 1, 2)
        .withReachability(Reachability.empty().unreachable(node(1), node(3))
            .unreachable(node(1), node(4)));
    MembershipState state = view(1, g);
    assertThat(state.isConverged()).isFalse();
    LeaderActions.Result result = LeaderActions.perform(state, 1_000, false);
    assertThat(result.removed()).extracting(Member::uniqueAddress).containsExactly(node(4));
    assertThat(result.state().reachability().observersOf(node(4))).isEmpty();
  }

  @Test
  void aDownMemberStaysWhileAReachableMemberHasNotSeenTheDown() {
    Gossip g = seenBy(gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP),
        member(3, MemberStatus.DOWN)), 1);
    assertThat(LeaderActions.perform(view(1, g), 1_000, false).changed()).isFalse();
  }

  @Test
  void withoutConvergenceJoinersStayJoiningUntilWeaklyUpIsDue() {
    Gossip g = seenByAll(gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP),
        member(3, MemberStatus.JOINING), member(4, MemberStatus.JOINING)))
        .withReachability(Reachability.empty().unreachable(node(1), node(2))
            .unreachable(node(1), node(4)));
    MembershipState state = view(1, g);
    assertThat(LeaderActions.perform(state, 1_000, false).changed()).isFalse();
    LeaderActions.Result due = LeaderActions.perform(state, 1_000, true);
    assertThat(due.state().member(node(3)).orElseThrow().status())
        .isEqualTo(MemberStatus.WEAKLY_UP);
    assertThat(due.state().member(node(4)).orElseThrow().status())
        .as("an unreachable joiner stays Joining").isEqualTo(MemberStatus.JOINING);
    assertThat(due.state().member(node(2)).orElseThrow().status()).isEqualTo(MemberStatus.UP);
  }

  @Test
  void nextStatusIsTheLifecycleTable() {
    assertThat(LeaderActions.nextStatus(MemberStatus.JOINING, true, false))
        .contains(MemberStatus.UP);
    assertThat(LeaderActions.nextStatus(MemberStatus.WEAKLY_UP, true, false))
        .contains(MemberStatus.UP);
    assertThat(LeaderActions.nextStatus(MemberStatus.LEAVING, true, false))
        .contains(MemberStatus.EXITING);
    assertThat(LeaderActions.nextStatus(MemberStatus.EXITING, true, false))
        .contains(MemberStatus.REMOVED);
    assertThat(LeaderActions.nextStatus(MemberStatus.UP, true, true)).isEmpty();
    assertThat(LeaderActions.nextStatus(MemberStatus.JOINING, false, false)).isEmpty();
    assertThat(LeaderActions.nextStatus(MemberStatus.JOINING, false, true))
        .contains(MemberStatus.WEAKLY_UP);
    assertThat(LeaderActions.nextStatus(MemberStatus.LEAVING, false, true))
        .isEqualTo(Optional.empty());
    assertThat(LeaderActions.nextStatus(MemberStatus.DOWN, false, false))
        .contains(MemberStatus.REMOVED);
    for (MemberStatus s : MemberStatus.values()) {
      for (boolean converged : new boolean[] {true, false}) {
        LeaderActions.nextStatus(s, converged, true).ifPresent(next ->
            assertThat(s.canMoveTo(next)).as(s + " -> " + next).isTrue());
      }
    }
  }
}
