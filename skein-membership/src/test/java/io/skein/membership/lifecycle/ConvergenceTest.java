package io.skein.membership.lifecycle;

import static io.skein.membership.lifecycle.Fixtures.gossip;
import static io.skein.membership.lifecycle.Fixtures.member;
import static io.skein.membership.lifecycle.Fixtures.node;
import static io.skein.membership.lifecycle.Fixtures.seenBy;
import static io.skein.membership.lifecycle.Fixtures.seenByAll;
import static io.skein.membership.lifecycle.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.skein.membership.member.MemberStatus;
import org.junit.jupiter.api.Test;

class ConvergenceTest {

  private static final Gossip THREE_UP = gossip(member(1, MemberStatus.UP),
      member(2, MemberStatus.UP), member(3, MemberStatus.UP));

  @Test
  void convergedWhenEveryUpMemberHasSeenTheVersion() {
    assertThat(view(1, seenByAll(THREE_UP)).isConverged()).isTrue();
  }

  @Test
  void notConvergedWhileAnUpMemberHasNotSeenIt() {
    assertThat(view(1, seenBy(THREE_UP, 1, 2)).isConverged()).isFalse();
  }

  @Test
  void joiningAndWeaklyUpMembersNeedNotHaveSeenIt() {
    Gossip g = seenBy(gossip(member(1, MemberStatus.UP), member(2, MemberStatus.JOINING),
        member(3, MemberStatus.WEAKLY_UP)), 1);
    assertThat(view(1, g).isConverged()).isTrue();
  }

  @Test
  void anUnreachableUpMemberBlocksConvergence() {
    Gossip g = seenByAll(THREE_UP)
        .withReachability(Reachability.empty().unreachable(node(1), node(3)));
    assertThat(view(1, g).isConverged()).isFalse();
  }

  @Test
  void unreachableMembersThatAreDownOrExitingDoNotBlock() {
    Gossip g = seenBy(gossip(member(1, MemberStatus.UP), member(2, MemberStatus.DOWN),
        member(3, MemberStatus.EXITING)), 1)
        .withReachability(Reachability.empty().unreachable(node(1), node(2))
            .unreachable(node(1), node(3)));
    assertThat(view(1, g).isConverged()).isTrue();
  }

  @Test
  void theObservationsOfADownMemberDoNotCount() {
    Gossip g = seenBy(gossip(member(1, MemberStatus.UP), member(2, MemberStatus.UP),
        member(3, MemberStatus.DOWN)), 1, 2)
        .withReachability(Reachability.empty().unreachable(node(3), node(2)));
    assertThat(view(1, g).isConverged()).isTrue();
    assertThat(view(1, g).isReachable(node(2))).isTrue();
  }

  @Test
  void othersDoubtingThisNodeDoNotStopItsOwnConvergence() {
    Gossip g = seenByAll(THREE_UP)
        .withReachability(Reachability.empty().unreachable(node(2), node(1)));
    assertThat(view(1, g).isConverged()).isTrue();
    assertThat(view(3, g).isConverged()).isFalse();
  }

  @Test
  void aNodeThatIsNotAMemberHasNoConvergence() {
    assertThat(view(9, seenByAll(THREE_UP)).isConverged()).isFalse();
  }

  @Test
  void seenByAllReachableIgnoresUnreachableMembers() {
    Gossip g = seenBy(THREE_UP, 1, 2)
        .withReachability(Reachability.empty().unreachable(node(1), node(3)));
    assertThat(view(1, g).isConverged()).isFalse();
    assertThat(view(1, g).isSeenByAllReachable()).isTrue();
  }
}
